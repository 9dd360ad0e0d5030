import { Module } from '@nestjs/common';
import { SitesModule } from '../sites/sites.module';
import { PublicArticlesController } from './public-articles.controller';
import { PublicArticlesRepository } from './public-articles.repository';
import { PublicArticlesService } from './public-articles.service';

@Module({ imports: [SitesModule], controllers: [PublicArticlesController], providers: [PublicArticlesRepository, PublicArticlesService] })
export class ArticlesModule {}

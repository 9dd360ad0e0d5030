import { Module } from '@nestjs/common';
import { SitesModule } from '../sites/sites.module';
import { CategoriesController } from './categories.controller';
import { CategoriesRepository } from './categories.repository';
import { CategoriesService } from './categories.service';
import { PublicCategoriesController } from './public-categories.controller';
import { PublicCategoriesService } from './public-categories.service';

@Module({
  imports: [SitesModule],
  controllers: [CategoriesController, PublicCategoriesController],
  providers: [CategoriesRepository, CategoriesService, PublicCategoriesService],
  exports: [CategoriesService],
})
export class CategoriesModule {}

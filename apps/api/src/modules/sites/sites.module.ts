import { Module } from '@nestjs/common';
import { PublicSiteController } from './public-site.controller';
import { SitesController } from './sites.controller';
import { SitesRepository } from './sites.repository';
import { SitesService } from './sites.service';

@Module({ controllers: [SitesController, PublicSiteController], providers: [SitesRepository, SitesService], exports: [SitesService] })
export class SitesModule {}

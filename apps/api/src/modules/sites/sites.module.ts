import { Module } from '@nestjs/common';
import { MediaModule } from '../media/media.module';
import { PublicSiteController } from './public-site.controller';
import { SitesController } from './sites.controller';
import { SitesRepository } from './sites.repository';
import { SitesService } from './sites.service';

/** Sites and their settings; the media library answers whether a logo is one of the site's images. */
@Module({ imports: [MediaModule], controllers: [SitesController, PublicSiteController], providers: [SitesRepository, SitesService], exports: [SitesService] })
export class SitesModule {}

import { Module } from '@nestjs/common';
import { contentController } from '../publishing/content.controller';
import { ContentTypes } from '../publishing/content-types';
import { PublishingModule } from '../publishing/publishing.module';
import { PublishingService } from '../publishing/publishing.service';
import { SitesModule } from '../sites/sites.module';
import { PAGE_ROUTES, pageType } from './page.type';
import { PublicPagesController } from './public-pages.controller';
import { PublicPagesService } from './public-pages.service';

@Module({
  imports: [PublishingModule, SitesModule],
  controllers: [contentController(PAGE_ROUTES), PublicPagesController],
  providers: [PublicPagesService],
})
export class PagesModule {
  constructor(types: ContentTypes, publishing: PublishingService) {
    types.register(pageType(publishing));
  }
}

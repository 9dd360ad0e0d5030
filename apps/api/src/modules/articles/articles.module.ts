import { Module } from '@nestjs/common';
import { CategoriesModule } from '../categories/categories.module';
import { FieldsModule } from '../fields/fields.module';
import { contentController } from '../publishing/content.controller';
import { ContentTypes } from '../publishing/content-types';
import { PublishingModule } from '../publishing/publishing.module';
import { SitesModule } from '../sites/sites.module';
import { ARTICLE_TYPE } from './article.type';
import { PublicArticlesController } from './public-articles.controller';
import { PublicArticlesService } from './public-articles.service';

/** Tin bài on the publishing core: its type definition, its staff routes, and its public face. */
@Module({
  imports: [PublishingModule, SitesModule, CategoriesModule, FieldsModule],
  controllers: [contentController(ARTICLE_TYPE), PublicArticlesController],
  providers: [PublicArticlesService],
  exports: [PublicArticlesService],
})
export class ArticlesModule {
  constructor(types: ContentTypes) {
    types.register(ARTICLE_TYPE);
  }
}

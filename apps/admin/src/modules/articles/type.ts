import { ARTICLE_SCHEMA } from '@congxa/shared/content';
import type { ArticleResponse } from '@congxa/shared/dto/articles';
import { defineItemType } from '../content/itemType';
import { articleApi } from './api';
import { articleFormAdapter } from './composables/articleForm';

/** The article editor: `ARTICLE_SCHEMA`'s fields in three boxes (content, classification, provenance form). */
export const articleType = defineItemType<ArticleResponse>({
  schema: ARTICLE_SCHEMA,
  api: articleApi,
  form: articleFormAdapter,
  idPrefix: 'article',
  routes: { list: 'articles', edit: 'article-edit' },
  labels: { back: 'articles.editor.back', notFound: 'articles.editor.notFound' },
  hints: {
    summary: 'articles.editor.summaryHint',
    fieldId: 'articles.editor.fieldHint',
    tags: 'articles.editor.tagsHint',
    featured: 'articles.editor.featuredHint',
    coverMediaId: 'items.editor.coverHint',
  },
  panels: [
    { key: 'content', legend: 'items.editor.content', fields: ['title', 'summary', 'coverMediaId', 'body'] },
    { key: 'classification', legend: 'articles.editor.classification', fields: ['categoryId', 'fieldId', 'kind', 'tags', 'featured', 'slug'] },
    {
      key: 'provenance',
      legend: 'articles.editor.provenance',
      intro: () => ({ key: 'articles.editor.provenanceIntro' }),
      fields: ['authorName', 'authorAddress', 'origin', 'sourceReference', 'collectorName', 'collectorAddress'],
    },
  ],
  publicPath: (article) => (article.liveStatus === 'published' ? `/tin-tuc/${article.slug}` : null),
  importLink: true,
});

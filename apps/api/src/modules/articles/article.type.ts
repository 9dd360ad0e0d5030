import { ARTICLE_SCHEMA } from '@congxa/shared/content';
import { CreateArticleRequest, UpdateArticleRequest } from '@congxa/shared/dto/articles';
import type { ContentTypeDefinition } from '../publishing/content-types';
import { searchableText } from '../publishing/search-indexer';

/** The public path of an article. */
export const articlePath = (slug: string): string => `/tin-tuc/${slug}`;

/**
 * Tin bài: the schema, where it is edited, the author's name as the provenance default, and its search
 * document (title; summary, body text and tags; its path).
 */
export const ARTICLE_TYPE: ContentTypeDefinition = {
  schema: ARTICLE_SCHEMA,
  route: 'articles',
  adminPath: 'tin-bai',
  requests: { Create: CreateArticleRequest, Update: UpdateArticleRequest },
  notFoundCode: 'ARTICLE_NOT_FOUND',
  initialContent: (actor) => ({ authorName: actor.fullName ?? '' }),
  searchDocument: ({ item, content }) => ({
    title: String(content.title ?? ''),
    text: searchableText(ARTICLE_SCHEMA, content),
    path: articlePath(item.slug),
  }),
};

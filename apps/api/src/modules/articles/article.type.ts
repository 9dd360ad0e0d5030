import { ARTICLE_SCHEMA } from '@congxa/shared/content';
import { CreateArticleRequest, UpdateArticleRequest } from '@congxa/shared/dto/articles';
import type { ContentTypeDefinition } from '../publishing/content-types';

/** Tin bài: the schema, where it is edited, and the author's name as the provenance default. */
export const ARTICLE_TYPE: ContentTypeDefinition = {
  schema: ARTICLE_SCHEMA,
  route: 'articles',
  adminPath: 'tin-bai',
  requests: { Create: CreateArticleRequest, Update: UpdateArticleRequest },
  notFoundCode: 'ARTICLE_NOT_FOUND',
  initialContent: (actor) => ({ authorName: actor.fullName ?? '' }),
};

import type { ARTICLE_SCHEMA } from '@congxa/shared/content';
import type { ArticleResponse } from '@congxa/shared/dto/articles';
import { itemApi, type ItemCreate, type ItemUpdate } from '../content/api';

type ArticleFields = typeof ARTICLE_SCHEMA.fields;
export type ArticleCreate = ItemCreate<ArticleFields>;
export type ArticleUpdate = ItemUpdate<ArticleFields>;

/** `/sites/:site/articles…`: the publishing core's routes for articles. */
export const articleApi = itemApi<ArticleResponse, ArticleCreate, ArticleUpdate>('articles');

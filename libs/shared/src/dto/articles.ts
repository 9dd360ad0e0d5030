import { ARTICLE_SCHEMA } from '../content/article';
import { contentRequestClasses, type ItemHistoryResponse, type ItemResponse, type ItemSummaryResponse } from './content';

export { ARTICLE_KIND_LABELS, ARTICLE_KINDS, ORIGIN_LABELS, ORIGINS, type ArticleContent, type ArticleKind, type Origin } from '../content/article';
export { CompareQuery, ItemListQuery as ArticleListQuery, RestoreRequest, TransitionRequest, type PersonRef, type RevisionCompareResponse } from './content';

/** Request classes of articles, built from the article schema. */
export const { Create: CreateArticleRequest, Update: UpdateArticleRequest } = contentRequestClasses(ARTICLE_SCHEMA);

export type ArticleSummaryResponse = ItemSummaryResponse;
export type ArticleResponse = ItemResponse<typeof ARTICLE_SCHEMA.fields>;
export type ArticleHistoryResponse = ItemHistoryResponse;

import { ARTICLE_SCHEMA } from '@congxa/shared/content';
import type { ArticleResponse } from '@congxa/shared/dto/articles';
import { itemFormAdapter, type ItemForm } from '../../content/composables/itemForm';
import type { FormValues } from '../../content/composables/schemaForm';
import type { ArticleUpdate } from '../api';

/**
 * What the article editor's form holds: every field of `ARTICLE_SCHEMA` as an input shows it (text, never
 * null; tags as one comma-separated line), the slug and the no-secret confirmation. Built by the generic
 * `itemFormAdapter` from the schema: nothing here is written out again.
 */
export type ArticleForm = FormValues<typeof ARTICLE_SCHEMA.fields> & { slug: string; noSecretConfirmed: boolean };
export type FormKey = keyof ArticleForm & string;
export type ArticleChanges = Omit<ArticleUpdate, 'revision'>;

export const articleFormAdapter = itemFormAdapter<ArticleResponse>(ARTICLE_SCHEMA);

export const toForm = (article: ArticleResponse): ArticleForm => articleFormAdapter.toForm(article) as ArticleForm;
export const formContent = (form: ArticleForm): Record<string, unknown> => articleFormAdapter.content(form as unknown as ItemForm);
/** The fields of `form` that differ from `article`, in the API's shape: what a PATCH sends (with the revision). */
export const changedFields = (article: ArticleResponse, form: ArticleForm): ArticleChanges =>
  articleFormAdapter.changes(article, form as unknown as ItemForm) as ArticleChanges;
export const hasChanges = (article: ArticleResponse, form: ArticleForm): boolean => Object.keys(changedFields(article, form)).length > 0;
export const formKeyOf = (apiField: string): FormKey | null => articleFormAdapter.formKeyOf(apiField) as FormKey | null;

import { ARTICLE_SCHEMA, contentKeys } from '@congxa/shared/content';
import type { ArticleResponse } from '@congxa/shared/dto/articles';
import { changedContent, toContentValues, toFormValues, type FormValues } from '../../content/composables/schemaForm';
import type { ItemFormAdapter } from '../../content/composables/useItemEditor';
import type { ArticleUpdate } from '../api';

/**
 * What the editor form holds: every field of `ARTICLE_SCHEMA` as an input shows it (text, never null; tags
 * as one comma-separated line), and the no-secret confirmation. `changedFields()` turns it back into the
 * PATCH body.
 */
export type ArticleForm = FormValues<typeof ARTICLE_SCHEMA.fields> & { noSecretConfirmed: boolean };
export type FormKey = keyof ArticleForm & string;
export type ArticleChanges = Omit<ArticleUpdate, 'revision'>;

export function toForm(article: ArticleResponse): ArticleForm {
  return { ...toFormValues(ARTICLE_SCHEMA, article), noSecretConfirmed: article.noSecretConfirmed };
}

/** The content as the API would store it from the form (for the submit checklist). */
export function formContent(form: ArticleForm): Record<string, unknown> {
  return toContentValues(ARTICLE_SCHEMA, form);
}

/**
 * The fields of `form` that differ from `article`, in the API's shape: what a PATCH sends (with the
 * revision). Untouched fields are left out so a save never overwrites what someone else changed in them.
 */
export function changedFields(article: ArticleResponse, form: ArticleForm): ArticleChanges {
  const out: ArticleChanges = changedContent(ARTICLE_SCHEMA, article, form);
  if (form.noSecretConfirmed !== article.noSecretConfirmed) out.noSecretConfirmed = form.noSecretConfirmed;
  return out;
}

export function hasChanges(article: ArticleResponse, form: ArticleForm): boolean {
  return Object.keys(changedFields(article, form)).length > 0;
}

const FORM_KEYS: readonly FormKey[] = [...(contentKeys(ARTICLE_SCHEMA) as FormKey[]), 'noSecretConfirmed'];

/** The API's name of a field (in `details.missing`, VALIDATION_FAILED) → the form input it is about. */
export function formKeyOf(apiField: string): FormKey | null {
  return FORM_KEYS.find((k) => k === apiField || apiField.startsWith(`${k}.`)) ?? null;
}

export const articleFormAdapter: ItemFormAdapter<ArticleResponse, ArticleForm, ArticleChanges> = { toForm, changes: changedFields, formKeyOf };

import type { ArticleContentFields, ArticleKind, ArticleResponse, Origin } from '@congxa/shared/dto/articles';

/**
 * What the editor form holds: every content field as an input shows it (text, never null; tags as one
 * comma-separated line). `changedFields()` turns it back into the PATCH body.
 */
export interface ArticleForm {
  title: string;
  summary: string;
  body: string;
  categoryId: string;
  fieldId: string;
  kind: ArticleKind;
  tags: string;
  featured: boolean;
  authorName: string;
  authorAddress: string;
  origin: Origin;
  sourceReference: string;
  collectorName: string;
  collectorAddress: string;
  noSecretConfirmed: boolean;
}

export type FormKey = keyof ArticleForm;

/** "  lũ lụt, cứu trợ ,, lũ lụt " → ["lũ lụt", "cứu trợ"]: trimmed, no empties, no repeats, order kept. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}

export function toForm(article: ArticleResponse): ArticleForm {
  return {
    title: article.title,
    summary: article.summary ?? '',
    body: article.body ?? '',
    categoryId: article.categoryId ?? '',
    fieldId: article.fieldId ?? '',
    kind: article.kind as ArticleKind,
    tags: article.tags.join(', '),
    featured: article.featured,
    authorName: article.authorName ?? '',
    authorAddress: article.authorAddress ?? '',
    origin: article.origin,
    sourceReference: article.sourceReference ?? '',
    collectorName: article.collectorName ?? '',
    collectorAddress: article.collectorAddress ?? '',
    noSecretConfirmed: article.noSecretConfirmed,
  };
}

/** A form value as the API carries it: an empty select or optional text is null. */
const orNull = (value: string): string | null => (value === '' ? null : value);

/**
 * The fields of `form` that differ from `article`, in the API's shape: what a PATCH sends (with the
 * revision). Untouched fields are left out so a save never overwrites what someone else changed in them.
 */
export function changedFields(article: ArticleResponse, form: ArticleForm): ArticleContentFields {
  const out: ArticleContentFields = {};
  if (form.title !== article.title) out.title = form.title;
  if (form.summary !== (article.summary ?? '')) out.summary = form.summary;
  if (form.body !== (article.body ?? '')) out.body = form.body;
  if (orNull(form.categoryId) !== article.categoryId) out.categoryId = orNull(form.categoryId);
  if (orNull(form.fieldId) !== article.fieldId) out.fieldId = orNull(form.fieldId);
  if (form.kind !== article.kind) out.kind = form.kind;
  const tags = parseTags(form.tags);
  if (tags.join('\u0000') !== article.tags.join('\u0000')) out.tags = tags;
  if (form.featured !== article.featured) out.featured = form.featured;
  if (form.authorName !== (article.authorName ?? '')) out.authorName = form.authorName;
  if (form.authorAddress !== (article.authorAddress ?? '')) out.authorAddress = form.authorAddress;
  if (form.origin !== article.origin) out.origin = form.origin;
  if (orNull(form.sourceReference) !== article.sourceReference) out.sourceReference = orNull(form.sourceReference);
  if (orNull(form.collectorName) !== article.collectorName) out.collectorName = orNull(form.collectorName);
  if (orNull(form.collectorAddress) !== article.collectorAddress) out.collectorAddress = orNull(form.collectorAddress);
  if (form.noSecretConfirmed !== article.noSecretConfirmed) out.noSecretConfirmed = form.noSecretConfirmed;
  return out;
}

export function hasChanges(article: ArticleResponse, form: ArticleForm): boolean {
  return Object.keys(changedFields(article, form)).length > 0;
}

/** The API's name of a field (in `details.missing`, VALIDATION_FAILED) → the form input it is about. */
export function formKeyOf(apiField: string): FormKey | null {
  const keys: readonly FormKey[] = [
    'title',
    'summary',
    'body',
    'categoryId',
    'fieldId',
    'kind',
    'tags',
    'featured',
    'authorName',
    'authorAddress',
    'origin',
    'sourceReference',
    'collectorName',
    'collectorAddress',
    'noSecretConfirmed',
  ];
  return keys.find((k) => k === apiField || apiField.startsWith(`${k}.`)) ?? null;
}

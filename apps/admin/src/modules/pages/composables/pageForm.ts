import { contentKeys, PAGE_SCHEMA } from '@congxa/shared/content';
import type { ItemSummaryResponse } from '@congxa/shared/dto/content';
import type { PageResponse } from '@congxa/shared/dto/pages';
import { changedContent, toContentValues, toFormValues, type FieldOption, type FormValues } from '../../content/composables/schemaForm';
import type { ItemFormAdapter } from '../../content/composables/useItemEditor';
import type { PageUpdate } from '../api';

/**
 * The page editor's form: the fields of `PAGE_SCHEMA` as inputs show them, the page's address segment
 * (slug), its place in the tree (parent; menu position as a number input holds it, '' when emptied) and
 * the no-secret confirmation.
 */
export type PageForm = FormValues<typeof PAGE_SCHEMA.fields> & { slug: string; parentId: string; position: number | ''; noSecretConfirmed: boolean };
export type PageFormKey = keyof PageForm & string;
export type PageChanges = Omit<PageUpdate, 'revision'>;

export function toForm(page: PageResponse): PageForm {
  return {
    ...toFormValues(PAGE_SCHEMA, page),
    slug: page.slug,
    parentId: page.parentId ?? '',
    position: page.position,
    noSecretConfirmed: page.noSecretConfirmed,
  };
}

/** The content as the API would store it from the form (for the submit checklist). */
export function formContent(form: PageForm): Record<string, unknown> {
  return toContentValues(PAGE_SCHEMA, form);
}

/** The menu position in the box: empty is 0; any other number is sent as typed and checked by the API. */
const positionOf = (value: number | ''): number => (value === '' ? 0 : value);

/** What a PATCH sends besides the revision: only the fields that changed (an empty parent is the top level). */
export function changedFields(page: PageResponse, form: PageForm): PageChanges {
  const out: PageChanges = changedContent(PAGE_SCHEMA, page, form);
  const slug = form.slug.trim();
  if (slug !== page.slug) out.slug = slug;
  const parentId = form.parentId === '' ? null : form.parentId;
  if (parentId !== page.parentId) out.parentId = parentId;
  const position = positionOf(form.position);
  if (position !== page.position) out.position = position;
  if (form.noSecretConfirmed !== page.noSecretConfirmed) out.noSecretConfirmed = form.noSecretConfirmed;
  return out;
}

const FORM_KEYS: readonly PageFormKey[] = [...(contentKeys(PAGE_SCHEMA) as PageFormKey[]), 'slug', 'parentId', 'position', 'noSecretConfirmed'];

/** The API's name of a field (in `details.missing`, `details.field`, VALIDATION_FAILED) → the form input it is about. */
export function formKeyOf(apiField: string): PageFormKey | null {
  return FORM_KEYS.find((k) => k === apiField || apiField.startsWith(`${k}.`)) ?? null;
}

export const pageFormAdapter: ItemFormAdapter<PageResponse, PageForm, PageChanges> = { toForm, changes: changedFields, formKeyOf };

const collator = new Intl.Collator('vi');

/**
 * The pages a page may hang under, by title (Vietnamese order): every page of the site the user can see
 * but itself. The API refuses a descendant or a tree deeper than allowed (PAGE_PARENT_INVALID).
 */
export function parentOptions(pages: readonly Pick<ItemSummaryResponse, 'id' | 'title'>[], selfId: string | null): FieldOption[] {
  return pages
    .filter((p) => p.id !== selfId)
    .map((p) => ({ value: p.id, label: p.title }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

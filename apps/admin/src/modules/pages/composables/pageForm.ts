import { PAGE_SCHEMA } from '@congxa/shared/content';
import type { ItemSummaryResponse } from '@congxa/shared/dto/content';
import type { PageResponse } from '@congxa/shared/dto/pages';
import { itemFormAdapter, type ExtraField, type ItemForm } from '../../content/composables/itemForm';
import type { FieldOption, FormValues } from '../../content/composables/schemaForm';
import type { PageUpdate } from '../api';

/**
 * The page editor's form: the fields of `PAGE_SCHEMA` as inputs show them, the slug, the page's place in
 * the tree (parent; menu position as a number input holds it, '' when emptied) and the no-secret
 * confirmation. Built by the generic `itemFormAdapter`; the place in the tree is the page's extra fields.
 */
export type PageForm = FormValues<typeof PAGE_SCHEMA.fields> & { slug: string; parentId: string; position: number | ''; noSecretConfirmed: boolean };
export type PageFormKey = keyof PageForm & string;
export type PageChanges = Omit<PageUpdate, 'revision'>;

/** The page's item fields besides the content: an empty parent is the top level; an empty menu position is 0. */
export const PAGE_EXTRA_FIELDS: ExtraField<PageResponse>[] = [
  { key: 'parentId', read: (page) => page.parentId ?? '', write: (value) => (value === '' ? null : String(value)) },
  { key: 'position', read: (page) => page.position, write: (value) => (value === '' ? 0 : Number(value)) },
];

export const pageFormAdapter = itemFormAdapter<PageResponse>(PAGE_SCHEMA, PAGE_EXTRA_FIELDS);

export const toForm = (page: PageResponse): PageForm => pageFormAdapter.toForm(page) as PageForm;
export const formContent = (form: PageForm): Record<string, unknown> => pageFormAdapter.content(form as unknown as ItemForm);
/** What a PATCH sends besides the revision: only the fields that changed (an empty parent is the top level). */
export const changedFields = (page: PageResponse, form: PageForm): PageChanges => pageFormAdapter.changes(page, form as unknown as ItemForm) as PageChanges;
export const formKeyOf = (apiField: string): PageFormKey | null => pageFormAdapter.formKeyOf(apiField) as PageFormKey | null;

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

import { computed, type Ref } from 'vue';
import { contentKeys, SLUG_MAX, SLUG_PATTERN, type ContentTypeSchema } from '@congxa/shared/content';
import type { ItemEnvelope } from '@congxa/shared/dto/content';
import { changedContent, toContentValues, toFormValues, type FormRelation, type FormRow, type FormValues } from './schemaForm';

/**
 * The editor form of any publishable type, built from its content schema: every declared field as its input
 * holds it (schemaForm), the item's address segment (slug), the no-secret confirmation, and the type's own
 * item fields (a page's parent and menu position) declared as `ExtraField`s. `changes()` is the PATCH body:
 * only what differs from the saved item, so a save never overwrites what someone else changed elsewhere.
 */

/** One value of the form: text, a checkbox, a number box ("" when emptied), attachments' media ids, relation rows, table rows. */
export type FormValue = string | boolean | number | string[] | FormRelation[] | FormRow[];
export type ItemForm = Record<string, FormValue>;

/** An item field of one type besides its content (pages: `parentId`, `position`). */
export interface ExtraField<R extends ItemEnvelope = ItemEnvelope> {
  key: string;
  /** The value the input holds for the saved item. */
  read(item: R): string | number;
  /** The input's value in the API's shape (what a PATCH sends). */
  write(value: FormValue): unknown;
}

/** How one type's editor form maps to its item response and back. */
export interface ItemFormAdapter<R extends ItemEnvelope = ItemEnvelope, Form extends object = ItemForm, Changes extends object = Record<string, unknown>> {
  toForm(item: R): Form;
  /** What a save sends besides the revision: only the fields that changed. */
  changes(item: R, form: Form): Changes;
  /** The API's name of a field (in `details.missing`, VALIDATION_FAILED) → the form input it is about. */
  formKeyOf(apiField: string): (keyof Form & string) | null;
  /** The content as the API would store it from the form (the submit checklist, the preview). */
  content(form: Form): Record<string, unknown>;
}

/** The keys every item form has besides the schema's fields and the type's extras. */
export const SAVE_KEYS = ['slug', 'noSecretConfirmed'] as const;

export function itemFormAdapter<R extends ItemEnvelope>(schema: ContentTypeSchema, extras: readonly ExtraField<R>[] = []): ItemFormAdapter<R> {
  const keys = [...contentKeys(schema), ...SAVE_KEYS, ...extras.map((e) => e.key)];
  return {
    toForm(item) {
      const out: ItemForm = { ...(toFormValues(schema, item as never) as ItemForm), slug: item.slug, noSecretConfirmed: item.noSecretConfirmed };
      for (const e of extras) out[e.key] = e.read(item);
      return out;
    },
    changes(item, form) {
      const out: Record<string, unknown> = changedContent(schema, item as never, form as FormValues<typeof schema.fields>);
      const slug = String(form.slug ?? '').trim();
      if (slug !== item.slug) out.slug = slug;
      if (form.noSecretConfirmed !== item.noSecretConfirmed) out.noSecretConfirmed = form.noSecretConfirmed;
      for (const e of extras) {
        const value = e.write(form[e.key] ?? '');
        if (value !== e.write(e.read(item))) out[e.key] = value;
      }
      return out;
    },
    formKeyOf: (apiField) => keys.find((k) => k === apiField || apiField.startsWith(`${k}.`)) ?? null,
    content: (form) => toContentValues(schema, form as FormValues<typeof schema.fields>) as Record<string, unknown>,
  };
}

/** Is the slug one the API takes? ("" while typing is "not yet", shown as the rule, not an error.) */
export function slugProblem(slug: string): 'empty' | 'pattern' | 'long' | null {
  const s = slug.trim();
  if (!s) return 'empty';
  if (s.length > SLUG_MAX) return 'long';
  return SLUG_PATTERN.test(s) ? null : 'pattern';
}

/**
 * Dirty tracking: the PATCH body the form would send now, and whether there is anything to save. The
 * baseline is the saved item, so typing a change and typing it back is "nothing to save".
 */
export function useDirtyForm<R extends ItemEnvelope, Form extends object, Changes extends object>(
  adapter: Pick<ItemFormAdapter<R, Form, Changes>, 'changes'>,
  item: Ref<R | null>,
  form: Ref<Form | null>,
) {
  const changes = computed(() => (item.value && form.value ? adapter.changes(item.value, form.value) : null));
  const dirty = computed(() => !!changes.value && Object.keys(changes.value).length > 0);
  return { changes, dirty };
}

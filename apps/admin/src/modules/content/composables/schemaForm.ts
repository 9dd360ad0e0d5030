import { computed, type ComputedRef, type MaybeRefOrGetter, toValue } from 'vue';
import type {
  AttachmentsField,
  BooleanField,
  ContentFields,
  ContentTypeSchema,
  ContentValues,
  EnumField,
  FieldSpec,
  ItemRelation,
  Label,
  RefField,
  RelationsField,
  RowColumn,
  RowsField,
} from '@congxa/shared/content';
import { useItemLabels, type Lang } from './labels';

/**
 * A content schema (`ARTICLE_SCHEMA`, `PAGE_SCHEMA`) turned into what a form needs: one descriptor per
 * declared field (control, label, limits, options, whether it is needed to submit), and the conversions
 * between the content as the API carries it and the values the inputs hold. The limits and labels are
 * the schema's: nothing is written out again here.
 */

/** How a field is edited. */
export type FieldControl = 'text' | 'textarea' | 'richtext' | 'select' | 'checkbox' | 'tags' | 'date' | 'attachments' | 'relations' | 'rows';

export interface FieldOption {
  value: string;
  label: string;
}

/** One column of a rows input: its key, label, kind and limits (the schema's). */
export interface RowColumnDescriptor {
  key: string;
  label: string;
  kind: RowColumn['kind'];
  /** Text columns: characters. */
  maxlength?: number;
  multiline: boolean;
  /** A row without it is refused. */
  required: boolean;
}

export interface FieldDescriptor {
  key: string;
  /** The input's id (`article-title`): labels, error messages and focus use it. */
  id: string;
  control: FieldControl;
  label: string;
  group: 'content' | 'provenance';
  minlength?: number;
  /** Characters (text, rich text, each tag). */
  maxlength?: number;
  /** Tags, attachments, relations: how many. */
  maxItems?: number;
  /** Relations: the kinds a link may have, in declaration order. */
  relationKinds?: readonly string[];
  /** Relations: the type linked to when it is not the item's own (a procedure's legal basis: `document`). */
  relationTarget?: string;
  /** Rows: the declared columns, in declaration order. */
  columns?: RowColumnDescriptor[];
  /** An enum's values with their labels, in declaration order. */
  options?: FieldOption[];
  /** A reference's target: the page supplies the options of a category or field select. */
  ref?: RefField['to'];
  /** An empty value is saved as null. */
  nullable: boolean;
  /** Must be filled before the edition is submitted (the schema's rule, applied to the content now). */
  requiredToSubmit: boolean;
}

/**
 * One row of a relations input: a kind and the linked item (`itemId` "" until one is chosen; such a row is
 * left out of what is saved).
 */
export type FormRelation = ItemRelation;

/**
 * One row of a rows input: its id (the API's, kept across editions; "" for a row not saved yet) and every
 * declared cell as text ("" when empty; a day `YYYY-MM-DD`, a time `HH:mm`, a file its media id).
 */
export type FormRow = { id: string } & Record<string, string>;

/**
 * The value an input holds for a field: text (never null; a day as `YYYY-MM-DD` or ""), a checkbox, the
 * chosen enum value, the media ids of attachments, the rows of relations.
 */
export type FormValueOf<S extends FieldSpec> = S extends BooleanField
  ? boolean
  : S extends EnumField
    ? S['values'][number]
    : S extends AttachmentsField
      ? string[]
      : S extends RelationsField
        ? FormRelation[]
        : S extends RowsField
          ? FormRow[]
          : string;
export type FormValues<F extends ContentFields> = { -readonly [K in keyof F]: FormValueOf<F[K]> };

/** Does the schema require `spec` before submitting, given the content (predicates such as "collected")? */
export function isRequiredToSubmit(spec: FieldSpec, content: Record<string, unknown>): boolean {
  return typeof spec.requiredToSubmit === 'function' ? spec.requiredToSubmit(content) : !!spec.requiredToSubmit;
}

function controlOf(spec: FieldSpec): FieldControl {
  switch (spec.kind) {
    case 'text':
      return spec.multiline ? 'textarea' : 'text';
    case 'html':
      return 'richtext';
    case 'enum':
      return 'select';
    case 'boolean':
      return 'checkbox';
    case 'tags':
      return 'tags';
    case 'ref':
      // Categories and fields are chosen from the site's lists; an image is named by its media id.
      return spec.to === 'image' ? 'text' : 'select';
    case 'date':
      return 'date';
    case 'attachments':
      return 'attachments';
    case 'relations':
      return 'relations';
    case 'rows':
      return 'rows';
  }
}

const isNullable = (spec: FieldSpec) => spec.kind === 'ref' || spec.kind === 'date' || (spec.kind === 'text' && !!spec.nullable);
const isList = (spec: FieldSpec) => spec.kind === 'tags' || spec.kind === 'attachments' || spec.kind === 'relations' || spec.kind === 'rows';

/** One descriptor per declared field, in declaration order. */
export function describeFields(schema: ContentTypeSchema, options: { lang: Lang; idPrefix: string; content?: Record<string, unknown> }): FieldDescriptor[] {
  const pick = (label: Label) => label[options.lang];
  const content = options.content ?? {};
  return Object.entries(schema.fields).map(([key, spec]) => {
    const d: FieldDescriptor = {
      key,
      id: `${options.idPrefix}-${key}`,
      control: controlOf(spec),
      label: pick(spec.label),
      group: spec.group ?? 'content',
      nullable: isNullable(spec),
      requiredToSubmit: isRequiredToSubmit(spec, content),
    };
    if (spec.kind === 'text') {
      if (spec.min) d.minlength = spec.min;
      d.maxlength = spec.max;
    } else if (spec.kind === 'html') {
      d.maxlength = spec.max;
    } else if (spec.kind === 'tags') {
      d.maxlength = spec.maxLength;
      d.maxItems = spec.maxItems;
    } else if (spec.kind === 'enum') {
      d.options = spec.values.map((value) => ({ value, label: spec.labels[value] ? pick(spec.labels[value]) : value }));
    } else if (spec.kind === 'ref') {
      d.ref = spec.to;
    } else if (spec.kind === 'attachments') {
      d.maxItems = spec.maxItems;
    } else if (spec.kind === 'relations') {
      d.maxItems = spec.maxItems;
      d.relationKinds = spec.kinds;
      if (spec.targetType) d.relationTarget = spec.targetType;
    } else if (spec.kind === 'rows') {
      d.maxItems = spec.maxItems;
      d.columns = Object.entries(spec.columns).map(([k, c]) => ({
        key: k,
        label: pick(c.label),
        kind: c.kind,
        ...(c.kind === 'text' ? { maxlength: c.max ?? 500 } : {}),
        multiline: !!c.multiline,
        required: !!c.required,
      }));
    }
    return d;
  });
}

/**
 * The descriptors of a schema for a form, following the UI language and the content being edited (a
 * field required only for collected material gets its mark when "collected" is chosen).
 */
export function useSchemaForm(
  schema: ContentTypeSchema,
  idPrefix: string,
  content: MaybeRefOrGetter<Record<string, unknown>> = {},
): { fields: ComputedRef<FieldDescriptor[]>; field: (key: string) => FieldDescriptor } {
  const { lang } = useItemLabels();
  const fields = computed(() => describeFields(schema, { lang: lang(), idPrefix, content: toValue(content) }));
  const byKey = computed(() => new Map(fields.value.map((f) => [f.key, f])));
  return {
    fields,
    field: (key) => {
      const found = byKey.value.get(key);
      if (!found) throw new Error(`${schema.type} declares no field ${key}`);
      return found;
    },
  };
}

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

const isRelation = (value: unknown): value is ItemRelation =>
  !!value && typeof value === 'object' && typeof (value as ItemRelation).kind === 'string' && typeof (value as ItemRelation).itemId === 'string';

/** Media ids in order, each once (a list from the API or an input; anything else is dropped). */
export function cleanAttachments(value: unknown): string[] {
  return Array.isArray(value) ? [...new Set(value.filter((id): id is string => typeof id === 'string' && id !== ''))] : [];
}

/** The relations worth saving: a kind and a chosen item, each pair once, order kept. */
export function cleanRelations(value: unknown): ItemRelation[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const out: ItemRelation[] = [];
  for (const r of value) {
    if (!isRelation(r) || !r.kind || !r.itemId) continue;
    const key = `${r.kind}\u0000${r.itemId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ kind: r.kind, itemId: r.itemId });
  }
  return out;
}

const cellText = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Rows as the inputs hold them: the id ("" when none) and every declared cell as text, nothing else. */
export function toFormRows(spec: RowsField, value: unknown): FormRow[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((r): r is Record<string, unknown> => !!r && typeof r === 'object')
    .map((r) => {
      const row: FormRow = { id: cellText(r.id) };
      for (const k of Object.keys(spec.columns)) row[k] = cellText(r[k]);
      return row;
    });
}

/**
 * Rows in the API's shape: the id kept (left out for a new row: the API gives one), cells trimmed and an
 * empty one null, declared columns only; a row with every cell empty is not saved (a row added and never
 * filled in).
 */
export function cleanRows(spec: RowsField, value: unknown): Record<string, string | null>[] {
  const keys = Object.keys(spec.columns);
  return toFormRows(spec, value).flatMap((row) => {
    const cells = keys.map((k) => [k, row[k]!.trim() || null] as const);
    if (cells.every(([, v]) => v === null)) return [];
    return [{ ...(row.id ? { id: row.id } : {}), ...Object.fromEntries(cells) }];
  });
}

/** The content as the inputs show it: null as "", tags as one comma-separated line, lists copied. */
export function toFormValues<F extends ContentFields>(schema: ContentTypeSchema<F>, content: ContentValues<F>): FormValues<F> {
  const source = content as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(schema.fields)) {
    const value = source[key];
    if (spec.kind === 'boolean') out[key] = value === true;
    else if (spec.kind === 'tags') out[key] = Array.isArray(value) ? value.join(', ') : '';
    else if (spec.kind === 'enum') out[key] = typeof value === 'string' ? value : spec.default;
    else if (spec.kind === 'attachments') out[key] = cleanAttachments(value);
    else if (spec.kind === 'relations') out[key] = Array.isArray(value) ? value.filter(isRelation).map((r) => ({ kind: r.kind, itemId: r.itemId })) : [];
    else if (spec.kind === 'rows') out[key] = toFormRows(spec, value);
    else out[key] = typeof value === 'string' ? value : '';
  }
  return out as FormValues<F>;
}

/**
 * The form back in the API's shape: "" is null where the field may be null (a day not given), tags a
 * cleaned list, attachments each once, relations without the rows whose item is not chosen yet, rows with
 * their ids and empty cells as null.
 */
export function toContentValues<F extends ContentFields>(schema: ContentTypeSchema<F>, form: FormValues<F>): ContentValues<F> {
  const source = form as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(schema.fields)) {
    const value = source[key];
    if (spec.kind === 'tags') out[key] = parseTags(String(value ?? ''));
    else if (spec.kind === 'attachments') out[key] = cleanAttachments(value);
    else if (spec.kind === 'relations') out[key] = cleanRelations(value);
    else if (spec.kind === 'rows') out[key] = cleanRows(spec, value);
    else if (isNullable(spec) && value === '') out[key] = null;
    else out[key] = value;
  }
  return out as ContentValues<F>;
}

const same = (a: unknown, b: unknown) => (Array.isArray(a) && Array.isArray(b) ? JSON.stringify(a) === JSON.stringify(b) : a === b);

/**
 * The content fields of `form` that differ from `saved`, in the API's shape: what a PATCH sends (with the
 * revision). Untouched fields are left out so a save never overwrites what someone else changed in them; an
 * empty box and a null value are the same.
 */
export function changedContent<F extends ContentFields>(schema: ContentTypeSchema<F>, saved: ContentValues<F>, form: FormValues<F>): Partial<ContentValues<F>> {
  const next = toContentValues(schema, form) as Record<string, unknown>;
  const before = saved as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(schema.fields)) {
    const was =
      spec.kind === 'attachments'
        ? cleanAttachments(before[key])
        : spec.kind === 'relations'
          ? cleanRelations(before[key])
          : spec.kind === 'rows'
            ? cleanRows(spec, before[key])
            : (before[key] ?? (isList(spec) ? [] : isNullable(spec) ? null : spec.kind === 'text' || spec.kind === 'html' ? '' : before[key]));
    if (!same(next[key], was)) out[key] = next[key];
  }
  return out as Partial<ContentValues<F>>;
}

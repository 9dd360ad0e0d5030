/**
 * The content schema of a publishable type, declared once: the API builds its request validation, its
 * mappers and its submit checklist from it, the admin its forms, and a test checks the database limits
 * against it. Plain data (plus small predicates), safe for every bundle.
 */

/** An item's URL segment: lower-case ASCII letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX = 160;

/** Why a revision exists. */
export const REVISION_REASONS = ['create', 'edit', 'edition', 'restore', 'import'] as const;
export type RevisionReason = (typeof REVISION_REASONS)[number];

export interface Label {
  vi: string;
  en: string;
}

interface FieldBase {
  label: Label;
  /** Must be filled before the edition can be submitted (a predicate for conditional requirements). */
  requiredToSubmit?: boolean | ((content: Record<string, unknown>) => boolean);
  /** Which submit error names the gap: the content or the provenance form (Mẫu cung cấp thông tin). */
  group?: 'content' | 'provenance';
  /** Feeds the item's search document. */
  searchable?: 'title' | 'text' | false;
  /** Shown on the public portal. */
  public?: boolean;
}

/** Plain text, stored as typed (clients escape it). */
export interface TextField extends FieldBase {
  kind: 'text';
  min?: number;
  max: number;
  multiline?: boolean;
  /** `null` clears it; otherwise `null` is refused. */
  nullable?: boolean;
  default: string | null;
}

/** Rich text: HTML sanitised by the server's allowlist. */
export interface HtmlField extends FieldBase {
  kind: 'html';
  max: number;
  default: string;
}

export interface EnumField extends FieldBase {
  kind: 'enum';
  values: readonly string[];
  labels: Record<string, Label>;
  default: string;
}

export interface BooleanField extends FieldBase {
  kind: 'boolean';
  default: boolean;
}

export interface TagsField extends FieldBase {
  kind: 'tags';
  maxItems: number;
  maxLength: number;
  default: readonly string[];
}

/** A reference the core knows how to check and to keep a foreign key for. */
export interface RefField extends FieldBase {
  kind: 'ref';
  to: 'category' | 'field' | 'image';
  default: null;
}

/** A calendar day as Vietnam counts it (`YYYY-MM-DD`), or null when not known. */
export interface DateField extends FieldBase {
  kind: 'date';
  default: null;
}

/** Documents (PDF, DOCX) of the site's media library, in the order shown. */
export interface AttachmentsField extends FieldBase {
  kind: 'attachments';
  maxItems: number;
  default: readonly string[];
}

/** One link from an item to another item of the same type and site. */
export interface ItemRelation {
  kind: string;
  itemId: string;
}

/**
 * Links to other items of the site, each of a declared kind (legal documents: replaces, amends…), to the
 * same type unless `targetType` names another (a procedure's legal basis points at legal documents).
 */
export interface RelationsField extends FieldBase {
  kind: 'relations';
  kinds: readonly string[];
  targetType?: string;
  maxItems: number;
  default: readonly ItemRelation[];
}

/**
 * One column of a rows field: plain text, a calendar day (`YYYY-MM-DD`), a time of day (`HH:mm`) or one
 * document of the site's media library (a form template). Empty cells are `null`.
 */
export interface RowColumn {
  kind: 'text' | 'date' | 'time' | 'media';
  label: Label;
  /** Longest text (text columns). */
  max?: number;
  multiline?: boolean;
  /** A row without it is refused. */
  required?: boolean;
}

/** One row: its stable id (kept across editions, so a changed row can be told from an unchanged one) and its cells. */
export type ContentRow = { id: string } & Record<string, string | null>;

/** A table of rows with declared columns (a week's schedule, a procedure's dossier components). */
export interface RowsField extends FieldBase {
  kind: 'rows';
  columns: Record<string, RowColumn>;
  maxItems: number;
  default: readonly ContentRow[];
}

export type FieldSpec = TextField | HtmlField | EnumField | BooleanField | TagsField | RefField | DateField | AttachmentsField | RelationsField | RowsField;

/** The value type of a field. */
export type FieldValue<F extends FieldSpec> = F extends TextField
  ? F['nullable'] extends true
    ? string | null
    : string
  : F extends HtmlField
    ? string
    : F extends EnumField
      ? F['values'][number]
      : F extends BooleanField
        ? boolean
        : F extends TagsField
          ? string[]
          : F extends AttachmentsField
            ? string[]
            : F extends RelationsField
              ? ItemRelation[]
              : F extends RowsField
                ? ContentRow[]
                : string | null;

export type ContentFields = Record<string, FieldSpec> & { title: TextField };

/** The content of a type: one value per declared field. */
export type ContentValues<F extends ContentFields> = { -readonly [K in keyof F]: FieldValue<F[K]> };

/** The three references the core stores in columns (with foreign keys), by what they point at. */
export const REF_COLUMNS = { category: 'categoryId', field: 'fieldId', image: 'coverMediaId' } as const;

export interface ContentTypeSchema<F extends ContentFields = ContentFields> {
  /** Stored in `content_items.type`. */
  type: string;
  label: Label;
  /** Plural, for lists and menus. */
  labelPlural: Label;
  fields: F;
  /** The type's own create permission on top of `content.create` (null: every author may create). */
  createPermission: 'page.create' | null;
  /**
   * Content fields staff lists carry on each row besides the summary (a register's number, type and day of
   * issue), and that the list's text search matches too when they are text.
   */
  listFields?: readonly string[];
}

export function defineContentType<const F extends ContentFields>(schema: ContentTypeSchema<F>): ContentTypeSchema<F> {
  return schema;
}

/** The declared defaults: the content of a new item. */
export function defaultContent<F extends ContentFields>(schema: ContentTypeSchema<F>): ContentValues<F> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(schema.fields))
    out[key] = Array.isArray(spec.default) ? spec.default.map((v: unknown) => (typeof v === 'object' && v !== null ? { ...v } : v)) : spec.default;
  return out as ContentValues<F>;
}

function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** Visible text of an HTML fragment (for "is the body empty?"). */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .trim();
}

/**
 * What is missing before the edition may be submitted: the fields of each group, in declaration order.
 * The same function runs in the admin (the checklist beside the Submit button) and in the API (422).
 */
export function missingToSubmit(schema: ContentTypeSchema, content: Record<string, unknown>): { content: string[]; provenance: string[] } {
  const out = { content: [] as string[], provenance: [] as string[] };
  for (const [key, spec] of Object.entries(schema.fields)) {
    const required = typeof spec.requiredToSubmit === 'function' ? spec.requiredToSubmit(content) : !!spec.requiredToSubmit;
    if (!required) continue;
    const value = content[key];
    const blank = spec.kind === 'html' ? isBlank(value) || htmlText(String(value)) === '' : isBlank(value);
    if (blank) out[spec.group ?? 'content'].push(key);
  }
  return out;
}

/** The keys of the content, in declaration order. */
export function contentKeys(schema: ContentTypeSchema): string[] {
  return Object.keys(schema.fields);
}

/** The reference fields of a type that the core checks (category, field, cover image). */
export function refFields(schema: ContentTypeSchema): { key: string; to: RefField['to'] }[] {
  return Object.entries(schema.fields).flatMap(([key, spec]) => (spec.kind === 'ref' ? [{ key, to: spec.to }] : []));
}

/** The text of the item's search document: its title and the fields declared searchable. */
export function searchDocument(schema: ContentTypeSchema, content: Record<string, unknown>): { title: string; text: string } {
  const text: string[] = [];
  for (const [key, spec] of Object.entries(schema.fields)) {
    if (spec.searchable !== 'text') continue;
    const value = content[key];
    if (typeof value === 'string') text.push(spec.kind === 'html' ? htmlText(value) : value);
    else if (Array.isArray(value)) text.push(value.join(' '));
  }
  return { title: String(content.title ?? ''), text: text.filter(Boolean).join('\n') };
}

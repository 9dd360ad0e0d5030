import { randomUUID } from 'node:crypto';
import { type ContentRow, type ContentTypeSchema, defaultContent, type ItemRelation, REF_COLUMNS, type RowsField } from '@congxa/shared/content';
import type { ContentRevisionEntity } from './content-revision.entity';
import { sanitizeArticleHtml } from './content';

export type Content = Record<string, unknown>;

/** The revision columns that hold the title and the core's references. */
export type RevisionColumns = Pick<ContentRevisionEntity, 'title' | 'categoryId' | 'fieldId' | 'coverMediaId' | 'content'>;

/** A revision's content, as the type declares it (fields added to the schema later read their default). */
export function contentOf(schema: ContentTypeSchema, rev: RevisionColumns): Content {
  const out: Content = defaultContent(schema) as Content;
  for (const [key, spec] of Object.entries(schema.fields)) {
    if (key === 'title') out[key] = rev.title;
    else if (spec.kind === 'ref') out[key] = rev[REF_COLUMNS[spec.to]];
    else if (Object.hasOwn(rev.content, key)) out[key] = rev.content[key];
  }
  return out;
}

/** The columns of a new revision holding `content`. */
export function revisionColumns(schema: ContentTypeSchema, content: Content): RevisionColumns {
  const cols: RevisionColumns = { title: String(content.title ?? ''), categoryId: null, fieldId: null, coverMediaId: null, content: {} };
  for (const [key, spec] of Object.entries(schema.fields)) {
    if (key === 'title') continue;
    if (spec.kind === 'ref') cols[REF_COLUMNS[spec.to]] = (content[key] as string | null) ?? null;
    else cols.content[key] = content[key];
  }
  return cols;
}

/** `content` with the declared fields a save carries (HTML sanitised, tags trimmed and deduplicated). */
export function applyChanges(schema: ContentTypeSchema, content: Content, changes: Record<string, unknown>): Content {
  const next = { ...content };
  for (const [key, spec] of Object.entries(schema.fields)) {
    const value = changes[key];
    if (value === undefined) continue;
    if (spec.kind === 'html') next[key] = sanitizeArticleHtml(value as string);
    else if (spec.kind === 'tags') next[key] = [...new Set((value as string[]).map((t) => t.trim()).filter(Boolean))];
    else if (spec.kind === 'relations') {
      // One link per kind and item, in the order given; only the two declared keys are kept.
      const seen = new Set<string>();
      next[key] = (value as ItemRelation[]).flatMap(({ kind, itemId }) =>
        seen.has(`${kind}|${itemId}`) ? [] : (seen.add(`${kind}|${itemId}`), [{ kind, itemId }]),
      );
    } else if (spec.kind === 'rows') next[key] = normalizeRows(spec, value as Partial<ContentRow>[]);
    else next[key] = value;
  }
  return next;
}

/**
 * Rows as stored: every declared cell present (`null` when empty, text trimmed), nothing else, and an id on
 * each row — the one sent (kept across editions, so a changed row can be told from an unchanged one) or a
 * new one; a repeated id is replaced so that ids stay unique.
 */
export function normalizeRows(spec: RowsField, rows: Partial<ContentRow>[]): ContentRow[] {
  const seen = new Set<string>();
  return rows.map((row) => {
    const id = typeof row.id === 'string' && row.id !== '' && !seen.has(row.id) ? row.id : randomUUID();
    seen.add(id);
    const out: ContentRow = { id };
    for (const key of Object.keys(spec.columns)) {
      const v = row[key];
      const cell = typeof v === 'string' ? v.trim() : null;
      out[key] = cell === '' ? null : cell;
    }
    return out;
  });
}

/** The declared fields whose values differ. */
export function changedKeys(schema: ContentTypeSchema, a: Content, b: Content): string[] {
  return Object.keys(schema.fields).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

/**
 * Rows as the approval slip prints them: one line per row, its cells in column order (a day as dd/mm/yyyy;
 * a file column is left out — its name is on the item's page), or null when there are none.
 */
export function rowsForSlip(spec: RowsField, value: unknown): string | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const cols = Object.entries(spec.columns).filter(([, c]) => c.kind !== 'media');
  return (value as ContentRow[])
    .map((row, i) => {
      const cells = cols.map(([k, c]) => (c.kind === 'date' && row[k] ? row[k]!.split('-').reverse().join('/') : row[k])).filter((v) => v);
      return `${i + 1}. ${cells.join(' · ')}`;
    })
    .join('\n');
}

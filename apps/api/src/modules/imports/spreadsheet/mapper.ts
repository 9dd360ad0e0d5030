import type { ContentTypeSchema, FieldSpec } from '@congxa/shared/content';
import type { SpreadsheetColumn, SpreadsheetProblem } from '@congxa/shared/dto/imports';
import { type CellProblem, type CellReading, type Choice, cellBoolean, cellChoice, cellDate, cellLines, cellText, foldKey, problem, textToHtml } from './cells';
import type { Cell, SheetRow } from './sheet';

/** One column a type's spreadsheet may carry. */
export interface ColumnSpec {
  /** The content field it fills (for an attachments field: the names of the files sent with the sheet). */
  field: string;
  /** The headers it is recognised by (compared folded); the first is the template's. */
  headers: readonly string[];
  /** Other names an enum cell may give a value (abbreviations, short names), by code. */
  aliases?: Readonly<Record<string, readonly string[]>>;
  /** A column read its own way (one cell setting several fields): the changes it makes. */
  read?(cell: Cell): CellReading<Record<string, unknown>>;
  /** The template's example cell. */
  example: string;
}

/**
 * How a type's register reads from a spreadsheet: its columns, and the key an item is found by when a row
 * updates it. Cells are read by their field's kind (text, date, enum by label or code, field by name, …), so
 * a mapper only names its columns.
 */
export interface SpreadsheetMapper {
  schema: ContentTypeSchema;
  columns: readonly ColumnSpec[];
  /** The item's key in the register (two rows with one key are the same item); null when the content has none. */
  keyOf(content: Record<string, unknown>): string | null;
  /** The fields the key is made of. */
  keyFields: readonly string[];
  /**
   * Fields whose values may be written in several ways that mean the same (`12/QD-UBND`, `12/QĐ-UBND`): a
   * row that updates an item keeps the item's spelling when this says the two are the same.
   */
  sameValue?: Readonly<Record<string, (a: unknown, b: unknown) => boolean>>;
  /** What a broken rule of the type's `validate` hook means, by field. */
  ruleMessages: Readonly<Record<string, { vi: string; en: string }>>;
}

/** Where the headers are, and which column is which field. */
export interface HeaderMatch {
  /** Index of the header row among the sheet's rows. */
  index: number;
  /** The row's number in the sheet. */
  row: number;
  /** By cell index: the column spec it was recognised as, or null. */
  specs: (ColumnSpec | null)[];
  columns: SpreadsheetColumn[];
}

/** The header rows looked for: a title block above the table is common. */
const HEADER_SEARCH_ROWS = 20;

/** `Ngày ban hành (dd/mm/yyyy) *` reads as `ngay ban hanh`: notes in brackets and required marks left out. */
const headerKey = (text: string) => foldKey(text.replace(/\([^)]*\)|\[[^\]]*\]|\*/g, ' '));

/** `A`, …, `Z`, `AA`, … */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * The header row: among the first rows, the first one where the most columns are recognised (at least two,
 * the title's among them). A field named by two columns is read from the first.
 */
export function findHeader(rows: readonly SheetRow[], mapper: SpreadsheetMapper): HeaderMatch | null {
  const byKey = new Map<string, ColumnSpec>();
  for (const spec of mapper.columns) for (const h of spec.headers) byKey.set(headerKey(h), spec);
  let best: HeaderMatch | null = null;
  let bestCount = 1;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, index) => {
    const taken = new Set<string>();
    const specs = row.cells.map((cell) => {
      const spec = typeof cell === 'string' ? byKey.get(headerKey(cell)) : undefined;
      if (!spec || taken.has(spec.field)) return null;
      taken.add(spec.field);
      return spec;
    });
    if (taken.size > bestCount && taken.has('title')) {
      bestCount = taken.size;
      const columns = row.cells.map((cell, i) => ({ letter: columnLetter(i), header: cellHeader(cell), field: specs[i]?.field ?? null }));
      best = { index, row: row.number, specs, columns };
    }
  });
  return best;
}

const cellHeader = (cell: Cell): string => {
  const t = cellText(cell);
  return 'value' in t ? t.value : '';
};

/** What a site offers a row to name: its fields (lĩnh vực) by name or slug. */
export interface MapContext {
  fields: readonly { id: string; name: string; slug: string }[];
}

/** A row read: the changes its cells make, the file names it gives, the problems of its cells. */
export interface MappedRow {
  changes: Record<string, unknown>;
  /** The fields whose cells are empty (an update keeps the item's value for them). */
  blank: Set<string>;
  files: string[];
  problems: SpreadsheetProblem[];
}

const at = (column: string, field: string, p: CellProblem): SpreadsheetProblem => ({ column, field, code: p.code, message: { vi: p.vi, en: p.en } });

/** Cells of a file column: names one per line or separated by `;` or `|`. */
const fileNames = (text: string) =>
  text
    .split(/[\n;|]/)
    .map((n) => n.trim())
    .filter((n) => n !== '');

/** Reads one data row with the header's columns. */
export function mapRow(row: SheetRow, header: HeaderMatch, mapper: SpreadsheetMapper, ctx: MapContext): MappedRow {
  const out: MappedRow = { changes: {}, blank: new Set(), files: [], problems: [] };
  header.specs.forEach((spec, i) => {
    if (!spec) return;
    const cell = row.cells[i] ?? null;
    const column = header.columns[i]!.header;
    const field = mapper.schema.fields[spec.field];
    if (cell === null || (typeof cell === 'string' && cell.trim() === '')) out.blank.add(spec.field);
    if (spec.read) {
      const read = spec.read(cell);
      if ('problem' in read) out.problems.push(at(column, spec.field, read.problem));
      else Object.assign(out.changes, read.value);
      return;
    }
    if (!field) return;
    if (field.kind === 'attachments') {
      const text = cellText(cell);
      if ('problem' in text) out.problems.push(at(column, spec.field, text.problem));
      else out.files.push(...fileNames(text.value));
      return;
    }
    const read = readCell(cell, field, spec, ctx);
    if ('problem' in read) out.problems.push(at(column, spec.field, read.problem));
    else out.changes[spec.field] = read.value;
  });
  return out;
}

function choicesOf(spec: Extract<FieldSpec, { kind: 'enum' }>, aliases: ColumnSpec['aliases']): Choice[] {
  return spec.values.map((code) => ({ code, names: [spec.labels[code]?.vi ?? code, spec.labels[code]?.en ?? code, ...(aliases?.[code] ?? [])] }));
}

/** A cell as the value of a field of its kind. */
function readCell(cell: Cell, field: FieldSpec, spec: ColumnSpec, ctx: MapContext): CellReading<unknown> {
  switch (field.kind) {
    case 'date':
      return cellDate(cell);
    case 'boolean':
      return cellBoolean(cell);
    case 'enum': {
      const read = cellChoice(cell, choicesOf(field, spec.aliases));
      return 'value' in read ? { value: read.value ?? field.default } : read;
    }
    case 'ref': {
      const read = cellChoice(
        cell,
        ctx.fields.map((f) => ({ code: f.id, names: [f.name, f.slug] })),
      );
      if ('problem' in read) {
        const names = ctx.fields.map((f) => f.name).join(', ');
        return problem(
          'unknownField',
          `Trang chưa có lĩnh vực này. Các lĩnh vực: ${names || '(chưa có)'}.`,
          `The site has no such field. Fields: ${names || '(none)'}.`,
        );
      }
      return read;
    }
    default: {
      const text = cellText(cell);
      if ('problem' in text) return text;
      if (field.kind === 'html') return { value: textToHtml(text.value) };
      if (field.kind === 'tags')
        return {
          value: text.value
            .split(/[\n;,]/)
            .map((t) => t.trim())
            .filter(Boolean),
        };
      if (field.kind === 'rows') {
        const first = Object.entries(field.columns).find(([, c]) => c.kind === 'text')?.[0];
        return { value: first ? cellLines(text.value).map((line) => ({ [first]: line })) : [] };
      }
      if (field.kind === 'text') return { value: field.multiline ? text.value : text.value.replace(/\s+/g, ' ') };
      return { value: text.value };
    }
  }
}

import type { FontEncoding } from '@congxa/shared/text';

/** The formatting an article body keeps from a run. */
export interface Fmt {
  b: boolean;
  i: boolean;
  u: boolean;
  s: boolean;
  vert: 'sup' | 'sub' | null;
}

export interface TextInline {
  kind: 'text';
  text: string;
  fmt: Fmt;
  /** The font the run is drawn in (the legacy one when any of its fonts is), or null when none is named. */
  font: string | null;
  /** What the font says about the encoding: TCVN3 (`capitals` for an H font) or VNI; null for any other font. */
  legacy: FontEncoding | null;
  href: string | null;
}

/** A picture; `alt` is the text the document gives it (Word's Alt Text: `wp:docPr/@descr`, else its title). */
export interface ImageInline {
  kind: 'image';
  part: string;
  href: string | null;
  alt: string | null;
}

export type Inline = TextInline | { kind: 'br'; href: string | null } | ImageInline;

export interface ListInfo {
  ordered: boolean;
  level: number;
}

export interface Paragraph {
  kind: 'p';
  /** 0 for body text, 1–9 for headings, 'title' for the Title style. */
  heading: number | 'title';
  list: ListInfo | null;
  inlines: Inline[];
  /** The text as stored in the document, before any conversion. */
  raw: string;
}

export interface TableCell {
  blocks: Block[];
  colspan: number;
  rowspan: number;
}

export interface TableRow {
  header: boolean;
  cells: TableCell[];
}

export interface Table {
  kind: 'table';
  rows: TableRow[];
}

export type Block = Paragraph | Table;

export const sameFmt = (a: Fmt, b: Fmt) => a.b === b.b && a.i === b.i && a.u === b.u && a.s === b.s && a.vert === b.vert;

/** The plain text of a paragraph (line breaks as spaces, no images). */
export function paragraphText(p: Paragraph): string {
  return p.inlines.map((i) => (i.kind === 'text' ? i.text : i.kind === 'br' ? ' ' : '')).join('');
}

/** Every paragraph of the blocks, in reading order (table cells included). */
export function* allParagraphs(blocks: readonly Block[]): Generator<Paragraph> {
  for (const b of blocks) {
    if (b.kind === 'p') yield b;
    else for (const row of b.rows) for (const cell of row.cells) yield* allParagraphs(cell.blocks);
  }
}

/** White space collapsed and trimmed. */
export const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

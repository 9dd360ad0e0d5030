import { classifyFont } from '@congxa/shared/text';
import type { Block, Fmt, Inline, Paragraph, Table, TableCell, TableRow } from './model';
import type { DocxPackage, Relationship } from './package';
import { type DocxNumbering, type DocxStyles, type NumberingRef, type RunFonts } from './styles';
import { attr, child, childrenNamed, descendants, elements, onOff, relAttr, textOf, type XmlElement } from './xml';

/** Things met in the document that the article cannot carry, counted for the warnings. */
export interface SkippedContent {
  footnotes: number;
  endnotes: number;
  comments: number;
  equations: number;
  objects: number;
  charts: number;
  linkedImages: number;
  trackedChanges: number;
  tablesOfContents: number;
  embeddedChunks: number;
}

export const emptySkipped = (): SkippedContent => ({
  footnotes: 0,
  endnotes: 0,
  comments: 0,
  equations: 0,
  objects: 0,
  charts: 0,
  linkedImages: 0,
  trackedChanges: 0,
  tablesOfContents: 0,
  embeddedChunks: 0,
});

interface Field {
  instr: string;
  phase: 'instr' | 'result';
  href: string | null;
  /** A table of contents or index: its result (page numbers, dot leaders) is left out. */
  skip: boolean;
}

interface InlineContext {
  pStyle: string | undefined;
  href: string | null;
  out: Inline[];
  /** Text boxes met inside the paragraph: their paragraphs follow it. */
  after: Block[];
}

/** The font a run is drawn in, preferring a legacy one among its character-class fonts. */
function runFont(fonts: RunFonts): Pick<Extract<Inline, { kind: 'text' }>, 'font' | 'legacy'> {
  for (const f of [fonts.hAnsi, fonts.ascii, fonts.cs]) {
    if (!f) continue;
    const legacy = classifyFont(f);
    if (legacy) return { font: f.trim(), legacy };
  }
  return { font: fonts.hAnsi ?? fonts.ascii ?? null, legacy: null };
}

/** `HYPERLINK "https://…" \o "tip"` → the address; `\l "bookmark"` (a place in the document) → null. */
export function hyperlinkFromInstr(instr: string): string | null {
  const tokens = instr.trim().match(/"[^"]*"|\\[A-Za-z]|[^\s"]+/g) ?? [];
  if (tokens.shift()?.toUpperCase() !== 'HYPERLINK') return null;
  const unquote = (t: string) => t.replace(/^"|"$/g, '');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t === '\\l') return null;
    if (t === '\\o' || t === '\\t') {
      i++;
      continue;
    }
    if (t.startsWith('\\')) continue;
    return unquote(t);
  }
  return null;
}

/**
 * Reads the main document part into blocks: paragraphs with their runs (fonts resolved through the
 * styles, formatting, links, line breaks, images), headings, lists and tables. Deleted revisions, field
 * codes, hidden text and tables of contents are left out; inserted revisions are kept.
 */
export class DocxReader {
  readonly skipped = emptySkipped();
  private readonly fields: Field[] = [];
  private readonly rels: Map<string, Relationship>;

  constructor(
    pkg: DocxPackage,
    private readonly styles: DocxStyles,
    private readonly numbering: DocxNumbering,
  ) {
    this.rels = pkg.rels(pkg.mainPart);
  }

  readBody(document: XmlElement): Block[] {
    const body = child(child(document, 'document'), 'body');
    return body ? this.readBlocks(body) : [];
  }

  private readBlocks(container: XmlElement): Block[] {
    const out: Block[] = [];
    for (const el of elements(container)) this.readBlock(el, out);
    return out;
  }

  private readBlock(el: XmlElement, out: Block[]): void {
    switch (el.local) {
      case 'p':
        this.readParagraph(el, out);
        return;
      case 'tbl':
        out.push(this.readTable(el));
        return;
      case 'sdt':
        for (const c of elements(child(el, 'sdtContent') ?? el)) if (c.local !== 'sdtPr' && c.local !== 'sdtEndPr') this.readBlock(c, out);
        return;
      case 'customXml':
      case 'ins':
      case 'moveTo':
      case 'smartTag':
        for (const c of elements(el)) this.readBlock(c, out);
        return;
      case 'AlternateContent':
        for (const c of elements(alternate(el))) this.readBlock(c, out);
        return;
      case 'altChunk':
        this.skipped.embeddedChunks++;
        return;
      case 'del':
      case 'moveFrom':
        this.skipped.trackedChanges++;
        return;
      default:
        return;
    }
  }

  private readParagraph(p: XmlElement, out: Block[]): void {
    const pPr = child(p, 'pPr');
    const pStyle = attr(child(pPr, 'pStyle'), 'val');
    const heading = this.styles.headingLevel(pStyle, pPr);
    const ctx: InlineContext = { pStyle, href: null, out: [], after: [] };
    for (const el of elements(p)) if (el.local !== 'pPr') this.readInline(el, ctx);

    let list: Paragraph['list'] = null;
    if (heading === 0) {
      const numPr = child(pPr, 'numPr');
      const fromStyle = this.styles.styleNumbering(pStyle);
      const numId = attr(child(numPr, 'numId'), 'val') ?? fromStyle?.numId;
      const ilvl = attr(child(numPr, 'ilvl'), 'val');
      if (numId !== undefined) {
        const ref: NumberingRef = { numId, ilvl: Math.min(8, Math.max(0, Number(ilvl ?? fromStyle?.ilvl ?? 0) || 0)) };
        const format = this.numbering.format(ref);
        if (format && format !== 'none') list = { ordered: format !== 'bullet', level: ref.ilvl };
      }
    }
    const raw = ctx.out.map((i) => (i.kind === 'text' ? i.text : ' ')).join('');
    out.push({ kind: 'p', heading, list, inlines: ctx.out, raw });
    out.push(...ctx.after);
  }

  private currentHref(ctx: InlineContext): string | null {
    for (let i = this.fields.length - 1; i >= 0; i--) if (this.fields[i]!.phase === 'result' && this.fields[i]!.href) return this.fields[i]!.href;
    return ctx.href;
  }

  private inFieldCode(): boolean {
    return this.fields.some((f) => f.phase === 'instr' || f.skip);
  }

  private readInline(el: XmlElement, ctx: InlineContext): void {
    switch (el.local) {
      case 'r':
        this.readRun(el, ctx);
        return;
      case 'hyperlink': {
        const id = relAttr(el, 'id');
        const rel = id ? this.rels.get(id) : undefined;
        // A link to a bookmark of the document (w:anchor) has nowhere to go in the article: its text stays.
        const href = rel?.external ? rel.target : null;
        const saved = ctx.href;
        ctx.href = href ?? saved;
        for (const c of elements(el)) this.readInline(c, ctx);
        ctx.href = saved;
        return;
      }
      case 'fldSimple': {
        const instr = attr(el, 'instr') ?? '';
        const toc = /^\s*(TOC|INDEX)\b/i.test(instr);
        if (toc) {
          this.skipped.tablesOfContents++;
          return;
        }
        const saved = ctx.href;
        ctx.href = hyperlinkFromInstr(instr) ?? saved;
        for (const c of elements(el)) this.readInline(c, ctx);
        ctx.href = saved;
        return;
      }
      case 'ins':
      case 'moveTo':
      case 'smartTag':
      case 'customXml':
        for (const c of elements(el)) this.readInline(c, ctx);
        return;
      case 'sdt':
        for (const c of elements(child(el, 'sdtContent') ?? el)) if (c.local !== 'sdtPr' && c.local !== 'sdtEndPr') this.readInline(c, ctx);
        return;
      case 'AlternateContent':
        for (const c of elements(alternate(el))) this.readInline(c, ctx);
        return;
      case 'del':
      case 'moveFrom':
        this.skipped.trackedChanges++;
        return;
      case 'oMath':
      case 'oMathPara':
        this.skipped.equations++;
        return;
      default:
        return;
    }
  }

  private readRun(r: XmlElement, ctx: InlineContext): void {
    const rPr = child(r, 'rPr');
    const props = this.styles.runProps(ctx.pStyle, attr(child(rPr, 'rStyle'), 'val'), rPr);
    const fmt: Fmt = { b: props.b, i: props.i, u: props.u, s: props.strike, vert: props.vert };
    const font = runFont(props.fonts);
    const text = (t: string) => {
      if (props.hidden || this.inFieldCode() || !t) return;
      ctx.out.push({ kind: 'text', text: t, fmt, ...font, href: this.currentHref(ctx) });
    };
    for (const el of elements(r)) {
      switch (el.local) {
        case 't':
          text(textOf(el));
          break;
        case 'tab':
        case 'ptab':
          text(' ');
          break;
        case 'noBreakHyphen':
          text('-');
          break;
        case 'br':
        case 'cr': {
          const type = attr(el, 'type');
          if (type === 'page' || type === 'column') break;
          if (!props.hidden && !this.inFieldCode()) ctx.out.push({ kind: 'br', href: this.currentHref(ctx) });
          break;
        }
        case 'fldChar': {
          const type = attr(el, 'fldCharType');
          if (type === 'begin') this.fields.push({ instr: '', phase: 'instr', href: null, skip: false });
          else if (type === 'separate') {
            const f = this.fields[this.fields.length - 1];
            if (f) {
              f.phase = 'result';
              f.href = hyperlinkFromInstr(f.instr);
              f.skip = /^\s*(TOC|INDEX)\b/i.test(f.instr);
              if (f.skip) this.skipped.tablesOfContents++;
            }
          } else if (type === 'end') this.fields.pop();
          break;
        }
        case 'instrText': {
          const f = this.fields[this.fields.length - 1];
          if (f && f.phase === 'instr') f.instr += textOf(el);
          break;
        }
        case 'drawing':
        case 'pict':
          if (!props.hidden && !this.inFieldCode()) this.readGraphic(el, ctx);
          break;
        case 'object':
          this.skipped.objects++;
          break;
        case 'AlternateContent':
          this.readRun({ ...r, children: [...(rPr ? [rPr] : []), ...alternate(el).children] }, ctx);
          break;
        case 'footnoteReference':
          this.skipped.footnotes++;
          break;
        case 'endnoteReference':
          this.skipped.endnotes++;
          break;
        case 'commentReference':
          this.skipped.comments++;
          break;
        default:
          break;
      }
    }
  }

  /** A DrawingML or VML graphic: its picture (embedded, not linked), and the paragraphs of any text box. */
  private readGraphic(el: XmlElement, ctx: InlineContext): void {
    const href = this.currentHref(ctx);
    const alt = graphicAlt(el);
    const graphicData = descendants(el, 'graphicData');
    if (graphicData.some((g) => /\/(chart|diagram)$/.test(attr(g, 'uri') ?? ''))) this.skipped.charts++;
    for (const blip of [...descendants(el, 'blip'), ...descendants(el, 'imagedata')]) {
      const id = relAttr(blip, 'embed') ?? relAttr(blip, 'id') ?? relAttr(blip, 'relid');
      const rel = id ? this.rels.get(id) : undefined;
      if (rel && !rel.external) ctx.out.push({ kind: 'image', part: rel.target, href, alt });
      else if (relAttr(blip, 'link')) this.skipped.linkedImages++;
    }
    for (const box of descendants(el, 'txbxContent')) ctx.after.push(...this.readBlocks(box));
  }

  private readTable(tbl: XmlElement): Table {
    const trs: XmlElement[] = [];
    const collectRows = (container: XmlElement) => {
      for (const c of elements(container)) {
        if (c.local === 'tr') trs.push(c);
        else if (c.local === 'sdt') collectRows(child(c, 'sdtContent') ?? c);
        else if (c.local === 'customXml' || c.local === 'ins') collectRows(c);
      }
    };
    collectRows(tbl);

    interface Placed {
      cell: TableCell;
      col: number;
      merge: 'restart' | 'continue' | null;
    }
    const placedRows: { header: boolean; cells: Placed[] }[] = [];
    for (const tr of trs) {
      const trPr = child(tr, 'trPr');
      const header = onOff(child(trPr, 'tblHeader')) === true;
      let col = Number(attr(child(trPr, 'gridBefore'), 'val') ?? 0) || 0;
      const cells: Placed[] = [];
      const tcs: XmlElement[] = [];
      const collectCells = (container: XmlElement) => {
        for (const c of elements(container)) {
          if (c.local === 'tc') tcs.push(c);
          else if (c.local === 'sdt') collectCells(child(c, 'sdtContent') ?? c);
          else if (c.local === 'customXml') collectCells(c);
        }
      };
      collectCells(tr);
      for (const tc of tcs) {
        const tcPr = child(tc, 'tcPr');
        const colspan = Math.min(100, Math.max(1, Number(attr(child(tcPr, 'gridSpan'), 'val') ?? 1) || 1));
        const vMerge = child(tcPr, 'vMerge');
        const merge = vMerge ? (attr(vMerge, 'val') === 'restart' ? 'restart' : 'continue') : null;
        const blocks = this.readBlocks({ ...tc, children: elements(tc).filter((c) => c.local !== 'tcPr') });
        cells.push({ cell: { blocks, colspan, rowspan: 1 }, col, merge });
        col += colspan;
      }
      placedRows.push({ header, cells });
    }
    // Vertically merged cells: the first keeps a rowspan over the continuations below it, which go.
    placedRows.forEach((row, r) => {
      for (const placed of row.cells) {
        if (placed.merge !== 'restart') continue;
        let span = 1;
        for (let below = r + 1; below < placedRows.length; below++) {
          if (!placedRows[below]!.cells.some((c) => c.col === placed.col && c.merge === 'continue')) break;
          span++;
        }
        placed.cell.rowspan = Math.min(span, 100);
      }
    });
    const rows: TableRow[] = placedRows.map((row) => ({ header: row.header, cells: row.cells.filter((c) => c.merge !== 'continue').map((c) => c.cell) }));
    return { kind: 'table', rows };
  }
}

/**
 * The text Word keeps for a picture, as written: the description of its Alt Text (`wp:docPr/@descr`, also
 * on `pic:cNvPr`), else its title; in VML, the shape's `alt`, else the image's `o:title`. The drawing's
 * `name` ("Picture 1") is Word's, not the author's, and is not used.
 */
export function graphicAlt(el: XmlElement): string | null {
  const props = [...descendants(el, 'docPr'), ...descendants(el, 'cNvPr')];
  const candidates = [
    ...props.map((p) => attr(p, 'descr')),
    ...props.map((p) => attr(p, 'title')),
    ...descendants(el, 'shape').map((s) => attr(s, 'alt')),
    ...descendants(el, 'imagedata').map((i) => attr(i, 'title')),
  ];
  return candidates.find((c): c is string => typeof c === 'string' && c.trim() !== '') ?? null;
}

/** Markup compatibility: the first `mc:Choice` (modern content), else the `mc:Fallback`. */
function alternate(el: XmlElement): XmlElement {
  return childrenNamed(el, 'Choice')[0] ?? child(el, 'Fallback') ?? { ...el, children: [] };
}

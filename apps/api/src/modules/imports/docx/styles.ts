import { attr, child, childrenNamed, onOff, type XmlElement } from './xml';

/** The font of each character class of a run (`w:rFonts`), theme fonts resolved to their names. */
export interface RunFonts {
  ascii?: string;
  hAnsi?: string;
  cs?: string;
  eastAsia?: string;
}

/** The run properties the import keeps. */
export interface RunProps {
  fonts: RunFonts;
  b: boolean;
  i: boolean;
  u: boolean;
  strike: boolean;
  vert: 'sup' | 'sub' | null;
  /** Hidden text (`w:vanish`): not imported. */
  hidden: boolean;
}

interface StyleDef {
  id: string;
  type: string;
  /** Lower-cased (`heading 1`, `title`). */
  name: string;
  basedOn?: string;
  rPr?: XmlElement;
  pPr?: XmlElement;
}

export interface NumberingRef {
  numId: string;
  ilvl: number;
}

const FONT_SLOTS = ['ascii', 'hAnsi', 'cs', 'eastAsia'] as const;

/** Theme font names: `minorHAnsi` → the theme's minor Latin face. */
function readTheme(theme: XmlElement | null): Map<string, string> {
  const out = new Map<string, string>();
  const scheme = theme ? child(child(child(theme, 'theme'), 'themeElements'), 'fontScheme') : undefined;
  for (const [kind, el] of [
    ['major', child(scheme, 'majorFont')],
    ['minor', child(scheme, 'minorFont')],
  ] as const) {
    const latin = attr(child(el, 'latin'), 'typeface');
    const cs = attr(child(el, 'cs'), 'typeface');
    const ea = attr(child(el, 'ea'), 'typeface');
    if (latin) {
      out.set(`${kind}Ascii`, latin);
      out.set(`${kind}HAnsi`, latin);
    }
    if (cs) out.set(`${kind}Bidi`, cs);
    if (ea) out.set(`${kind}EastAsia`, ea);
  }
  return out;
}

/**
 * The document's styles (`word/styles.xml`) and theme fonts, to resolve what a run really looks like:
 * defaults → paragraph style chain → character style chain → the run's own properties. An old document
 * typed in .VnTime often names the font only in its Normal style, never on the runs.
 */
export class DocxStyles {
  private readonly styles = new Map<string, StyleDef>();
  private readonly theme: Map<string, string>;
  private readonly defaultRPr?: XmlElement;
  private readonly defaultParagraph?: string;

  constructor(stylesXml: XmlElement | null, themeXml: XmlElement | null) {
    this.theme = readTheme(themeXml);
    const root = child(stylesXml ?? undefined, 'styles');
    this.defaultRPr = child(child(child(root, 'docDefaults'), 'rPrDefault'), 'rPr');
    for (const s of childrenNamed(root, 'style')) {
      const id = attr(s, 'styleId');
      if (!id) continue;
      const def: StyleDef = {
        id,
        type: attr(s, 'type') ?? 'paragraph',
        name: (attr(child(s, 'name'), 'val') ?? id).trim().toLowerCase(),
        basedOn: attr(child(s, 'basedOn'), 'val'),
        rPr: child(s, 'rPr'),
        pPr: child(s, 'pPr'),
      };
      this.styles.set(id, def);
      const isDefault = ['1', 'true', 'on'].includes((attr(s, 'default') ?? '').toLowerCase());
      if (def.type === 'paragraph' && isDefault && this.defaultParagraph === undefined) this.defaultParagraph = id;
    }
  }

  /** The style and its ancestors, the farthest ancestor first (cycles cut). */
  private chain(id: string | undefined): StyleDef[] {
    const out: StyleDef[] = [];
    const seen = new Set<string>();
    let cur = id ? this.styles.get(id) : undefined;
    while (cur && !seen.has(cur.id) && out.length < 20) {
      seen.add(cur.id);
      out.unshift(cur);
      cur = cur.basedOn ? this.styles.get(cur.basedOn) : undefined;
    }
    return out;
  }

  private paragraphChain(pStyle: string | undefined): StyleDef[] {
    return this.chain(pStyle ?? this.defaultParagraph);
  }

  /**
   * 'title' for the Title style, 1–9 for a heading (style Heading1…, name "heading 1" / "Tiêu đề 1", or an
   * outline level), 0 for body text.
   */
  headingLevel(pStyle: string | undefined, pPr: XmlElement | undefined): number | 'title' {
    const direct = attr(child(pPr, 'outlineLvl'), 'val');
    for (const s of this.paragraphChain(pStyle).reverse()) {
      const byName = headingFromName(s.name) ?? headingFromName(s.id.toLowerCase());
      if (byName !== null) return byName;
      const outline = attr(child(s.pPr, 'outlineLvl'), 'val');
      if (outline !== undefined && /^[0-8]$/.test(outline)) return Number(outline) + 1;
    }
    if (direct !== undefined && /^[0-8]$/.test(direct)) return Number(direct) + 1;
    return 0;
  }

  /** The numbering a paragraph style carries (List Bullet, List Number …), if any. */
  styleNumbering(pStyle: string | undefined): NumberingRef | null {
    for (const s of this.paragraphChain(pStyle).reverse()) {
      const numPr = child(s.pPr, 'numPr');
      const numId = attr(child(numPr, 'numId'), 'val');
      if (numId !== undefined) return { numId, ilvl: Number(attr(child(numPr, 'ilvl'), 'val') ?? 0) || 0 };
    }
    return null;
  }

  /** What a run looks like: every layer of properties applied in order. */
  runProps(pStyle: string | undefined, rStyle: string | undefined, rPr: XmlElement | undefined): RunProps {
    const props: RunProps = { fonts: {}, b: false, i: false, u: false, strike: false, vert: null, hidden: false };
    this.apply(props, this.defaultRPr);
    for (const s of this.paragraphChain(pStyle)) this.apply(props, s.rPr);
    for (const s of this.chain(rStyle)) if (s.type === 'character') this.apply(props, s.rPr);
    this.apply(props, rPr);
    return props;
  }

  private apply(props: RunProps, rPr: XmlElement | undefined): void {
    if (!rPr) return;
    const fonts = child(rPr, 'rFonts');
    if (fonts) {
      for (const slot of FONT_SLOTS) {
        const themed = attr(fonts, `${slot}Theme`);
        const named = attr(fonts, slot);
        if (themed !== undefined) props.fonts[slot] = this.theme.get(themed) ?? `+${themed}`;
        else if (named !== undefined) props.fonts[slot] = named;
      }
    }
    const b = onOff(child(rPr, 'b'));
    if (b !== undefined) props.b = b;
    const i = onOff(child(rPr, 'i'));
    if (i !== undefined) props.i = i;
    const u = child(rPr, 'u');
    if (u) props.u = (attr(u, 'val') ?? 'single').toLowerCase() !== 'none';
    const strike = onOff(child(rPr, 'strike')) ?? onOff(child(rPr, 'dstrike'));
    if (strike !== undefined) props.strike = strike;
    const vert = attr(child(rPr, 'vertAlign'), 'val');
    if (vert !== undefined) props.vert = vert === 'superscript' ? 'sup' : vert === 'subscript' ? 'sub' : null;
    const hidden = onOff(child(rPr, 'vanish'));
    if (hidden !== undefined) props.hidden = hidden;
  }
}

function headingFromName(name: string): number | 'title' | null {
  const n = name.normalize('NFC').trim();
  if (n === 'title' || n === 'tiêu đề' || n === 'tieu de') return 'title';
  const m = /^(?:heading|tiêu đề|tieu de|đề mục|de muc)\s*([1-9])$/.exec(n);
  return m ? Number(m[1]) : null;
}

/**
 * Lists: `w:num` → `w:abstractNum` → the level's `w:numFmt` (`bullet`, `decimal`, `lowerLetter` …), with
 * level overrides honoured.
 */
export class DocxNumbering {
  private readonly nums = new Map<string, { abstractId?: string; overrides: Map<number, string> }>();
  private readonly abstracts = new Map<string, Map<number, string>>();

  constructor(xml: XmlElement | null) {
    const root = child(xml ?? undefined, 'numbering');
    for (const a of childrenNamed(root, 'abstractNum')) {
      const id = attr(a, 'abstractNumId');
      if (id !== undefined) this.abstracts.set(id, levels(a));
    }
    for (const n of childrenNamed(root, 'num')) {
      const id = attr(n, 'numId');
      if (id === undefined) continue;
      const overrides = new Map<number, string>();
      for (const o of childrenNamed(n, 'lvlOverride')) {
        const lvl = child(o, 'lvl');
        const fmt = attr(child(lvl, 'numFmt'), 'val');
        if (fmt !== undefined) overrides.set(Number(attr(o, 'ilvl') ?? 0), fmt);
      }
      this.nums.set(id, { abstractId: attr(child(n, 'abstractNumId'), 'val'), overrides });
    }
  }

  /** The number format of a list level; null when the numbering does not exist (numId 0 and unknown ids). */
  format(ref: NumberingRef): string | null {
    if (ref.numId === '0') return null;
    const num = this.nums.get(ref.numId);
    if (!num) return null;
    return num.overrides.get(ref.ilvl) ?? (num.abstractId !== undefined ? this.abstracts.get(num.abstractId)?.get(ref.ilvl) : undefined) ?? 'decimal';
  }
}

function levels(abstract: XmlElement): Map<number, string> {
  const out = new Map<number, string>();
  for (const lvl of childrenNamed(abstract, 'lvl')) out.set(Number(attr(lvl, 'ilvl') ?? 0), attr(child(lvl, 'numFmt'), 'val') ?? 'decimal');
  return out;
}

import { Parser } from 'htmlparser2';

/**
 * A small element tree of an XML part, built with htmlparser2 in XML mode. Names keep their prefix
 * (`w:p`); lookups go by local name (`p`) so a document written with other prefixes or a default
 * namespace reads the same. Text is kept as it is (entities decoded), white space included.
 */
export interface XmlElement {
  name: string;
  local: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const localOf = (name: string) => {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
};

/** Decode a part's bytes (UTF-8, or UTF-16 with a byte-order mark) to text. */
export function xmlText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

/** Thrown when a part holds more elements than the caller allows (the tree would not fit in memory). */
export class XmlTooLarge extends Error {
  constructor(readonly maxElements: number) {
    super(`more than ${maxElements} XML elements`);
  }
}

/**
 * Elements open inside one another at most. A real document stays far below (a table in a table in a table is
 * about a dozen levels); the reader walks the tree recursively, and must never meet a depth that overflows
 * the stack (`<w:customXml>` 30,000 deep).
 */
export const MAX_XML_DEPTH = 256;

/** Thrown when elements nest deeper than the caller allows. */
export class XmlTooDeep extends Error {
  constructor(readonly maxDepth: number) {
    super(`XML elements nested deeper than ${maxDepth}`);
  }
}

/**
 * Parse an XML part into its root element (a synthetic `#document` holding the top-level nodes). At most
 * `maxElements` elements are built (about 330 bytes of memory each); past that, `XmlTooLarge` is thrown.
 * Elements nested deeper than `maxDepth` throw `XmlTooDeep`.
 */
export function parseXml(input: Uint8Array | string, maxElements = Infinity, maxDepth = MAX_XML_DEPTH): XmlElement {
  const root: XmlElement = { name: '#document', local: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let count = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (++count > maxElements) throw new XmlTooLarge(maxElements);
        if (stack.length > maxDepth) throw new XmlTooDeep(maxDepth);
        const el: XmlElement = { name, local: localOf(name), attrs, children: [] };
        stack[stack.length - 1]!.children.push(el);
        stack.push(el);
      },
      ontext(text) {
        const top = stack[stack.length - 1]!;
        const last = top.children[top.children.length - 1];
        if (typeof last === 'string') top.children[top.children.length - 1] = last + text;
        else top.children.push(text);
      },
      onclosetag() {
        if (stack.length > 1) stack.pop();
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.end(typeof input === 'string' ? input : xmlText(input));
  return root;
}

export const isElement = (n: XmlNode): n is XmlElement => typeof n !== 'string';

/** The element children of `el`. */
export function elements(el: XmlElement): XmlElement[] {
  return el.children.filter(isElement);
}

/** The first child element with this local name. */
export function child(el: XmlElement | undefined, local: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.local === local) return c;
  return undefined;
}

/** The child elements with this local name. */
export function childrenNamed(el: XmlElement | undefined, local: string): XmlElement[] {
  return el ? el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.local === local) : [];
}

/** Every descendant element with this local name, in document order. */
export function descendants(el: XmlElement, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (typeof c === 'string') continue;
      if (c.local === local) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** An attribute by local name (`w:val` → `val`), the `w:` spelling first. */
export function attr(el: XmlElement | undefined, local: string): string | undefined {
  if (!el) return undefined;
  const direct = el.attrs[`w:${local}`] ?? el.attrs[local];
  if (direct !== undefined) return direct;
  for (const [k, v] of Object.entries(el.attrs)) if (localOf(k) === local) return v;
  return undefined;
}

/** A relationship id attribute (`r:id`, `r:embed`, `r:link`): only a prefixed spelling other than `w:`. */
export function relAttr(el: XmlElement | undefined, local: string): string | undefined {
  if (!el) return undefined;
  if (el.attrs[`r:${local}`] !== undefined) return el.attrs[`r:${local}`];
  for (const [k, v] of Object.entries(el.attrs)) if (k.includes(':') && !k.startsWith('w:') && localOf(k) === local) return v;
  return undefined;
}

/** The concatenated text inside an element. */
export function textOf(el: XmlElement): string {
  let out = '';
  for (const c of el.children) out += typeof c === 'string' ? c : textOf(c);
  return out;
}

/**
 * A WordprocessingML on/off property (`<w:b/>`, `<w:b w:val="0"/>`): undefined when absent, else whether
 * it is on.
 */
export function onOff(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = attr(el, 'val');
  return v === undefined || !['0', 'false', 'off', 'none'].includes(v.toLowerCase());
}

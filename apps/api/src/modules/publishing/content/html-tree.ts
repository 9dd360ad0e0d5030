import { Parser } from 'htmlparser2';

/**
 * A minimal element tree over htmlparser2 (the parser sanitize-html itself uses), for the diff and
 * the text extraction. Not a general DOM: comments, CDATA and processing instructions are dropped.
 */
export type HtmlNode = HtmlText | HtmlElement;
export interface HtmlText {
  kind: 'text';
  text: string;
}
export interface HtmlElement {
  kind: 'element';
  name: string;
  attrs: [string, string][];
  children: HtmlNode[];
}

export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Parse an HTML fragment (entities decoded, names lower-cased) into a tree. */
export function parseHtmlFragment(html: string): HtmlNode[] {
  const root: HtmlElement = { kind: 'element', name: '#root', attrs: [], children: [] };
  const stack: HtmlElement[] = [root];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const el: HtmlElement = { kind: 'element', name, attrs: Object.entries(attribs), children: [] };
        stack[stack.length - 1].children.push(el);
        stack.push(el);
      },
      ontext(text) {
        const parent = stack[stack.length - 1];
        const last = parent.children[parent.children.length - 1];
        if (last?.kind === 'text') last.text += text;
        else parent.children.push({ kind: 'text', text });
      },
      onclosetag(name) {
        // htmlparser2 reports implied and explicit closes; pop to the matching element if it is open.
        for (let i = stack.length - 1; i > 0; i--) {
          if (stack[i].name === name) {
            stack.length = i;
            return;
          }
        }
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true, recognizeSelfClosing: false },
  );
  parser.write(html);
  parser.end();
  return root.children;
}

/**
 * Escape text for HTML. U+0338 is written as a reference: after a `>` it would compose to `≯` under
 * NFC and swallow the end of a tag.
 */
export function escapeHtmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u0338/g, '&#x338;');
}

export function escapeHtmlAttribute(value: string): string {
  return escapeHtmlText(value).replace(/"/g, '&quot;');
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/** `<name a="v">` (or `<name a="v" />` for a void element); attribute names outside [a-z0-9-] are dropped. */
export function openTag(el: HtmlElement, extra: [string, string][] = []): string {
  let out = `<${el.name}`;
  for (const [name, value] of [...el.attrs, ...extra]) {
    if (ATTRIBUTE_NAME.test(name)) out += ` ${name}="${escapeHtmlAttribute(value)}"`;
  }
  return out + (VOID_ELEMENTS.has(el.name) ? ' />' : '>');
}

export function closeTag(el: HtmlElement): string {
  return VOID_ELEMENTS.has(el.name) ? '' : `</${el.name}>`;
}

export function serializeHtml(nodes: HtmlNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += escapeHtmlText(node.text);
    else out += openTag(node) + serializeHtml(node.children) + closeTag(node);
  }
  return out;
}

/** Elements whose boundaries are line breaks in the extracted text. */
const TEXT_BLOCKS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Elements whose content a reader never sees as text. */
const HIDDEN: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'iframe', 'object', 'svg', 'math']);

/**
 * The text a reader sees, NFC: tags stripped, entities decoded, one line per block (paragraph,
 * heading, list item, table cell, `<br>`), spaces and tabs collapsed inside a line, blank lines
 * removed. An image's alt text counts as a line of its own.
 */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  const walk = (nodes: HtmlNode[]) => {
    for (const node of nodes) {
      if (node.kind === 'text') {
        parts.push(node.text);
        continue;
      }
      if (HIDDEN.has(node.name)) continue;
      const block = TEXT_BLOCKS.has(node.name);
      if (block) parts.push('\n');
      if (node.name === 'img') {
        const alt = node.attrs.find(([k]) => k === 'alt')?.[1];
        if (alt) parts.push('\n', alt, '\n');
      }
      walk(node.children);
      if (block) parts.push('\n');
    }
  };
  walk(parseHtmlFragment(html));
  return parts
    .join('')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

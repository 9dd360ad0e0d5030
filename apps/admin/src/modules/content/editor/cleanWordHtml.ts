import { isMediaSrc } from './mediaImage';

/**
 * Cleaning HTML pasted into the editor, above all from Microsoft Word, which puts its own world on the
 * clipboard: conditional comments and VML, `<o:p>`, `mso-*` styles and `Mso*` classes, `<font>`, spans
 * for every run, and lists written as paragraphs (`MsoListParagraph`, `mso-list:l0 level1`) with the
 * bullet or number as text in a `mso-list:Ignore` span. What is kept: headings, paragraphs, bold,
 * italic, underline, strike, sub/superscript, real lists (Word's list paragraphs become `ul`/`ol`,
 * nested by level), tables, links. Images that are not the site's own (`file:///…` from Word, any
 * http image) are dropped: they would not survive the server anyway, and the person is told.
 */

export interface CleanedPaste {
  html: string;
  /** How many images were left out (Word's local pictures, images of other sites). */
  droppedImages: number;
}

/** Does this clipboard HTML come from Word (or another Office program)? */
export function isWordHtml(html: string): boolean {
  return /urn:schemas-microsoft-com:office|class=["']?Mso|mso-[a-z-]+\s*:|<o:p\b/i.test(html);
}

/** Word's HTML cleaned (see the module comment); images that are not the site's own are removed. */
export function cleanWordHtml(html: string): string {
  return cleanPastedHtml(html, true).html;
}

/** Any pasted HTML: Word's cleaned when it is Word's; foreign images dropped and counted in any case. */
export function cleanPastedHtml(html: string, word = isWordHtml(html)): CleanedPaste {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const body = doc.body;
  const droppedImages = dropForeignImages(body);
  if (word) cleanWordTree(body);
  return { html: body.innerHTML.trim(), droppedImages };
}

function dropForeignImages(root: HTMLElement): number {
  let count = 0;
  for (const img of Array.from(root.querySelectorAll('img'))) {
    if (isMediaSrc(img.getAttribute('src'))) continue;
    count++;
    img.remove();
  }
  return count;
}

/** Attributes that survive, per element; every other attribute (class, style, lang, width…) goes. */
const KEEP_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href', 'target'],
  img: ['src', 'alt', 'width', 'height'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
};
/** Removed with their content. */
const DROP = new Set(['style', 'script', 'meta', 'link', 'title', 'xml', 'head', 'object', 'iframe']);
/** Replaced by their content. */
const UNWRAP = new Set(['font', 'span', 'div', 'section', 'article', 'center', 'ins']);
const LIST_STYLE = /mso-list\s*:\s*(l\d+)\s+level(\d+)/i;
const BLANK = /^[\s\u00a0\u200b]*$/;

function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}

function removeComments(root: Node): void {
  const doc = root.ownerDocument ?? document;
  const walker = doc.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.parentNode?.removeChild(c);
}

/** Inline formatting Word (or a web page) writes as a style on a span. */
function styleMarks(style: string): string[] {
  const has = (re: RegExp) => re.test(style);
  const marks: string[] = [];
  if (has(/(^|;)\s*font-weight\s*:\s*(bold|bolder|[6-9]00)/i)) marks.push('strong');
  if (has(/(^|;)\s*font-style\s*:\s*italic/i)) marks.push('em');
  if (has(/(^|;)\s*text-decoration(-line)?\s*:[^;]*underline/i)) marks.push('u');
  if (has(/(^|;)\s*text-decoration(-line)?\s*:[^;]*line-through/i)) marks.push('s');
  if (has(/(^|;)\s*vertical-align\s*:\s*sub/i)) marks.push('sub');
  if (has(/(^|;)\s*vertical-align\s*:\s*super/i)) marks.push('sup');
  return marks;
}

interface ListItemInfo {
  el: Element;
  level: number;
  ordered: boolean;
}

/** `1.`, `a)`, `iv.`, `(2)`: a number; `·`, `o`, `§`, `-`: a bullet. */
const ORDERED_GLYPH = /^\(?([0-9]+|[a-z]|[ivxlcdm]+)[.)]/i;
const LEADING_BULLET = /^[\s\u00a0]*[·•▪◦o§\-–][\s\u00a0]+/;

function listInfo(el: Element): ListItemInfo | null {
  const match = LIST_STYLE.exec(el.getAttribute('style') ?? '');
  if (!match) return null;
  let glyph = '';
  for (const ignore of Array.from(el.querySelectorAll('span'))) {
    if (!/mso-list\s*:\s*ignore/i.test(ignore.getAttribute('style') ?? '')) continue;
    glyph += ignore.textContent ?? '';
    ignore.remove();
  }
  glyph = glyph.replace(/[\s\u00a0]+/g, '');
  if (!glyph) {
    // No Ignore span (other Office versions): the glyph is the first text of the paragraph.
    const first = el.firstChild;
    if (first?.nodeType === 3) {
      const text = first.textContent ?? '';
      const number = /^[\s\u00a0]*(\(?([0-9]+|[a-z]|[ivxlcdm]+)[.)])[\s\u00a0]+/i.exec(text);
      const bullet = LEADING_BULLET.exec(text);
      if (number) {
        glyph = number[1]!;
        first.textContent = text.slice(number[0].length);
      } else if (bullet) {
        glyph = '·';
        first.textContent = text.slice(bullet[0].length);
      }
    }
  }
  return { el, level: Number(match[2]), ordered: ORDERED_GLYPH.test(glyph) };
}

/** Consecutive list paragraphs become one list, nested by their level. */
function buildLists(items: ListItemInfo[]): void {
  const doc = items[0]!.el.ownerDocument;
  const roots: Element[] = [];
  const stack: { level: number; list: Element }[] = [];
  for (const item of items) {
    while (stack.length && stack[stack.length - 1]!.level > item.level) stack.pop();
    const top = stack[stack.length - 1];
    let list: Element;
    if (!top) {
      list = doc.createElement(item.ordered ? 'ol' : 'ul');
      roots.push(list);
      stack.push({ level: item.level, list });
    } else if (top.level < item.level) {
      list = doc.createElement(item.ordered ? 'ol' : 'ul');
      let parentItem = top.list.lastElementChild;
      if (!parentItem) {
        parentItem = doc.createElement('li');
        top.list.append(parentItem);
      }
      parentItem.append(list);
      stack.push({ level: item.level, list });
    } else {
      list = top.list;
    }
    const li = doc.createElement('li');
    li.append(...Array.from(item.el.childNodes));
    list.append(li);
  }
  items[0]!.el.before(...roots);
  for (const item of items) item.el.remove();
}

function convertLists(root: HTMLElement): void {
  const done = new Set<Element>();
  for (const el of Array.from(root.querySelectorAll('p, h1, h2, h3, h4, h5, h6'))) {
    if (done.has(el) || !LIST_STYLE.test(el.getAttribute('style') ?? '')) continue;
    const run: ListItemInfo[] = [];
    let node: Node | null = el;
    while (node) {
      if (node.nodeType === 3 && BLANK.test(node.textContent ?? '')) {
        node = node.nextSibling;
        continue;
      }
      if (node.nodeType !== 1) break;
      const info = listInfo(node as Element);
      if (!info) break;
      run.push(info);
      done.add(node as Element);
      node = node.nextSibling;
    }
    if (run.length) buildLists(run);
  }
}

function cleanWordTree(root: HTMLElement): void {
  removeComments(root);
  // Namespaced Office elements: VML pictures and Word's own markup go; smart tags keep their words.
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!el.isConnected) continue;
    const tag = el.tagName.toLowerCase();
    if (DROP.has(tag) || /^(v|w|m|o):(?!p$)/.test(tag)) el.remove();
    else if (tag === 'o:p') {
      if (BLANK.test(el.textContent ?? '')) el.remove();
      else unwrap(el);
    } else if (tag.includes(':')) unwrap(el);
  }
  // Word's "Title" style is the document's heading.
  for (const p of Array.from(root.querySelectorAll('p'))) {
    if (/\bMsoTitle\b/.test(p.getAttribute('class') ?? '')) {
      const h = root.ownerDocument.createElement('h2');
      h.append(...Array.from(p.childNodes));
      p.replaceWith(h);
    }
  }
  convertLists(root);
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    const style = el.getAttribute('style') ?? '';
    if (tag === 'span' || tag === 'font') {
      // Formatting written as a style becomes the element the editor knows.
      let inner: Element | null = null;
      let outer: Element | null = null;
      for (const mark of styleMarks(style)) {
        const m = root.ownerDocument.createElement(mark);
        if (inner) inner.append(m);
        else outer = m;
        inner = m;
      }
      if (outer && inner) {
        inner.append(...Array.from(el.childNodes));
        el.replaceWith(outer);
        continue;
      }
    }
    if ((tag === 'b' || tag === 'strong') && /(^|;)\s*font-weight\s*:\s*(normal|[1-4]00)/i.test(style)) {
      unwrap(el);
      continue;
    }
    if (UNWRAP.has(tag) || (tag === 'a' && !el.hasAttribute('href'))) {
      unwrap(el);
      continue;
    }
    const keep = KEEP_ATTRIBUTES[tag] ?? [];
    for (const name of el.getAttributeNames()) if (!keep.includes(name)) el.removeAttribute(name);
  }
  // Word's empty lines (`<p><o:p>&nbsp;</o:p></p>`) carry nothing.
  for (const p of Array.from(root.querySelectorAll('p'))) {
    if (BLANK.test(p.textContent ?? '') && !p.querySelector('img, br')) p.remove();
  }
}

import { DOMSerializer, type Fragment, type Node as PmNode, type Schema } from '@tiptap/pm/model';

/**
 * The HTML of a document written the way the server's sanitiser (sanitize-html) writes it, so that what
 * the editor saves is exactly what the server keeps:
 * - void elements close with ` />` (`<br />`, `<hr />`, `<img … />`);
 * - text escapes `&`, `<`, `>` only (a no-break space stays a character); attribute values escape
 *   `&`, `<`, `>`, `"`;
 * - attributes in the sanitiser's order (`href rel target`, `src alt width height`, `colspan rowspan`);
 * - Unicode NFC (Vietnamese typed on some systems arrives decomposed).
 */
const VOID = new Set(['br', 'hr', 'img']);
const ATTRIBUTE_ORDER: Record<string, readonly string[]> = {
  a: ['href', 'rel', 'target'],
  img: ['src', 'alt', 'width', 'height'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
};

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');

function serializeElement(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const order = ATTRIBUTE_ORDER[tag] ?? [];
  const names = el.getAttributeNames().sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return (ia < 0 ? order.length : ia) - (ib < 0 ? order.length : ib);
  });
  const attrs = names.map((name) => ` ${name}="${escapeAttribute(el.getAttribute(name) ?? '')}"`).join('');
  if (VOID.has(tag)) return `<${tag}${attrs} />`;
  return `<${tag}${attrs}>${serializeChildren(el)}</${tag}>`;
}

function serializeChildren(parent: ParentNode): string {
  let out = '';
  for (const child of Array.from(parent.childNodes)) {
    if (child.nodeType === 1) out += serializeElement(child as Element);
    else if (child.nodeType === 3) out += escapeText(child.textContent ?? '');
  }
  return out;
}

/** A ProseMirror fragment as sanitiser-shaped HTML. */
export function fragmentHtml(fragment: Fragment, schema: Schema): string {
  const doc = document.implementation.createHTMLDocument('');
  const container = doc.createElement('div');
  container.appendChild(DOMSerializer.fromSchema(schema).serializeFragment(fragment, { document: doc }));
  return serializeChildren(container).normalize('NFC');
}

/** Nothing a reader would see: no text, no image. Such a document is saved as "". */
export function isBlankDoc(doc: PmNode): boolean {
  if (doc.textContent.trim() !== '') return false;
  let image = false;
  doc.descendants((node) => {
    if (node.type.name === 'figure') image = true;
    return !image;
  });
  return !image;
}

/**
 * The HTML to save for a document: sanitiser-shaped, or "" when it is blank. Empty paragraphs at the end
 * are left out (the editor keeps one after a final image or table so the caret can go there).
 */
export function documentHtml(doc: PmNode): string {
  return isBlankDoc(doc) ? '' : fragmentHtml(doc.content, doc.type.schema).replace(/(<p><\/p>)+$/, '');
}

import type { Block, Inline, Paragraph, Table, TableCell } from './model';

/** The public URL of an image part once it is in the media library, or null to leave it out. */
export type ImageSource = (part: string) => string | null;

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function wrap(html: string, i: Extract<Inline, { kind: 'text' }>): string {
  let out = html;
  if (i.fmt.vert) out = `<${i.fmt.vert}>${out}</${i.fmt.vert}>`;
  if (i.fmt.s) out = `<s>${out}</s>`;
  if (i.fmt.u) out = `<u>${out}</u>`;
  if (i.fmt.i) out = `<em>${out}</em>`;
  if (i.fmt.b) out = `<strong>${out}</strong>`;
  return out;
}

function renderInline(i: Inline, images: ImageSource, plain: boolean): string {
  switch (i.kind) {
    case 'br':
      return '<br>';
    case 'image': {
      const src = images(i.part);
      return src ? `<img src="${escapeHtml(src)}" alt="${escapeHtml(i.alt ?? '')}">` : '';
    }
    case 'text': {
      const text = escapeHtml(i.text);
      return plain || !i.text.trim() ? text : wrap(text, i);
    }
  }
}

/** A paragraph's content: runs with their formatting, consecutive runs of one link inside one `<a>`. */
export function renderInlines(inlines: Inline[], images: ImageSource, plain = false): string {
  // Line breaks at either end mean nothing in HTML.
  let from = 0;
  let to = inlines.length;
  while (from < to && inlines[from]!.kind === 'br') from++;
  while (to > from && inlines[to - 1]!.kind === 'br') to--;
  let out = '';
  for (let k = from; k < to;) {
    const href = inlines[k]!.href;
    let html = '';
    while (k < to && inlines[k]!.href === href) html += renderInline(inlines[k++]!, images, plain);
    out += href && html ? `<a href="${escapeHtml(href)}">${html}</a>` : html;
  }
  return out.trim();
}

const headingTag = (level: number | 'title') => (level === 'title' || level <= 1 ? 'h2' : level === 2 ? 'h3' : 'h4');

function hasContent(p: Paragraph, images: ImageSource): boolean {
  return p.inlines.some((i) => (i.kind === 'text' ? i.text.trim() !== '' : i.kind === 'image' ? images(i.part) !== null : false));
}

function renderCell(cell: TableCell, tag: 'td' | 'th', images: ImageSource): string {
  const attrs = `${cell.colspan > 1 ? ` colspan="${cell.colspan}"` : ''}${cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : ''}`;
  const only = cell.blocks.filter((b) => b.kind !== 'p' || hasContent(b, images));
  const single = only.length === 1 && only[0]!.kind === 'p' && only[0]!.heading === 0 && !only[0]!.list ? only[0] : null;
  const inner = single ? renderInlines(single.inlines, images) : renderBlocks(cell.blocks, images);
  return `<${tag}${attrs}>${inner}</${tag}>`;
}

function renderTable(t: Table, images: ImageSource): string {
  const rows = t.rows.filter((r) => r.cells.length);
  if (!rows.length) return '';
  let head = 0;
  while (head < rows.length && rows[head]!.header) head++;
  const tr = (r: (typeof rows)[number], tag: 'td' | 'th') => `<tr>${r.cells.map((c) => renderCell(c, tag, images)).join('')}</tr>`;
  const thead = head
    ? `<thead>${rows
        .slice(0, head)
        .map((r) => tr(r, 'th'))
        .join('')}</thead>`
    : '';
  return `<table>${thead}<tbody>${rows
    .slice(head)
    .map((r) => tr(r, 'td'))
    .join('')}</tbody></table>`;
}

/**
 * Blocks → article HTML: h2–h4 for headings, p, nested ul/ol for lists, tables (header rows in thead,
 * merged cells as colspan/rowspan). Empty paragraphs are dropped. The output is sanitised afterwards.
 */
export function renderBlocks(blocks: readonly Block[], images: ImageSource, skip?: Block): string {
  let out = '';
  const open: { tag: 'ul' | 'ol'; level: number }[] = [];
  const closeTo = (level: number) => {
    while (open.length && open[open.length - 1]!.level > level) out += `</li></${open.pop()!.tag}>`;
  };
  for (const b of blocks) {
    if (b === skip) continue;
    if (b.kind === 'p' && b.list && hasContent(b, images)) {
      const tag = b.list.ordered ? 'ol' : 'ul';
      closeTo(b.list.level);
      const top = open[open.length - 1];
      if (top && top.level === b.list.level && top.tag === tag) out += '</li>';
      else {
        if (top && top.level === b.list.level) out += `</li></${open.pop()!.tag}>`;
        out += `<${tag}>`;
        open.push({ tag, level: b.list.level });
      }
      out += `<li>${renderInlines(b.inlines, images)}`;
      continue;
    }
    if (b.kind === 'p' && !hasContent(b, images)) continue;
    closeTo(-1);
    if (b.kind === 'table') out += renderTable(b, images);
    else if (b.heading !== 0) {
      const tag = headingTag(b.heading);
      out += `<${tag}>${renderInlines(b.inlines, images, true)}</${tag}>`;
    } else out += `<p>${renderInlines(b.inlines, images)}</p>`;
  }
  closeTo(-1);
  return out;
}

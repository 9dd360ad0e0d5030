import { diffArrays } from 'diff';
import { closeTag, escapeHtmlText, type HtmlElement, type HtmlNode, openTag, parseHtmlFragment, serializeHtml, VOID_ELEMENTS } from './html-tree';
import { sanitizeArticleHtml, type SanitizeArticleHtmlOptions } from './sanitize-html';

/**
 * Readable diffs for the revision compare view.
 *
 * `diffHtml` compares two article bodies block by block (paragraphs, headings, list items, table
 * rows and cells…) and word by word inside a block. Deleted words are wrapped in `<del>`, inserted
 * ones in `<ins>`; a block that exists on one side only carries `data-diff="delete"` or
 * `data-diff="insert"` so the view can colour it whole. The result follows the structure of the
 * newer body; markup that exists only in the older one is not reproduced (its text is, as `<del>`).
 *
 * Safety: both bodies go through `sanitizeArticleHtml` first, then are parsed and written back by
 * our own serialiser (text and attribute values escaped), so nothing of the input reaches the output
 * except as sanitised structure or escaped text; the only markup we add is `<ins>`, `<del>` and
 * `data-diff` with fixed values.
 */

export interface TextDiffSegment {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/**
 * Numbers with their inner separators ("1.200", "2,1", "12/3"), words (letters, combining marks,
 * digits), runs of whitespace, and single other characters.
 */
const TOKEN = /\p{N}+(?:[.,/:]\p{N}+)*(?![\p{L}\p{M}_])|[\p{L}\p{M}\p{N}_]+|\s+|[^\p{L}\p{M}\p{N}_\s]/gu;
const WORDISH = /[\p{L}\p{N}]/u;

function words(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Give up on a fine diff after this long and show "all deleted, all inserted" instead. */
const DIFF_TIMEOUT_MS = 1500;

/** Word-level diff of two plain-text fields (title, summary). Adjacent pieces of one kind are merged. */
export function diffText(before: string, after: string): TextDiffSegment[] {
  const a = words(before.normalize('NFC'));
  const b = words(after.normalize('NFC'));
  const changes = diffArrays(a, b, { timeout: DIFF_TIMEOUT_MS });
  const segments: TextDiffSegment[] = [];
  const push = (op: TextDiffSegment['op'], text: string) => {
    if (text === '') return;
    const last = segments[segments.length - 1];
    if (last?.op === op) last.text += text;
    else segments.push({ op, text });
  };
  if (!changes) {
    push('delete', a.join(''));
    push('insert', b.join(''));
    return segments;
  }
  for (const change of changes) {
    push(change.added ? 'insert' : change.removed ? 'delete' : 'equal', change.value.join(''));
  }
  return segments;
}

// ---------------------------------------------------------------------------------------------
// HTML

/** Elements laid out as blocks: a parent holding one of them is diffed child by child. */
const BLOCKS: ReadonlySet<string> = new Set([
  'p',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'figure',
  'figcaption',
  'blockquote',
  'hr',
]);

/** Containers and cells are always compared with their counterpart (a table keeps its shape). */
const ALWAYS_PAIR: ReadonlySet<string> = new Set(['table', 'thead', 'tbody', 'ul', 'ol', 'td', 'th', 'figure', '#inline']);

/**
 * Two blocks of the same kind are shown as one edited block when they share this share of all their
 * words (Dice), or this share of the shorter one's words (a sentence added to a paragraph).
 */
const SIMILAR = 0.4;
const CONTAINED = 0.6;

type Mark = 'del' | 'ins';
const DATA_DIFF: Record<Mark, string> = { del: 'delete', ins: 'insert' };

/** A block, or a run of inline content (text and inline elements) between blocks. */
type Unit = { kind: 'block'; el: HtmlElement; key: string } | { kind: 'inline'; nodes: HtmlNode[]; key: string };

function unitName(unit: Unit): string {
  return unit.kind === 'block' ? unit.el.name : '#inline';
}

function isBlocky(nodes: HtmlNode[]): boolean {
  return nodes.some((n) => n.kind === 'element' && BLOCKS.has(n.name));
}

function toUnits(nodes: HtmlNode[]): Unit[] {
  const units: Unit[] = [];
  let run: HtmlNode[] = [];
  const flush = () => {
    if (run.some((n) => n.kind === 'element' || n.text.trim() !== '')) {
      units.push({ kind: 'inline', nodes: run, key: serializeHtml(run).replace(/\s+/g, ' ').trim() });
    }
    run = [];
  };
  for (const node of nodes) {
    if (node.kind === 'element' && BLOCKS.has(node.name)) {
      flush();
      units.push({ kind: 'block', el: node, key: serializeHtml([node]).replace(/\s+/g, ' ') });
    } else {
      run.push(node);
    }
  }
  flush();
  return units;
}

/** Everything in `nodes`, marked whole as deleted or inserted. */
function renderMarked(nodes: HtmlNode[], mark: Mark, isUnitRoot: boolean): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') {
      const text = node.text.replace(/\s+/g, ' ');
      out += text.trim() === '' ? text : `<${mark}>${escapeHtmlText(text)}</${mark}>`;
    } else if (node.name === 'img') {
      out += `<${mark}>${openTag(node)}</${mark}>`;
    } else {
      const extra: [string, string][] = isUnitRoot && BLOCKS.has(node.name) ? [['data-diff', DATA_DIFF[mark]]] : [];
      out += openTag(node, extra) + renderMarked(node.children, mark, false) + closeTag(node);
    }
  }
  return out;
}

type Token =
  | { t: 'text'; v: string; key: string }
  | { t: 'open'; el: HtmlElement; key: string }
  | { t: 'close'; el: HtmlElement; key: string }
  | { t: 'void'; el: HtmlElement; key: string };

function tokenize(nodes: HtmlNode[], out: Token[] = []): Token[] {
  for (const node of nodes) {
    if (node.kind === 'text') {
      for (const w of words(node.text)) {
        const v = /^\s+$/.test(w) ? ' ' : w;
        out.push({ t: 'text', v, key: v });
      }
    } else if (VOID_ELEMENTS.has(node.name)) {
      out.push({ t: 'void', el: node, key: openTag(node) });
    } else {
      out.push({ t: 'open', el: node, key: openTag(node) });
      tokenize(node.children, out);
      out.push({ t: 'close', el: node, key: closeTag(node) });
    }
  }
  return out;
}

/**
 * Word diff inside a block. The tags written are those of the newer side (equal or inserted), so
 * the output nests exactly as the newer body does; tags found only in the older body are dropped,
 * their text kept inside `<del>`.
 */
function diffInline(before: HtmlNode[], after: HtmlNode[]): string {
  const a = tokenize(before);
  const b = tokenize(after);
  const changes = diffArrays(a, b, { comparator: (x, y) => x.key === y.key, timeout: DIFF_TIMEOUT_MS });
  if (!changes) return renderMarked(before, 'del', false) + renderMarked(after, 'ins', false);

  let out = '';
  let open: Mark | null = null;
  let pending = ''; // whitespace waiting to see whether the marked run goes on
  const close = () => {
    if (open) out += `</${open}>`;
    open = null;
  };
  const text = (mark: Mark | null, v: string) => {
    if (v === ' ' && mark !== null) {
      pending += v;
      return;
    }
    if (mark !== open) {
      close();
      out += pending;
      pending = '';
      if (mark) {
        out += `<${mark}>`;
        open = mark;
      }
    } else {
      out += pending;
      pending = '';
    }
    out += escapeHtmlText(v);
  };
  const flushPending = () => {
    close();
    out += pending;
    pending = '';
  };

  for (const change of changes) {
    const mark: Mark | null = change.added ? 'ins' : change.removed ? 'del' : null;
    for (const token of change.value) {
      if (token.t === 'text') {
        text(mark, token.v);
        continue;
      }
      if (mark === 'del') {
        // Older-only markup is not reproduced, except an image, shown as deleted.
        if (token.t === 'void' && token.el.name === 'img') {
          flushPending();
          out += `<del>${token.key}</del>`;
        }
        continue;
      }
      flushPending();
      if (mark === 'ins' && token.t === 'void' && token.el.name === 'img') out += `<ins>${token.key}</ins>`;
      else out += token.key;
    }
  }
  flushPending();
  return out;
}

function resembles(a: Unit, b: Unit): boolean {
  const wa = words(textOf(a)).filter((w) => WORDISH.test(w));
  const wb = words(textOf(b)).filter((w) => WORDISH.test(w));
  if (wa.length === 0 || wb.length === 0) return wa.length === wb.length;
  const changes = diffArrays(wa, wb, { timeout: DIFF_TIMEOUT_MS });
  if (!changes) return false;
  const common = changes.filter((c) => !c.added && !c.removed).reduce((n, c) => n + c.value.length, 0);
  return (2 * common) / (wa.length + wb.length) >= SIMILAR || common / Math.min(wa.length, wb.length) >= CONTAINED;
}

function textOf(unit: Unit): string {
  const collect = (nodes: HtmlNode[]): string => nodes.map((n) => (n.kind === 'text' ? n.text : ` ${collect(n.children)} `)).join('');
  return collect(unit.kind === 'block' ? [unit.el] : unit.nodes);
}

function renderUnit(unit: Unit, mark: Mark | null): string {
  const nodes = unit.kind === 'block' ? [unit.el] : unit.nodes;
  return mark ? renderMarked(nodes, mark, true) : serializeHtml(nodes);
}

/** One older and one newer unit of the same kind, shown as one edited unit. */
function diffPair(a: Unit, b: Unit): string {
  if (a.kind === 'inline' || b.kind === 'inline') {
    return diffInline(a.kind === 'inline' ? a.nodes : [a.el], b.kind === 'inline' ? b.nodes : [b.el]);
  }
  if (b.el.name === 'hr') return serializeHtml([b.el]);
  return openTag(b.el) + diffChildren(a.el.children, b.el.children) + closeTag(b.el);
}

/** A run of removed units followed by a run of added ones: pair those of the same kind that resemble. */
function diffRegion(removed: Unit[], added: Unit[]): string {
  let out = '';
  const aligned = diffArrays(removed.map(unitName), added.map(unitName));
  let i = 0;
  let j = 0;
  for (const change of aligned) {
    for (let k = 0; k < change.count; k++) {
      if (change.removed) out += renderUnit(removed[i++], 'del');
      else if (change.added) out += renderUnit(added[j++], 'ins');
      else {
        const a = removed[i++];
        const b = added[j++];
        if (ALWAYS_PAIR.has(unitName(b)) || resembles(a, b)) out += diffPair(a, b);
        else out += renderUnit(a, 'del') + renderUnit(b, 'ins');
      }
    }
  }
  return out;
}

function diffChildren(before: HtmlNode[], after: HtmlNode[]): string {
  if (!isBlocky(before) && !isBlocky(after)) return diffInline(before, after);
  const a = toUnits(before);
  const b = toUnits(after);
  const changes = diffArrays(a, b, { comparator: (x, y) => x.key === y.key, timeout: DIFF_TIMEOUT_MS });
  if (!changes) return a.map((u) => renderUnit(u, 'del')).join('') + b.map((u) => renderUnit(u, 'ins')).join('');

  let out = '';
  let removed: Unit[] = [];
  let added: Unit[] = [];
  const flush = () => {
    out += diffRegion(removed, added);
    removed = [];
    added = [];
  };
  for (const change of changes) {
    if (change.removed) removed.push(...change.value);
    else if (change.added) added.push(...change.value);
    else {
      flush();
      out += change.value.map((u) => renderUnit(u, null)).join('');
    }
  }
  flush();
  return out;
}

/**
 * Readable HTML diff of two article bodies (see the note at the top of this file). Both are sanitised
 * with `opts` first, so the output is safe to insert in the compare view as HTML.
 */
export function diffHtml(before: string, after: string, opts: SanitizeArticleHtmlOptions = {}): string {
  const a = parseHtmlFragment(sanitizeArticleHtml(before, opts));
  const b = parseHtmlFragment(sanitizeArticleHtml(after, opts));
  return diffChildren(a, b);
}

import { escapeHtmlText } from '../publishing/content/html-tree';
import { foldWord } from './search-text';

/** The longest snippet, in characters of text (before escaping and marks). */
export const SNIPPET_LENGTH = 220;

/** How much text comes before the hits shown. */
const LEAD = 60;

/** Only this much of a long text is looked at for hits (a snippet shows the first place that has the most). */
const SCANNED = 50_000;

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Between two hits, what may stay inside one `<mark>` (a space, a hyphen, a slash: `12/QĐ-UBND`). */
const JOINER = /^[ \-/.]{1,2}$/;

/**
 * For each plain letter, a character class of every letter that folds to it (`d` → `[dDđĐ]`, `a` → `[aAàÀáÁ…]`):
 * hits are then found in the text as it is, by the regular-expression engine, without folding it first.
 */
const VARIANTS: ReadonlyMap<string, string> = (() => {
  const groups = new Map<string, Set<string>>();
  const ranges: [number, number][] = [
    [0x41, 0x5a],
    [0x61, 0x7a],
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ];
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code++) {
      const c = String.fromCharCode(code);
      const base = foldWord(c);
      if (!/^[a-z]$/.test(base)) continue;
      if (!groups.has(base)) groups.set(base, new Set());
      groups.get(base)!.add(c);
    }
  }
  return new Map([...groups].map(([base, chars]) => [base, `[${[...chars].join('')}]`]));
})();

/** A folded word as a pattern matching it with any case and marks. */
const wordPattern = (word: string) => [...word].map((c) => VARIANTS.get(c) ?? c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('');

/** A run of hits: words of the query next to each other, joined by a space or punctuation. */
interface Run {
  start: number;
  end: number;
  words: number;
}

/** The runs of hits in `text`: whole words whose folded form is one of `words`, in order. */
function findRuns(text: string, words: ReadonlySet<string>): Run[] {
  if (words.size === 0) return [];
  const alternatives = [...words].sort((a, b) => b.length - a.length).map(wordPattern);
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
  const runs: Run[] = [];
  for (const m of text.matchAll(pattern)) {
    const last = runs[runs.length - 1];
    if (last && JOINER.test(text.slice(last.end, m.index))) {
      last.end = m.index + m[0].length;
      last.words++;
    } else runs.push({ start: m.index, end: m.index + m[0].length, words: 1 });
    if (runs.length >= 500) break;
  }
  return runs;
}

/**
 * An excerpt of `text` as HTML: white space collapsed; around the first place where the most words of the
 * query stand together (else from the start); cut at word boundaries, with `…` where text was left out;
 * everything escaped, and the hits — runs of them joined by a space or punctuation — wrapped in `<mark>`.
 * `words` are folded (`quyet`), so hits are found with or without marks.
 */
export function snippet(text: string, words: ReadonlySet<string>, maxLength = SNIPPET_LENGTH): string {
  const flat = text.slice(0, SCANNED).replace(/\s+/g, ' ').trim();
  if (!flat) return '';
  const runs = findRuns(flat, words);
  const best = runs.reduce<Run | undefined>((b, r) => (!b || r.words > b.words ? r : b), undefined);
  const isWord = (i: number) => i >= 0 && i < flat.length && WORD_CHAR.test(flat[i]!);
  let start = 0;
  if (best && best.end > maxLength - 20) {
    // Begin at the start of a word a little before the hits.
    start = Math.max(0, best.start - LEAD);
    while (start < best.start && !(isWord(start) && !isWord(start - 1))) start++;
  }
  let end = Math.min(flat.length, start + maxLength);
  if (end < flat.length) {
    // End after a whole word, and never inside the hits chosen.
    let cut = end;
    while (cut > start && isWord(cut) && isWord(cut - 1)) cut--;
    end = Math.max(cut > start ? cut : end, best && best.start >= start ? best.end : 0);
  }
  let out = start > 0 ? '… ' : '';
  let at = start;
  for (const r of runs) {
    if (r.start < start || r.end > end) continue;
    out += `${escapeHtmlText(flat.slice(at, r.start))}<mark>${escapeHtmlText(flat.slice(r.start, r.end))}</mark>`;
    at = r.end;
  }
  out += escapeHtmlText(flat.slice(at, end).trimEnd());
  if (end < flat.length) out += ' …';
  return out;
}

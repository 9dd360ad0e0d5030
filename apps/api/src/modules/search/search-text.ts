import { foldVietnamese } from '@congxa/shared/text';

/**
 * How search sees text, on both sides (documents and queries), in one place so the two can never disagree —
 * nor can PostgreSQL and PGlite: no text-search parser, dictionary or locale is involved, the database
 * receives the lexemes ready-made (`array_to_tsvector`) and the queries as tsquery literals.
 *
 * - A **word** is a run of letters, marks and digits, NFC and lower case; everything else separates words
 *   (`12/QĐ-UBND` is the words `12 qđ ubnd`).
 * - Its **folded** form has no tone or vowel marks and `đ` → `d` (`foldVietnamese`, the twin of SQL
 *   `congxa_fold`): the folded words are what the `simple` configuration would index over folded text.
 * - A document's lexemes (`documentLexemes`):
 *   - every folded word (`quyet`) and the folded **syllable bigram** of every two adjacent words on a line
 *     (`quyet_dinh`): Vietnamese words are several syllables, and a phrase becomes a conjunction of bigrams
 *     that the GIN index answers alone, without reading positions (see docs/search.md);
 *   - the **exact** form of every word with marks (`quyết`), and the exact bigram of two adjacent words that
 *     both carry marks (`chứng_cứ`), so what matches the user's own diacritics can rank first — `chứng cứ`
 *     and `chung cư` share their folded bigram, not their exact one;
 *   - the folded words and bigrams of the title again, prefixed `t:`, so "in the title" is a lexeme too;
 *   - the month of first publication (`m:202612`), so "among the most recent" is a disjunction of a few
 *     lexemes and the GIN index can skip through the long posting lists of common syllables.
 */

/** Characters that separate words (not a letter, combining mark or digit). */
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/u;

/** Longer "words" are noise (base64, long numbers) and are not indexed. */
export const MAX_WORD_LENGTH = 60;

/** At most this many words of one document are indexed (a 500 KB body stays far below the tsvector limit). */
export const MAX_INDEXED_WORDS = 60_000;

/** The join of a bigram's two syllables; no word contains it. */
export const BIGRAM_JOIN = '_';

/** The prefix of the title's own lexemes. */
export const TITLE_PREFIX = 't:';

/** The prefix of a document's month of first publication (`m:202612`, UTC). */
export const MONTH_PREFIX = 'm:';

/** The words of a text: NFC, lower case, split on everything that is not a letter, mark or digit. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(SEPARATORS)
    .filter((w) => w !== '' && w.length <= MAX_WORD_LENGTH);
}

/** A word (or bigram) without marks, đ → d (`quyết` → `quyet`). */
export function foldWord(word: string): string {
  return foldVietnamese(word);
}

/** Does the word carry marks (its exact form differs from its folded one)? */
export function hasMarks(word: string): boolean {
  return foldWord(word) !== word;
}

export const bigram = (a: string, b: string): string => `${a}${BIGRAM_JOIN}${b}`;

/** The month lexeme of a moment (`m:202612`): a recency window is a disjunction of a few of them. */
export function monthLexeme(at: Date): string {
  return `${MONTH_PREFIX}${at.getUTCFullYear()}${String(at.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The month lexemes from the month of `from` to the month of `to`, both included. */
export function monthLexemes(from: Date, to: Date): string[] {
  const out: string[] = [];
  const at = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1));
  while (at <= to) {
    out.push(monthLexeme(at));
    at.setUTCMonth(at.getUTCMonth() + 1);
  }
  return out;
}

/** The folded words of a text worth keeping in the vocabulary typos are corrected against (no bare numbers). */
export function vocabularyWords(text: string): string[] {
  return [...new Set(searchWords(text).map(foldWord))].filter((w) => w.length >= 2 && !/^\p{N}+$/u.test(w));
}

/** The lexemes of a text (see above), without duplicates; `exact` false leaves out the exact forms. */
function textLexemes(text: string, exact: boolean, maxWords: number): Set<string> {
  const out = new Set<string>();
  const folds = new Map<string, string>();
  let count = 0;
  for (const line of text.split('\n')) {
    let previous: { word: string; folded: string } | null = null;
    for (const word of searchWords(line)) {
      if (++count > maxWords) return out;
      let folded = folds.get(word);
      if (folded === undefined) folds.set(word, (folded = foldWord(word)));
      out.add(folded);
      if (previous) out.add(bigram(previous.folded, folded));
      if (exact && folded !== word) {
        out.add(word);
        if (previous && previous.folded !== previous.word) out.add(bigram(previous.word, word));
      }
      previous = { word, folded };
    }
  }
  return out;
}

/** Every lexeme of a document (title and text, its month of first publication), without duplicates. */
export function documentLexemes(title: string, text: string, publishedAt: Date, maxWords = MAX_INDEXED_WORDS): string[] {
  const all = textLexemes(`${title}\n${text}`, true, maxWords);
  for (const lexeme of textLexemes(title, false, maxWords)) all.add(TITLE_PREFIX + lexeme);
  all.add(monthLexeme(publishedAt));
  return [...all];
}

/**
 * The lexemes a document surely has when it has `lexeme`: the parts of a bigram, the folded forms of an
 * exact one, and for a title lexeme the same lexeme (and its parts) in the title and in the document.
 */
export function impliedLexemes(lexeme: string): Set<string> {
  const out = new Set<string>();
  const addAll = (l: string) => {
    out.add(l);
    for (const x of impliedLexemes(l)) out.add(x);
  };
  if (lexeme.startsWith(TITLE_PREFIX)) {
    const base = lexeme.slice(TITLE_PREFIX.length);
    addAll(base);
    const parts = base.split(BIGRAM_JOIN);
    if (parts.length === 2) for (const p of parts) out.add(TITLE_PREFIX + p);
    return out;
  }
  const parts = lexeme.split(BIGRAM_JOIN);
  if (parts.length === 2) for (const p of parts) addAll(p);
  const folded = foldWord(lexeme);
  if (folded !== lexeme) addAll(folded);
  return out;
}

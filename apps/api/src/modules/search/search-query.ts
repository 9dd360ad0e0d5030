import { bigram, foldWord, hasMarks, impliedLexemes, searchWords, TITLE_PREFIX } from './search-text';

/** What a person typed, read as search terms. */
export interface SearchTerm {
  /** The words in order: NFC, lower case, marks kept as typed. */
  words: string[];
  /** The words must stand next to each other: a quoted phrase, or a chunk such as `12/QĐ-UBND`. */
  phrase: boolean;
}

/** A query holds at most this many words (the rest are ignored). */
export const MAX_QUERY_WORDS = 12;

const QUOTES = /["“”„«»]/;

/**
 * Read a query: `"…"` (straight or typographic quotes) is a phrase; outside quotes, white space separates
 * terms, and a chunk without white space that holds several words — a document number like `12/QĐ-UBND`,
 * `05/2024/NĐ-CP`, `Covid-19` — is a phrase of those words (`12 qđ ubnd`). An unclosed quote is ignored.
 * A word repeated on its own counts once; at most `maxWords` words are kept.
 */
export function parseSearchQuery(input: string, maxWords = MAX_QUERY_WORDS): SearchTerm[] {
  const segments = input.normalize('NFC').split(QUOTES);
  // With an unclosed quote the last segment is plain text.
  const closed = segments.length % 2 === 1 ? segments.length : segments.length - 1;
  const terms: SearchTerm[] = [];
  const singles = new Set<string>();
  let budget = maxWords;
  const add = (words: string[]) => {
    if (budget <= 0 || words.length === 0) return;
    const kept = words.slice(0, budget);
    if (kept.length === 1) {
      if (singles.has(kept[0]!)) return;
      singles.add(kept[0]!);
    }
    budget -= kept.length;
    terms.push({ words: kept, phrase: kept.length > 1 });
  };
  segments.forEach((segment, i) => {
    if (i % 2 === 1 && i < closed) add(searchWords(segment));
    else for (const chunk of segment.split(/\s+/)) add(searchWords(chunk));
  });
  return terms;
}

/**
 * How the database answers a query. Matching is `match`; ranking is by tiers, each a conjunction of
 * lexemes that the GIN index answers without reading any document: a result ranks at the first tier it
 * satisfies, and within a tier the most recent comes first. The tiers are every combination, strongest
 * first, of three signals:
 *
 * 1. **exact** — the words the user typed with marks are there with those marks (two marked words typed
 *    together as an exact bigram: `chứng cứ` is not `chung cư`);
 * 2. **adjacent** — words typed next to each other (outside quotes) stand next to each other: syllables
 *    apart (`quyết tâm … định mức`) are not the word `quyết định`;
 * 3. **title** — every term is in the title.
 *
 * Each tier's lexemes are reduced to those no other one implies (`t:quyet_dinh` implies `quyet`), so the
 * planner's estimates stay honest; tiers that reduce to the same set are kept once.
 */
export interface SearchPlan {
  /** Every match has these: each word folded, each phrase as the bigrams of its adjacent words. */
  match: string[];
  /** Conjunctions, strongest first; the last one is `match` itself (reduced). */
  tiers: string[][];
  /** The folded words of the query, for marking hits in snippets. */
  words: string[];
  /** The folded query on one line, for trigram matching of titles (typos). */
  folded: string;
}

/** The plan of a parsed query; null when it holds no word at all (nothing can match). */
export function planSearch(terms: SearchTerm[]): SearchPlan | null {
  if (terms.length === 0) return null;
  const match: string[] = [];
  const exact: string[] = [];
  const adjacent: string[] = [];
  let run: string | null = null;
  for (const term of terms) {
    const folded = term.words.map(foldWord);
    if (term.phrase) {
      for (let i = 1; i < folded.length; i++) match.push(bigram(folded[i - 1]!, folded[i]!));
      run = null;
    } else {
      match.push(folded[0]!);
      if (run !== null) adjacent.push(bigram(run, folded[0]!));
      run = folded[0]!;
    }
    if (term.phrase) exact.push(...exactLexemes(term.words));
  }
  // Marks on unquoted words: words typed together form runs, like a phrase's.
  for (const runWords of unquotedRuns(terms)) exact.push(...exactLexemes(runWords));

  const signals = [exact, adjacent, match.map((l) => TITLE_PREFIX + l)].filter((s) => s.length > 0);
  const tiers: string[][] = [];
  const seen = new Set<string>();
  for (let mask = (1 << signals.length) - 1; mask >= 0; mask--) {
    const lexemes = new Set(match);
    signals.forEach((s, i) => {
      if (mask & (1 << (signals.length - 1 - i))) for (const l of s) lexemes.add(l);
    });
    const tier = reduce(lexemes);
    const key = tier.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    tiers.push(tier);
  }
  return {
    match: reduce(new Set(match)),
    tiers,
    words: [...new Set(terms.flatMap((t) => t.words.map(foldWord)))],
    folded: terms.map((t) => t.words.map(foldWord).join(' ')).join(' '),
  };
}

/** The exact lexemes of words typed together: marked pairs as exact bigrams, other marked words alone. */
function exactLexemes(words: string[]): string[] {
  const out: string[] = [];
  const covered = new Set<number>();
  for (let i = 1; i < words.length; i++) {
    if (hasMarks(words[i - 1]!) && hasMarks(words[i]!)) {
      out.push(bigram(words[i - 1]!, words[i]!));
      covered.add(i - 1).add(i);
    }
  }
  words.forEach((w, i) => {
    if (hasMarks(w) && !covered.has(i)) out.push(w);
  });
  return out;
}

/** Consecutive single-word (unquoted) terms. */
function unquotedRuns(terms: SearchTerm[]): string[][] {
  const runs: string[][] = [];
  let current: string[] = [];
  for (const t of terms) {
    if (t.phrase) {
      if (current.length) runs.push(current);
      current = [];
    } else current.push(t.words[0]!);
  }
  if (current.length) runs.push(current);
  return runs;
}

/** The lexemes of the set that no other member implies, sorted. */
function reduce(lexemes: Set<string>): string[] {
  const implied = new Set<string>();
  for (const l of lexemes) for (const x of impliedLexemes(l)) if (x !== l) implied.add(x);
  return [...lexemes].filter((l) => !implied.has(l)).sort();
}

/** A conjunction as a tsquery literal (lexemes hold only letters, marks, digits, `_` and `t:`; quoting is belt and braces). */
export function toTsQuery(lexemes: string[]): string {
  return lexemes.map((l) => `'${l.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' & ');
}

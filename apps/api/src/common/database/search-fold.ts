import { foldForSearch } from '@congxa/shared/text';

/**
 * Accent-insensitive search without a database extension (PGlite and every PostgreSQL alike): SQL that folds
 * a text column the way `foldForSearch` (libs/shared/text) folds what people type — lower case, Vietnamese
 * tone and vowel marks removed, đ → d. Stored text is NFC (every input is normalised), so the precomposed
 * letters below are all there is to fold.
 */
const MARKED = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
const PLAIN = 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd';

/** `expr` (SQL text) folded for search. `expr` is SQL written by the caller, never user input. */
export function foldedSql(expr: string): string {
  return `translate(lower(${expr}), '${MARKED}', '${PLAIN}')`;
}

/**
 * The words of a search as LIKE patterns (`%word%`) over folded text: each word must appear. Marks, case,
 * and LIKE's own wildcards in the input are neutralised; at most `maxWords` words count.
 */
export function searchPatterns(query: string, maxWords = 8): string[] {
  return foldForSearch(query)
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .map((w) => `%${w.replace(/[\\%_]/g, '\\$&')}%`);
}

import { foldVietnamese } from '../text/normalize';
import { DOCUMENT_TYPES, findDocumentTypeByAbbreviation, type DocumentTypeEntry } from './document-types';

/**
 * A document's number and symbol (số, ký hiệu), read apart (Decree 30/2020/NĐ-CP, Art. 8 and Appendix I):
 *
 * | written              | number | year | type | issuer | unit  |
 * |----------------------|--------|------|------|--------|-------|
 * | `12/QĐ-UBND`         | `12`   | –    | `QĐ` | `UBND` | –     |
 * | `01/2024/QĐ-UBND`    | `01`   | 2024 | `QĐ` | `UBND` | –     |
 * | `135/UBND-VP`        | `135`  | –    | –    | `UBND` | `VP`  | công văn: issuer, then drafting unit
 * | `12/TB-UBND-VP`      | `12`   | –    | `TB` | `UBND` | `VP`  |
 * | `80/2015/QH13`       | `80`   | 2015 | –    | `QH13` | –     | a law: the National Assembly and its term
 *
 * When a symbol has more than two parts after the type, `unitAbbr` holds all the rest joined by `-` (in a
 * joint document, `01/2024/TTLT-BTC-BNV`, that is the co-issuers).
 */
export interface DocumentNumber {
  /** The number as written, leading zeros kept (`01`). */
  number: string;
  /** The number's value (`1`); always ≥ 1. */
  numberValue: number;
  /** The year part of a normative document's number (`01/2024/…`), or null. */
  year: number | null;
  /** The type's abbreviation as the type table writes it (`QĐ`, `QyĐ`), or null (công văn, laws). */
  typeAbbr: string | null;
  /** The code of that type (`quyet-dinh`), or null. */
  typeCode: string | null;
  /** The issuing body (`UBND`, `HĐND`, `CP`, `TTg`, `QH13`), or null when the symbol is a type alone. */
  issuerAbbr: string | null;
  /** What follows the issuer (`VP`), or null. */
  unitAbbr: string | null;
  /** The number as it should be shown: as written, with the symbol's parts in their canonical form. */
  display: string;
  /**
   * The lookup key, see {@link documentNumberKey}: `1/2024/qd-ubnd` for `01/2024/QĐ-UBND`.
   */
  normalized: string;
}

/** Hyphen look-alikes people paste from Word or type on phones: ‐ ‑ ‒ – — ― − ﹘ ﹣ －. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/** Slash look-alikes: ⁄ ∕ ⧸ ／. */
const SLASHES = /[\u2044\u2215\u29F8\uFF0F]/g;
/** `Số: 12/QĐ-UBND`, `so 12/…`, `No. 12/…` (only before a digit). */
const PREFIX = /^(?:số|so|no\.?)\s*[:.]?\s*(?=\d)/iu;
const HEAD = /^(\d{1,6})([/ ])(?:(\d{4})([/ ]))?(.+)$/;
const SYMBOL_PART = /^\p{L}[\p{L}\p{N}]{0,11}$/u;
const MAX_PARTS = 5;
const FIRST_YEAR = 1945;
const LAST_YEAR = 2100;

/**
 * Issuers and units whose usual spelling upper-casing cannot rebuild: a lower-case letter (`TTg`, the Prime
 * Minister) or a Đ typed as D. Any other part is shown upper-cased.
 */
const KNOWN_PARTS = ['HĐND', 'TTg', 'BGDĐT', 'BKHĐT', 'BLĐTBXH', 'BCĐ', 'HĐTĐKT', 'HĐPH'];
const KNOWN_BY_KEY = new Map(KNOWN_PARTS.map((p) => [foldVietnamese(p), p]));

function canonicalPart(part: string): string {
  return KNOWN_BY_KEY.get(foldVietnamese(part)) ?? part.toUpperCase();
}

/** `Quyết định số 12/QĐ-UBND` → `số 12/QĐ-UBND`: a type's name before the number, as documents cite each other. */
function withoutTypeName(text: string, types: readonly DocumentTypeEntry[]): string {
  const folded = foldVietnamese(text);
  if (folded.length !== text.length) return text;
  for (const type of types) {
    const name = `${foldVietnamese(type.label.vi)} `;
    if (folded.startsWith(name) && /^(?:so\s*[:.]?\s*)?\d/.test(folded.slice(name.length))) return text.slice(name.length);
  }
  return text;
}

/**
 * Reads a number and symbol however it was typed: any case, with or without Đ's stroke (`12/QD-UBND`),
 * decomposed (NFD) or precomposed, spaces around `/` and `-` (`12 / qđ - ubnd`), dash look-alikes
 * (`12/QĐ–UBND` with an en dash), a leading `Số:`, or only spaces (`12 qd ubnd`, as people type in a search
 * box — accepted only when the part after the number is a known type and an issuer follows), and a type's
 * name before it (`Quyết định số 12/QĐ-UBND`, as documents cite each other).
 *
 * Returns null for what is not a document number: no number (`Quyết định`), no symbol (`2024`, `12/2024`), a
 * date (`12/05/2024`), a number that is zero, an implausible year, words after a hyphenated symbol
 * (`12/QĐ-UBND về việc…`), or parts that do not start with a letter.
 *
 * `types` is the list of types the site knows (built-in ones plus its own, see `withSiteDocumentTypes`), so a
 * site's own abbreviations are recognised.
 *
 * Ambiguities this cannot resolve: a công văn whose issuer is spelled like a type (`123/CT-TTHT`, Cục Thuế,
 * reads as a Chỉ thị); `HD` typed for Hợp đồng reads as Hướng dẫn (their keys are equal anyway).
 */
export function parseDocumentNumber(input: string, types: readonly DocumentTypeEntry[] = DOCUMENT_TYPES): DocumentNumber | null {
  if (typeof input !== 'string' || input.length > 200) return null;
  const cleaned = input.normalize('NFC').replace(DASHES, '-').replace(SLASHES, '/').replace(/\s+/gu, ' ').trim();
  const text = withoutTypeName(cleaned, types)
    .replace(PREFIX, '')
    .replace(/[.,;]$/, '')
    .replace(/ ?([/-]) ?/g, '$1');

  const head = HEAD.exec(text);
  if (!head) return null;
  const [, number, numberSep, yearText, yearSep, symbol] = head;
  const numberValue = Number(number);
  if (numberValue < 1) return null;
  const year = yearText === undefined ? null : Number(yearText);
  if (year !== null && (year < FIRST_YEAR || year > LAST_YEAR)) return null;
  const slashed = numberSep === '/' || yearSep === '/';

  // Words after a hyphenated symbol are more text, not more symbol.
  if (symbol.includes('-') && symbol.includes(' ')) return null;
  const parts = symbol.split(/[- ]/);
  if (parts.length > MAX_PARTS || !parts.every((p) => SYMBOL_PART.test(p))) return null;

  const type = findDocumentTypeByAbbreviation(parts[0], types);
  // Without a slash, only "number type issuer…" is taken for a number: "2024 ke hoach" is a search for words.
  if (!slashed && (!type || parts.length < 2)) return null;

  const rest = (type ? parts.slice(1) : parts).map(canonicalPart);
  const typeAbbr = type?.abbreviation ?? null;
  const issuerAbbr = rest[0] ?? null;
  const unitAbbr = rest.length > 1 ? rest.slice(1).join('-') : null;
  const symbolText = [typeAbbr, ...rest].filter((p) => p !== null).join('-');
  const yearPart = year === null ? '' : `/${year}`;
  return {
    number,
    numberValue,
    year,
    typeAbbr,
    typeCode: type?.code ?? null,
    issuerAbbr,
    unitAbbr,
    display: `${number}${yearPart}/${symbolText}`,
    normalized: foldVietnamese(`${numberValue}${yearPart}/${symbolText}`),
  };
}

/**
 * The key a document is stored and looked up by, or null when the text is not a number and symbol.
 *
 * Convention: `{number without leading zeros}[/{year}]/{symbol parts joined by -}`, folded as search text is
 * (lower case, đ → d, no marks, no spaces): `01/2024/QĐ-UBND`, `1/2024/qd-ubnd` and `01 / 2024 / QĐ–UBND` all
 * give `1/2024/qd-ubnd`, because people type a number without its zero as often as with it.
 *
 * (docs/domain-vn.md suggested upper case; the key is lower case like every folded search column, which is
 * what `foldForSearch` produces and the API's `foldedSql` compares against.)
 *
 * A symbol's parts run from the most general on, so a shorter symbol is a prefix of a longer one at a `-`:
 * `135/ubnd` finds `135/ubnd-vp` with `key = $1 OR key LIKE $1 || '-%'`. A year typed or left out changes
 * the key (`1/qd-ubnd` is not `1/2024/qd-ubnd`). Keys of `12/HĐ-UBND` (Hợp đồng) and `12/HD-UBND` (Hướng
 * dẫn) are the same, as any search for `12/HD-UBND` should find both.
 */
export function documentNumberKey(input: string, types: readonly DocumentTypeEntry[] = DOCUMENT_TYPES): string | null {
  return parseDocumentNumber(input, types)?.normalized ?? null;
}

/**
 * For the search box: should this query be looked up as a number and symbol (by its key) rather than, or
 * before, a search for words? True exactly when {@link parseDocumentNumber} reads it.
 */
export function looksLikeDocumentNumber(query: string, types: readonly DocumentTypeEntry[] = DOCUMENT_TYPES): boolean {
  return parseDocumentNumber(query, types) !== null;
}

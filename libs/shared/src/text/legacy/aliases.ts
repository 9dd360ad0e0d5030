/**
 * The names issue 4 gives the existing normalisers: `toNfc` is the API's input normalisation (NFC, CRLF →
 * LF), `foldForSearch` the search key (lower case, no marks, đ → d).
 */
export { foldVietnamese as foldForSearch, normalizeText as toNfc } from '../normalize';

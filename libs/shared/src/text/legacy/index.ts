export { foldForSearch, toNfc } from './aliases';
export { byteToChar, c1ToCp1252, charToByte } from './cp1252';
export { type Conversion, type ConvertFrom, convertLegacyText, convertToUnicode } from './convert';
export {
  type DetectedEncoding,
  detectEncoding,
  type EncodingDetection,
  type EncodingHints,
  hasUnicodeVietnamese,
  type LegacyEncoding,
  looksLikeLegacy,
} from './detect';
export { classifyFont, classifyFonts, type FontEncoding, type FontVerdict } from './fonts';
export { isVietnameseSyllable } from './syllable';
export { decodeTcvn3, encodeTcvn3, encodeTcvn3Runs, type LegacyRun, type Tcvn3Capitals, type Tcvn3DecodeOptions } from './tcvn3';
export { decodeViqr, encodeViqr } from './viqr';
export { decodeVni, encodeVni } from './vni';

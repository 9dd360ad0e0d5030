import { detectEncodingByLine, type DetectedEncoding, type EncodingHints } from './detect';
import { classifyFonts } from './fonts';
import { decodeTcvn3, type Tcvn3Capitals } from './tcvn3';
import { decodeViqr } from './viqr';
import { decodeVni } from './vni';

/** What a text may be converted from: a legacy encoding, or 'auto' to detect it first. */
export type ConvertFrom = 'auto' | 'unicode' | 'tcvn3' | 'vni' | 'viqr';

export interface Conversion {
  /** The text in Unicode NFC. */
  text: string;
  /** The encoding converted from ('unicode' or 'unknown' when nothing was converted). */
  detected: DetectedEncoding;
  /** 1 when the encoding was given or named by a font; the detector's confidence otherwise. */
  confidence: number;
}

/** TCVN3 capitals from the fonts: all H fonts → capitals; ordinary fonts only → as drawn; else guess. */
function tcvn3Capitals(hints: EncodingHints): Tcvn3Capitals {
  const { capitals } = classifyFonts(hints.fonts);
  return capitals === 'all' ? 'all' : capitals === 'none' ? 'none' : 'guess';
}

function decodeWith(encoding: DetectedEncoding, text: string, hints: EncodingHints): string {
  switch (encoding) {
    case 'tcvn3':
      return decodeTcvn3(text, { capitals: tcvn3Capitals(hints) });
    case 'vni':
      return decodeVni(text);
    case 'viqr':
      return decodeViqr(text);
    default:
      return text;
  }
}

/**
 * Converts `text` to Unicode NFC, returning what it was converted from. With `from: 'auto'` the encoding is
 * detected; TCVN3 and VNI are converted, VIQR never is (it is ordinary ASCII punctuation too: ask for it),
 * Unicode and English pass through, and in a paste that mixes Unicode and legacy lines the Unicode lines are
 * left alone. With an explicit `from`, the whole text is converted.
 */
export function convertLegacyText(text: string, from: ConvertFrom = 'auto', hints: EncodingHints = {}): Conversion {
  if (from !== 'auto') {
    return { text: decodeWith(from, text, hints).normalize('NFC'), detected: from, confidence: 1 };
  }
  const detection = detectEncodingByLine(text, hints);
  const { encoding, confidence, keepLine } = detection;
  if (encoding !== 'tcvn3' && encoding !== 'vni') return { text: text.normalize('NFC'), detected: encoding, confidence };
  const converted = text
    .split('\n')
    .map((line) => (keepLine(line) ? line : decodeWith(encoding, line, hints)))
    .join('\n');
  return { text: converted.normalize('NFC'), detected: encoding, confidence };
}

/**
 * `convertToUnicode(text, from, hints?)` → the text in Unicode NFC. `from` may be 'auto' (detect; VIQR is
 * never converted automatically). Font names in `hints` choose the TCVN3 case: `.VnTimeH` → capitals.
 */
export function convertToUnicode(text: string, from: ConvertFrom = 'auto', hints: EncodingHints = {}): string {
  return convertLegacyText(text, from, hints).text;
}

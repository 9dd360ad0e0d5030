import { byteToChar, charToByte } from './cp1252';
import { lazy, type Tone, TONES, type VowelBase, VOWEL_BASES, withTone } from './letters';

/**
 * VNI-Windows (VNI-Times, VNI-Helve, ...): a toned vowel is its base letter followed by a separate mark
 * byte, and the mark byte differs by case ("Tiếng Việt" is typed `Tieáng Vieät`, "VIỆT" is `VIEÄT`).
 * Some letters are single bytes that look like Latin-1: đ = ñ, ơ = ô, ư = ö, ỉ = æ, ĩ = ó, ị = ò, ỵ = î.
 * Reference: UniKey's converter tables (ukengine/data.cpp).
 */

/** Mark bytes (upper case; lower case is +0x20) after a plain base: sắc, huyền, hỏi, ngã, nặng. */
const TONE_UPPER = [0xd9, 0xd8, 0xdb, 0xd5, 0xcf] as const;
/** After a, e, o: circumflex alone, then circumflex with sắc, huyền, hỏi, ngã, nặng. */
const CIRCUMFLEX_UPPER = [0xc2, 0xc1, 0xc0, 0xc5, 0xc3, 0xc4] as const;
/** After a: breve alone, then breve with sắc, huyền, hỏi, ngã, nặng. */
const BREVE_UPPER = [0xca, 0xc9, 0xc8, 0xda, 0xdc, 0xcb] as const;
/** i with a tone is one byte: sắc, huyền, hỏi, ngã, nặng. */
const I_UPPER = [0xcd, 0xcc, 0xc6, 0xd3, 0xd2] as const;
/** ỵ is one byte. */
const Y_DOT_UPPER = 0xce;
/** Single-byte letters. */
const D_STROKE_UPPER = 0xd1;
const O_HORN_UPPER = 0xd4;
const U_HORN_UPPER = 0xd6;

const LOWER = 0x20;
const ch = (code: number) => String.fromCharCode(code);

/** The VNI spelling of one vowel form. */
function vniSpelling(base: VowelBase, tone: Tone, upper: boolean): string {
  const shift = upper ? 0 : LOWER;
  const mark = (codes: readonly number[], index: number) => ch(codes[index]! + shift);
  const letter = (ascii: string) => (upper ? ascii.toUpperCase() : ascii);
  const plain = (head: string) => (tone === 0 ? head : head + mark(TONE_UPPER, tone - 1));
  switch (base) {
    case 'ă':
      return letter('a') + mark(BREVE_UPPER, tone);
    case 'â':
      return letter('a') + mark(CIRCUMFLEX_UPPER, tone);
    case 'ê':
      return letter('e') + mark(CIRCUMFLEX_UPPER, tone);
    case 'ô':
      return letter('o') + mark(CIRCUMFLEX_UPPER, tone);
    case 'ơ':
      return plain(ch(O_HORN_UPPER + shift));
    case 'ư':
      return plain(ch(U_HORN_UPPER + shift));
    case 'i':
      return tone === 0 ? letter('i') : mark(I_UPPER, tone - 1);
    case 'y':
      return tone === 5 ? ch(Y_DOT_UPPER + shift) : plain(letter('y'));
    default:
      return plain(letter(base));
  }
}

const tables = lazy(() => {
  const encode = new Map<string, string>();
  for (const base of VOWEL_BASES) {
    for (const tone of TONES) {
      for (const upper of [false, true]) encode.set(withTone(base, tone, upper), vniSpelling(base, tone, upper));
    }
  }
  encode.set('đ', ch(D_STROKE_UPPER + LOWER));
  encode.set('Đ', ch(D_STROKE_UPPER));
  const decode = new Map<string, string>();
  // Identity entries too (í, ì are the same in both): the decoder then knows every VNI letter.
  for (const [letter, spelling] of encode) decode.set(spelling, letter);
  // Mark bytes mean nothing on their own.
  const marks = new Set<number>();
  for (const spelling of decode.keys()) if (spelling.length === 2) marks.add(spelling.charCodeAt(1));
  return { encode, decode, marks };
});

export interface VniDecodeOptions {
  /** For scoring only: mark bytes with no base and letters VNI does not use become U+FFFD. */
  strict?: boolean;
}

const LETTER = /\p{L}/u;

/**
 * VNI text (bytes shown as cp1252 characters) → Unicode: two-character sequences first, then single
 * characters. A mark with the wrong case for its base is not a VNI letter and is left as it is.
 */
export function decodeVni(text: string, options: VniDecodeOptions = {}): string {
  const { decode, marks } = tables();
  // Take every character back to its byte's cp1252 character first (symbol-font code points, C1 controls).
  const chars: string[] = [];
  for (const c of text) {
    const cp = c.codePointAt(0)!;
    const byte = charToByte(cp);
    chars.push(byte >= 0 && (cp !== byte || (byte >= 0x80 && byte <= 0x9f)) ? byteToChar(byte) : c);
  }
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const pair = i + 1 < chars.length ? chars[i]! + chars[i + 1]! : '';
    const two = pair ? decode.get(pair) : undefined;
    if (two) {
      out.push(two);
      i++;
      continue;
    }
    const one = decode.get(chars[i]!);
    if (one) {
      out.push(one);
      continue;
    }
    const c = chars[i]!;
    const code = c.charCodeAt(0);
    if (options.strict && code >= 0x80 && code <= 0xff && (marks.has(code) || LETTER.test(c))) out.push('\uFFFD');
    else out.push(c);
  }
  return out.join('').normalize('NFC');
}

/** Unicode → VNI (bytes shown as cp1252 characters). Throws on a character VNI cannot hold. */
export function encodeVni(text: string): string {
  const { encode, decode, marks } = tables();
  let out = '';
  for (const c of text.normalize('NFC')) {
    const spelling = encode.get(c);
    if (spelling !== undefined) {
      out += spelling;
      continue;
    }
    const cp = c.codePointAt(0)!;
    const byte = charToByte(cp);
    const clash = byte >= 0x80 && (marks.has(byte) || decode.has(String.fromCharCode(byte)));
    if (cp < 0x80 || (byte >= 0xa0 && !clash) || (byte >= 0x80 && byte < 0xa0 && cp !== byte)) {
      out += c;
      continue;
    }
    throw new Error(`VNI cannot hold "${c}" (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`);
  }
  return out;
}

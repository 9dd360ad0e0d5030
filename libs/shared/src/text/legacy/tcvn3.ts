import { byteToChar, charToByte } from './cp1252';
import { lazy, letterParts, type Tone, type VowelBase, withTone } from './letters';

/**
 * TCVN3 (TCVN 5712:1993 "VN3", the ABC fonts .VnTime, .VnArial, ...): one byte per letter in 0xA1–0xFE,
 * ASCII below. Toned vowels have one code for both cases — the capital came from an "H" font such as
 * .VnTimeH, which draws every letter as a capital. Only Ă Â Ê Ô Ơ Ư Đ have codes of their own.
 * ư is 0xAD, the soft hyphen. Reference: UniKey's converter tables (ukengine/data.cpp).
 * (glibc's TCVN5712-1 is the VN1 table with capitals in 0x01–0x17 and 0x80–0x9F: not what .VnTime uses.)
 */

/** Codes of the toned forms of each vowel: sắc, huyền, hỏi, ngã, nặng. */
const TONED: Record<VowelBase, readonly [number, number, number, number, number]> = {
  a: [0xb8, 0xb5, 0xb6, 0xb7, 0xb9],
  ă: [0xbe, 0xbb, 0xbc, 0xbd, 0xc6],
  â: [0xca, 0xc7, 0xc8, 0xc9, 0xcb],
  e: [0xd0, 0xcc, 0xce, 0xcf, 0xd1],
  ê: [0xd5, 0xd2, 0xd3, 0xd4, 0xd6],
  i: [0xdd, 0xd7, 0xd8, 0xdc, 0xde],
  o: [0xe3, 0xdf, 0xe1, 0xe2, 0xe4],
  ô: [0xe8, 0xe5, 0xe6, 0xe7, 0xe9],
  ơ: [0xed, 0xea, 0xeb, 0xec, 0xee],
  u: [0xf3, 0xef, 0xf1, 0xf2, 0xf4],
  ư: [0xf8, 0xf5, 0xf6, 0xf7, 0xf9],
  y: [0xfd, 0xfa, 0xfb, 0xfc, 0xfe],
};

/** The untoned letters that have codes of their own, in both cases. */
const OWN: Record<string, number> = {
  Ă: 0xa1,
  Â: 0xa2,
  Ê: 0xa3,
  Ô: 0xa4,
  Ơ: 0xa5,
  Ư: 0xa6,
  Đ: 0xa7,
  ă: 0xa8,
  â: 0xa9,
  ê: 0xaa,
  ô: 0xab,
  ơ: 0xac,
  ư: 0xad,
  đ: 0xae,
};

interface Decoded {
  /** The letter, lower case for toned vowels. */
  char: string;
  /** True for toned vowels: the byte does not say whether it is a capital. */
  ambiguous: boolean;
}

const decodeTable = lazy(() => {
  const table = new Map<number, Decoded>();
  for (const [base, codes] of Object.entries(TONED) as [VowelBase, readonly number[]][]) {
    codes.forEach((code, i) => table.set(code, { char: withTone(base, (i + 1) as Tone), ambiguous: true }));
  }
  for (const [char, code] of Object.entries(OWN)) table.set(code, { char, ambiguous: false });
  return table;
});

/** The TCVN3 byte of a Vietnamese letter (toned capitals share the lower-case code), or undefined. */
export function tcvn3Byte(letter: string): number | undefined {
  const own = OWN[letter];
  if (own !== undefined) return own;
  const parts = letterParts(letter);
  if (!parts || parts.base === 'đ' || parts.tone === 0) return undefined;
  return TONED[parts.base][parts.tone - 1];
}

/** How to decide the case of toned vowels, which TCVN3 does not record. */
export type Tcvn3Capitals =
  /** An H font: every letter is a capital. */
  | 'all'
  /** An ordinary font: toned vowels are lower case, as the font drew them. */
  | 'none'
  /** Font unknown: toned vowels in words otherwise in capitals ("VIÖT" → "VIỆT") become capitals. */
  | 'guess';

export interface Tcvn3DecodeOptions {
  capitals?: Tcvn3Capitals;
  /** For scoring only: letters the table does not know become U+FFFD instead of passing through. */
  strict?: boolean;
}

const LETTER = /\p{L}/u;
/** Opening quotes and brackets that may stand between a sentence's end and the next one's first word. */
const OPENING = /["'([\u2018\u201c]/;

/**
 * TCVN3 text (bytes shown as cp1252 characters, as Word and the clipboard hold it) → Unicode, character
 * by character. Characters that are not a TCVN3 letter are kept; C1 controls and symbol-font code points
 * become the cp1252 character of their byte.
 */
export function decodeTcvn3(text: string, options: Tcvn3DecodeOptions = {}): string {
  const capitals = options.capitals ?? 'guess';
  const table = decodeTable();
  const out: string[] = [];
  const ambiguous: boolean[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const byte = charToByte(cp);
    const hit = byte >= 0x80 ? table.get(byte) : undefined;
    if (hit) {
      out.push(hit.char);
      ambiguous.push(hit.ambiguous);
      continue;
    }
    // Symbol-font code points and C1 controls become the character of their byte; the rest stays.
    let kept = byte >= 0 && (cp !== byte || (byte >= 0x80 && byte <= 0x9f)) ? byteToChar(byte) : ch;
    if (options.strict && byte >= 0x80 && LETTER.test(kept)) kept = '\uFFFD';
    out.push(kept);
    ambiguous.push(false);
  }
  if (capitals === 'all') return out.join('').toUpperCase();
  if (capitals === 'guess') guessCapitals(out, ambiguous);
  return out.join('');
}

interface Word {
  start: number;
  end: number;
  upper: number;
  lower: number;
  ambiguous: number;
  /** Only spaces between this word and the previous one (no punctuation). */
  joinedToPrevious: boolean;
  /** The word begins a sentence (line start, or after . ! ?). */
  sentenceStart: boolean;
  caps: boolean;
}

/**
 * Upper-cases the toned vowels of words written in capitals. A word counts as written in capitals when it
 * has no lower-case letter and either two capitals of its own ("VIÖT"), or one capital and a neighbour in
 * capitals with no lower-case neighbour ("Hµ NéI" → "HÀ NỘI"), or no capital of its own and only neighbours
 * in capitals ("VIÖC ë §¢Y" → "VIỆC Ở ĐÂY"). Neighbours are words separated by spaces only. A toned vowel
 * that begins a sentence — at the start of a line or after . ! ? — is a capital too ("ñy ban" → "Ủy ban"):
 * writers capitalised it with an H font that plain text no longer names.
 */
function guessCapitals(out: string[], ambiguous: boolean[]): void {
  let line: Word[] = [];
  let word: Word | null = null;
  let gapIsSpaces = false;
  const flush = () => {
    if (word) line.push(word);
    word = null;
  };
  const settleLine = () => {
    flush();
    for (const w of line) w.caps = w.lower === 0 && w.upper >= 2;
    // Twice: a word found in capitals can vouch for its neighbour ("ë HÀ NéI").
    for (let pass = 0; pass < 2; pass++) {
      line.forEach((w, i) => {
        if (w.caps || w.lower > 0 || w.ambiguous === 0) return;
        const neighbours = [i > 0 && w.joinedToPrevious ? line[i - 1] : null, i + 1 < line.length && line[i + 1]!.joinedToPrevious ? line[i + 1] : null].filter(
          (n): n is Word => n !== null && n !== undefined,
        );
        const anyLower = neighbours.some((n) => n.lower > 0);
        const capsNeighbours = neighbours.filter((n) => n.caps && n.upper + n.ambiguous >= 2).length;
        w.caps = w.upper === 1 ? capsNeighbours > 0 && !anyLower : neighbours.length > 0 && capsNeighbours === neighbours.length;
      });
    }
    for (const w of line) {
      if (w.caps) {
        for (let k = w.start; k < w.end; k++) if (ambiguous[k]) out[k] = out[k]!.toUpperCase();
      } else if (w.sentenceStart && ambiguous[w.start]) {
        out[w.start] = out[w.start]!.toUpperCase();
      }
    }
    line = [];
  };
  let sentenceStart = true;
  for (let i = 0; i < out.length; i++) {
    const ch = out[i]!;
    if (ch === '\n') {
      settleLine();
      gapIsSpaces = false;
      sentenceStart = true;
      continue;
    }
    if (!LETTER.test(ch)) {
      if (word) gapIsSpaces = true;
      flush();
      const space = ch === ' ' || ch === '\t' || ch === '\r' || ch === '\u00a0';
      if (!space) gapIsSpaces = false;
      if (/[.!?]/.test(ch)) sentenceStart = true;
      else if (!space && !OPENING.test(ch)) sentenceStart = false;
      continue;
    }
    if (!word) {
      word = {
        start: i,
        end: i,
        upper: 0,
        lower: 0,
        ambiguous: 0,
        joinedToPrevious: gapIsSpaces && line.length > 0,
        sentenceStart,
        caps: false,
      };
      sentenceStart = false;
    }
    word.end = i + 1;
    if (ambiguous[i]) word.ambiguous++;
    else if (ch !== ch.toLowerCase()) word.upper++;
    else if (ch !== ch.toUpperCase()) word.lower++;
  }
  settleLine();
}

/** A piece of legacy text and the font it is set in. */
export interface LegacyRun {
  text: string;
  font: string;
}

/**
 * Unicode → TCVN3 bytes shown as cp1252 characters, as a document would hold them. Toned capitals have no
 * code of their own, so they go into runs of the capital font (`.VnTimeH`), as people typed them; lower-case
 * letters go into the ordinary font; everything else stays in the run it is in. Throws on a character
 * TCVN3 cannot hold.
 */
export function encodeTcvn3Runs(text: string, fonts: { normal: string; capital: string } = { normal: '.VnTime', capital: '.VnTimeH' }): LegacyRun[] {
  const runs: LegacyRun[] = [];
  let font = fonts.normal;
  let current = '';
  for (const ch of text.normalize('NFC')) {
    const parts = letterParts(ch);
    let wanted = font;
    if (parts && parts.upper && parts.tone > 0) wanted = fonts.capital;
    else if (/\p{Ll}/u.test(ch)) wanted = fonts.normal;
    if (wanted !== font) {
      if (current) runs.push({ text: current, font });
      current = '';
      font = wanted;
    }
    current += encodeChar(ch);
  }
  if (current) runs.push({ text: current, font });
  return runs;
}

/** Unicode → TCVN3 with no font information: toned capitals come out as the shared (lower-case) code. */
export function encodeTcvn3(text: string): string {
  return encodeTcvn3Runs(text)
    .map((r) => r.text)
    .join('');
}

function encodeChar(ch: string): string {
  const code = tcvn3Byte(ch);
  if (code !== undefined) return String.fromCharCode(code);
  const cp = ch.codePointAt(0)!;
  const byte = charToByte(cp);
  if (cp < 0x80 || (byte >= 0x80 && cp >= 0x80 && cp !== byte && !decodeTable().has(byte))) return ch;
  if (byte >= 0xa0 && byte <= 0xff && !decodeTable().has(byte) && !letterParts(ch)) return ch;
  throw new Error(`TCVN3 cannot hold "${ch}" (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`);
}

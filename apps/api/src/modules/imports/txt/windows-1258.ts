import { byteToChar } from '@congxa/shared/text';

/**
 * Windows-1258 (Vietnamese code page): cp1252 with 14 changes. It has only some precomposed Vietnamese
 * letters; the rest are written as a base letter followed by a combining tone mark (bytes 0xCC, 0xEC, 0xDE,
 * 0xD2, 0xF2), so decoded text must be composed to NFC.
 */
const CHANGES: Record<number, number> = {
  0xc3: 0x0102, // Ă
  0xcc: 0x0300, // combining grave (huyền)
  0xd0: 0x0110, // Đ
  0xd2: 0x0309, // combining hook above (hỏi)
  0xd5: 0x01a0, // Ơ
  0xdd: 0x01af, // Ư
  0xde: 0x0303, // combining tilde (ngã)
  0xe3: 0x0103, // ă
  0xec: 0x0301, // combining acute (sắc)
  0xf0: 0x0111, // đ
  0xf2: 0x0323, // combining dot below (nặng)
  0xf5: 0x01a1, // ơ
  0xfd: 0x01b0, // ư
  0xfe: 0x20ab, // ₫
};
/** Bytes cp1252 defines that cp1258 leaves undefined. */
const UNDEFINED = new Set([0x81, 0x8a, 0x8d, 0x8e, 0x8f, 0x90, 0x9a, 0x9d, 0x9e]);

const TABLE: string[] = Array.from({ length: 256 }, (_, b) => {
  if (b < 0x80) return String.fromCharCode(b);
  if (UNDEFINED.has(b)) return '\ufffd';
  if (CHANGES[b] !== undefined) return String.fromCharCode(CHANGES[b]!);
  return byteToChar(b);
});

let reverse: Map<string, number> | undefined;

/** Windows-1258 bytes → Unicode NFC (combining tone marks composed onto their letters). */
export function decodeWindows1258(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += TABLE[b];
  return out.normalize('NFC');
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Unicode → Windows-1258, as Windows writes it: a letter the code page has is one byte; any other
 * Vietnamese letter is its nearest base letter in the code page plus a tone byte ("ế" → ê + 0xEC). Throws
 * on a character the code page cannot hold. (For tests and fixtures.)
 */
export function encodeWindows1258(text: string): Buffer {
  if (!reverse) {
    reverse = new Map();
    TABLE.forEach((ch, b) => {
      if (ch !== '\ufffd' && !reverse!.has(ch)) reverse!.set(ch, b);
    });
  }
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = reverse.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const decomposed = ch.normalize('NFD');
    const tones = decomposed.match(TONE_MARKS) ?? [];
    const base = decomposed.replace(TONE_MARKS, '').normalize('NFC');
    const codes = [base, ...tones].map((c) => reverse!.get(c));
    if (codes.some((c) => c === undefined)) throw new Error(`Windows-1258 cannot hold "${ch}"`);
    out.push(...(codes as number[]));
  }
  return Buffer.from(out);
}

/**
 * Legacy Vietnamese fonts are 8-bit Windows fonts: what a document or the clipboard holds is the Unicode
 * reading of each byte in code page 1252 ("mojibake Unicode": byte 0xB8 arrives as U+00B8 "¸", byte 0x93
 * as U+201C). Conversion therefore starts by taking each character back to its byte.
 */

/** cp1252 bytes 0x80–0x9F and the Unicode characters Windows shows for them (0 = undefined byte). */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
  0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
] as const;

let reverse: Map<number, number> | undefined;

function cp1252Reverse(): Map<number, number> {
  if (!reverse) {
    reverse = new Map();
    CP1252_HIGH.forEach((cp, i) => {
      if (cp) reverse!.set(cp, 0x80 + i);
    });
  }
  return reverse;
}

/**
 * The byte a character stands for in an 8-bit font, or -1 when it is not one:
 * U+0000–U+00FF are their own byte (C1 controls U+0080–U+009F included: text decoded as Latin-1),
 * the cp1252 specials (U+2018 “ ” … – — € …) are 0x80–0x9F, and U+F020–U+F0FF (how Word stores text
 * in symbol-charset fonts) are 0x20–0xFF.
 */
export function charToByte(codePoint: number): number {
  if (codePoint <= 0xff) return codePoint;
  if (codePoint >= 0xf020 && codePoint <= 0xf0ff) return codePoint - 0xf000;
  return cp1252Reverse().get(codePoint) ?? -1;
}

/** The character Windows shows for a byte in cp1252 (undefined bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D stay C1). */
export function byteToChar(byte: number): string {
  if (byte >= 0x80 && byte <= 0x9f) {
    const cp = CP1252_HIGH[byte - 0x80];
    return String.fromCharCode(cp || byte);
  }
  return String.fromCharCode(byte);
}

/**
 * Replaces C1 control characters (U+0080–U+009F: cp1252 bytes read as Latin-1) with the cp1252 character
 * of the same byte — U+0093 becomes “ — so legacy text that went through a Latin-1 decoder is usable. The
 * five bytes cp1252 leaves undefined stay as they are.
 */
export function c1ToCp1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (ch) => byteToChar(ch.charCodeAt(0)));
}

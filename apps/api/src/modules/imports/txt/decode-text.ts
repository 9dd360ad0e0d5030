import type { ImportConversion } from '@congxa/shared/dto/imports';
import { byteToChar, convertLegacyText, isVietnameseSyllable } from '@congxa/shared/text';
import { AppException } from '../../../common/errors/app-exception';
import { decodeWindows1258 } from './windows-1258';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3' | 'vni';

export interface DecodedText {
  /** Unicode NFC, lines separated by `\n`, control characters removed. */
  text: string;
  encoding: TextEncoding;
  converted: ImportConversion[];
}

/** Unicode text holding legacy lines (a .VnTime text pasted into Notepad) is converted at this confidence. */
const LEGACY_CONFIDENCE = 0.8;
const SAMPLE_LENGTH = 120;

const notText = (detected: string | null) => new AppException(415, 'NOT_A_TEXT_FILE', { detected });

function binaryKind(head: Buffer): string | null {
  const s = head.subarray(0, 8).toString('latin1');
  if (s.startsWith('PK\x03\x04') || s.startsWith('PK\x05\x06')) return 'application/zip';
  if (s.startsWith('%PDF-')) return 'application/pdf';
  if (head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) return 'application/x-ole-storage';
  if (s.startsWith('\x89PNG')) return 'image/png';
  if (head[0] === 0xff && head[1] === 0xd8) return 'image/jpeg';
  if (s.startsWith('GIF8')) return 'image/gif';
  if (s.startsWith('{\\rtf')) return 'application/rtf';
  return null;
}

/** UTF-16 without a byte-order mark: most characters of a text have a zero byte on one side. */
function utf16Guess(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let k = 0; k < n; k += 2) {
    if (bytes[k] === 0) even++;
    if (bytes[k + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd / pairs > 0.25 && even / pairs < 0.02) return 'utf-16le';
  if (even / pairs > 0.25 && odd / pairs < 0.02) return 'utf-16be';
  return null;
}

/** Control characters that are no part of a text (tab, line feed and carriage return are). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

function refuseBinary(bytes: Buffer): void {
  const head = bytes.subarray(0, 8192);
  const kind = binaryKind(head);
  if (kind) throw notText(kind);
  let controls = 0;
  for (const b of head) if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1a && b !== 0x1b)) controls++;
  if (head.includes(0) || controls > head.length * 0.02) throw notText(null);
}

/** Points for a reading: well-formed Vietnamese syllables among the words with non-ASCII letters, minus bad ones. */
function vietnameseScore(text: string): number {
  let score = 0;
  for (const word of text.split(/[\s!-/:-@[-`{-~\u2000-\u206f]+/u)) {
    // eslint-disable-next-line no-control-regex
    if (!/[^\u0000-\u007f]/.test(word)) continue;
    score += isVietnameseSyllable(word) ? 1 : -1;
  }
  return score;
}

const clipSample = (s: string) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > SAMPLE_LENGTH ? `${t.slice(0, SAMPLE_LENGTH - 1).trimEnd()}…` : t;
};

/** What changed between two readings, line by line, as one report entry. */
function report(from: 'tcvn3' | 'vni', before: string, after: string): ImportConversion[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let count = 0;
  let sample = '';
  b.forEach((line, k) => {
    if (line !== a[k] && line.trim()) {
      count++;
      if (!sample) sample = clipSample(line);
    }
  });
  return count ? [{ from, sample, count }] : [];
}

const tidy = (s: string) => s.replace(/\r\n?/g, '\n').replace(CONTROL, '').normalize('NFC');

/** Unicode text: legacy lines in it (TCVN3 / VNI characters saved as Unicode) are converted. */
function fromUnicode(raw: string, encoding: TextEncoding): DecodedText {
  const text = tidy(raw.replace(/^\ufeff/, ''));
  const result = convertLegacyText(text, 'auto');
  if ((result.detected === 'tcvn3' || result.detected === 'vni') && result.confidence >= LEGACY_CONFIDENCE && result.text !== text) {
    return { text: result.text, encoding, converted: report(result.detected, text, result.text) };
  }
  return { text, encoding, converted: [] };
}

/**
 * Decode a plain-text file: UTF-8 (with or without a byte-order mark), UTF-16 LE/BE (with a byte-order
 * mark, or recognised by its zero bytes), and, for bytes that are not UTF-8, Windows-1258 or TCVN3 / VNI —
 * whichever reading gives more well-formed Vietnamese syllables. Binary files are refused (415).
 */
export function decodeTextFile(bytes: Buffer): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return fromUnicode(bytes.subarray(3).toString('utf8'), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return fromUnicode(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return fromUnicode(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  const utf16 = utf16Guess(bytes);
  if (utf16) return fromUnicode(new TextDecoder(utf16).decode(bytes), utf16);
  refuseBinary(bytes);
  try {
    return fromUnicode(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    // Not UTF-8: an 8-bit Vietnamese encoding.
  }
  const cp1258 = tidy(decodeWindows1258(bytes));
  let legacyChars = '';
  for (const b of bytes) legacyChars += byteToChar(b);
  legacyChars = legacyChars.replace(/\r\n?/g, '\n');
  const legacy = convertLegacyText(legacyChars, 'auto');
  if (legacy.detected === 'tcvn3' || legacy.detected === 'vni') {
    const converted = tidy(legacy.text);
    if (vietnameseScore(converted) > vietnameseScore(cp1258)) {
      return { text: converted, encoding: legacy.detected, converted: report(legacy.detected, tidy(legacyChars), converted) };
    }
  }
  return { text: cp1258, encoding: 'windows-1258', converted: [] };
}

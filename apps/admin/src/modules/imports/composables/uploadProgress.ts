import { DOCX_IMPORT_MAX_BYTES, type ImportFormat, TXT_IMPORT_MAX_BYTES } from '@congxa/shared/dto/imports';

/** What an XMLHttpRequest upload `progress` event carries. */
export interface ProgressSample {
  lengthComputable: boolean;
  loaded: number;
  total: number;
}

/**
 * The share of the file sent, as a whole percent 0–100, or null when the browser cannot tell (no
 * length). Never 100 before the last byte: "100%" would read as done while the server still works.
 */
export function progressPercent(sample: ProgressSample): number | null {
  if (!sample.lengthComputable || !(sample.total > 0) || !Number.isFinite(sample.loaded)) return null;
  const ratio = Math.min(1, Math.max(0, sample.loaded / sample.total));
  return ratio >= 1 ? 100 : Math.min(99, Math.floor(ratio * 100));
}

/** The endpoint a file goes to: `.txt` to the plain-text import, everything else to the Word import (which names what it refuses). */
export function importFormatOf(fileName: string): ImportFormat {
  return /\.txt$/i.test(fileName.trim()) ? 'txt' : 'docx';
}

export function maxBytesOf(format: ImportFormat): number {
  return format === 'txt' ? TXT_IMPORT_MAX_BYTES : DOCX_IMPORT_MAX_BYTES;
}

/** A problem seen before sending anything (the API checks again). */
export type FileProblem = { kind: 'missing' } | { kind: 'empty' } | { kind: 'tooLarge'; maxBytes: number };

export function checkFile(file: { name: string; size: number } | null | undefined): FileProblem | null {
  if (!file) return { kind: 'missing' };
  if (file.size === 0) return { kind: 'empty' };
  const maxBytes = maxBytesOf(importFormatOf(file.name));
  return file.size > maxBytes ? { kind: 'tooLarge', maxBytes } : null;
}

/** "2,4 MB", "830 KB", "512 byte" in the UI language (1 KB = 1024 bytes, as Windows shows file sizes). */
export function formatBytes(bytes: number, locale: string): string {
  const lang = locale === 'en' ? 'en-GB' : 'vi-VN';
  const units = locale === 'en' ? ['bytes', 'KB', 'MB', 'GB'] : ['byte', 'KB', 'MB', 'GB'];
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString(lang, { maximumFractionDigits: digits })} ${units[unit]}`;
}

/** The JSON body of an XMLHttpRequest answer, or undefined when it is not JSON (a proxy's HTML page, nothing). */
export function parseResponseBody(contentType: string | null, text: string): unknown {
  if (!(contentType ?? '').includes('json') || !text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

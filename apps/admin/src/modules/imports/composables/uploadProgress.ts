import { DOCX_IMPORT_MAX_BYTES, type ImportFormat, TXT_IMPORT_MAX_BYTES } from '@congxa/shared/dto/imports';

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

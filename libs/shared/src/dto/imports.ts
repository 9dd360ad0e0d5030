import type { ArticleResponse } from './articles';

/**
 * Import of a Word (.docx) or plain-text (.txt) file as a new draft article
 * (`POST /sites/:site/imports/docx`, `POST /sites/:site/imports/txt`, multipart field `file`).
 */

/** The largest .docx accepted (a larger one answers 413 PAYLOAD_TOO_LARGE). */
export const DOCX_IMPORT_MAX_BYTES = 50 * 1024 * 1024;
/** The largest .txt accepted. */
export const TXT_IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** Zip-bomb limits of a .docx, checked from its central directory before anything is inflated. */
export const DOCX_MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
export const DOCX_MAX_ENTRIES = 10_000;
/** At most this many embedded images are added to the media library per import (the rest are reported). */
export const DOCX_MAX_IMAGES = 100;

/** The formats an import reads. */
export const IMPORT_FORMATS = ['docx', 'txt'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One legacy encoding (and font) found and converted to Unicode. */
export interface ImportConversion {
  from: 'tcvn3' | 'vni';
  /** The font that named the encoding (".VnTime", ".VnTimeH", "VNI-Times"); absent when it was detected from the text. */
  font?: string;
  /** The first converted paragraph, as it reads now (at most 120 characters). */
  sample: string;
  /** How many paragraphs (headings, list items and table cells included; lines of a .txt) held text converted this way. */
  count: number;
}

/** The file as received, archived unchanged (private, never served) as the article's provenance original. */
export interface ImportOriginal {
  format: ImportFormat;
  fileName: string;
  sizeBytes: number;
  /** SHA-256 (hex) of the bytes received. */
  sha256: string;
}

export interface ImportResponse {
  /** The new draft, owned by the caller; its body is sanitised HTML. */
  article: ArticleResponse;
  /** What was converted from TCVN3 / VNI, by encoding and font; empty when the file was Unicode already. */
  converted: ImportConversion[];
  /** Things the import could not carry over (unsupported images, footnotes, comments …), in Vietnamese. */
  warnings: string[];
  /** Images placed in the body (each added to the media library with its alt text left to fill). */
  images: number;
  original: ImportOriginal;
}

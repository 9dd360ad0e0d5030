import { IsIn } from 'class-validator';
import type { ArticleResponse } from './articles';
import { IsOptionalNotNull } from './validators';

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

/**
 * Import of a register from a spreadsheet (.xlsx or .csv): `POST /sites/:site/imports/:type/preview` reads
 * and checks it without writing anything, `POST /sites/:site/imports/:type` writes it. Multipart fields:
 * `file` (the spreadsheet, once), `files` (the documents the rows name in their file column, any number),
 * and the flags of {@link SpreadsheetImportFields}.
 */

/** The types a spreadsheet can fill (each has a mapper in the API; a type the API has not registered answers 404). */
export const SPREADSHEET_IMPORT_TYPES = ['document', 'procedure'] as const;
export type SpreadsheetImportType = (typeof SPREADSHEET_IMPORT_TYPES)[number];

/** The multipart field of the spreadsheet, and the one of the attached files (repeated). */
export const SPREADSHEET_FIELD = 'file';
export const SPREADSHEET_FILES_FIELD = 'files';
/** The largest spreadsheet accepted (413 PAYLOAD_TOO_LARGE). */
export const SPREADSHEET_MAX_BYTES = 5 * 1024 * 1024;
/** Data rows one import takes (422 SPREADSHEET_TOO_MANY_ROWS). */
export const SPREADSHEET_MAX_ROWS = 2000;
/** Attached files one import takes, and their total size (each one also within the media library's limit). */
export const SPREADSHEET_MAX_FILES = 300;
export const SPREADSHEET_FILES_MAX_TOTAL_BYTES = 500 * 1024 * 1024;

const FLAG = ['0', '1', 'true', 'false'];

/** The text fields that may accompany an import (`1`/`true` to set). */
export class SpreadsheetImportFields {
  /** Import the valid rows and leave out the others (otherwise one invalid row refuses the whole import). */
  @IsOptionalNotNull()
  @IsIn(FLAG)
  skipInvalid?: string;

  /** Submit each imported item for approval (the chain decides who approves; nothing is published). */
  @IsOptionalNotNull()
  @IsIn(FLAG)
  submit?: string;

  /** The importer confirms the rows hold no state-secret information (required with `submit`). */
  @IsOptionalNotNull()
  @IsIn(FLAG)
  noSecretConfirmed?: string;
}

export const isFlagSet = (value: string | undefined): boolean => value === '1' || value === 'true';

/** A problem of one cell (or of the row, when `column` is null), in Vietnamese and English. */
export interface SpreadsheetProblem {
  /** The column's header as the sheet writes it, or null for the whole row. */
  column: string | null;
  /** The content field it concerns (`issuedOn`), `files`, or null. */
  field: string | null;
  /** A stable code (`required`, `invalidDate`, `unknownValue`, `duplicateRow`, …). */
  code: string;
  message: { vi: string; en: string };
}

/** What a row does: a new draft, a new edition of an existing item (found by its key), or nothing (same content). */
export type SpreadsheetMatch =
  | { kind: 'new' }
  | { kind: 'update'; itemId: string; title: string; revision: number; changed: string[] }
  | { kind: 'unchanged'; itemId: string; title: string };

/** A file a row names, and whether it was attached (and is a PDF or Word document). */
export interface SpreadsheetFileMatch {
  name: string;
  found: boolean;
}

export interface SpreadsheetRowPreview {
  /** The row's number in the sheet (as Excel shows it). */
  row: number;
  /** The item's key in the register (a document's number and year, a procedure's code), when it has one. */
  key: string | null;
  /** The content the row maps to (for an update: the item's content with the row's changes). */
  content: Record<string, unknown>;
  match: SpreadsheetMatch;
  /** What keeps the row from being imported. */
  errors: SpreadsheetProblem[];
  /** What keeps the item from being submitted for approval later (it is imported as a draft all the same). */
  warnings: SpreadsheetProblem[];
  files: SpreadsheetFileMatch[];
}

/** A column of the sheet and the field it was recognised as (null: not used). */
export interface SpreadsheetColumn {
  /** The column's letter (`A`). */
  letter: string;
  header: string;
  field: string | null;
}

export interface SpreadsheetPreviewResponse {
  type: SpreadsheetImportType;
  format: 'xlsx' | 'csv';
  /** The sheet read (the first one of a workbook). */
  sheet: string;
  /** The row holding the column headers. */
  headerRow: number;
  columns: SpreadsheetColumn[];
  rows: SpreadsheetRowPreview[];
  counts: { rows: number; valid: number; invalid: number; new: number; update: number; unchanged: number };
  /** Attached files no row names. */
  unusedFiles: string[];
  /** Things about the file as a whole (a CSV read as Windows-1258, columns not recognised), in Vietnamese and English. */
  notices: { vi: string; en: string }[];
}

export interface SpreadsheetImportedItem {
  row: number;
  id: string;
  title: string;
  action: 'created' | 'updated';
  /** Whether it went into the approval chain (`submit=1`). */
  submitted: boolean;
  /** Why it could not be submitted (it stays a draft), as the API's error code and message. */
  submitError?: { code: string; message: string };
}

export interface SpreadsheetImportResponse {
  type: SpreadsheetImportType;
  created: number;
  updated: number;
  /** Rows whose content is already the item's (nothing written). */
  unchanged: number;
  /** Rows left out as invalid (`skipInvalid=1`). */
  skipped: number[];
  /** Files added to the media library (a file already in it is reused). */
  files: number;
  submitted: number;
  items: SpreadsheetImportedItem[];
}

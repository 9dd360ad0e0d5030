import {
  type ImportFormat,
  type ImportResponse,
  SPREADSHEET_FIELD,
  SPREADSHEET_FILES_FIELD,
  type SpreadsheetImportResponse,
  type SpreadsheetImportType,
  type SpreadsheetPreviewResponse,
} from '@congxa/shared/dto/imports';
import { type Download, download, upload, type UploadOptions } from '../../core/http';

export type { UploadProgress } from '../../core/http';

export type ImportOptions = UploadOptions;

/**
 * POST /sites/:site/imports/{docx|txt}: the file becomes a new draft article owned by the caller
 * (201 ImportResponse). Rejects with an HttpError carrying the API's message (413, 415, 422 …).
 */
export function importFile(slug: string, format: ImportFormat, file: File, options: ImportOptions = {}): Promise<ImportResponse> {
  const form = new FormData();
  form.append('file', file, file.name);
  return upload<ImportResponse>(`/sites/${encodeURIComponent(slug)}/imports/${format}`, form, options);
}

/** What a spreadsheet import sends: the sheet and the files its rows name. */
export interface SpreadsheetUpload {
  sheet: File;
  files: readonly File[];
}

/** What the import is asked to do beyond writing the valid rows as drafts. */
export interface SpreadsheetImportFlags {
  /** Import the valid rows, leaving out the others (otherwise one invalid row refuses the whole import). */
  skipInvalid?: boolean;
  /** Submit each imported item for approval; requires `noSecretConfirmed`. */
  submit?: boolean;
  noSecretConfirmed?: boolean;
}

const spreadsheetPath = (slug: string, type: SpreadsheetImportType) => `/sites/${encodeURIComponent(slug)}/imports/${type}`;

function spreadsheetForm({ sheet, files }: SpreadsheetUpload, flags: SpreadsheetImportFlags = {}): FormData {
  const form = new FormData();
  for (const [name, on] of Object.entries(flags)) if (on) form.append(name, '1');
  form.append(SPREADSHEET_FIELD, sheet, sheet.name);
  for (const f of files) form.append(SPREADSHEET_FILES_FIELD, f, f.name);
  return form;
}

/** POST /sites/:site/imports/:type/preview: every row mapped, matched and checked; nothing is written. */
export function previewSpreadsheet(
  slug: string,
  type: SpreadsheetImportType,
  input: SpreadsheetUpload,
  options: UploadOptions = {},
): Promise<SpreadsheetPreviewResponse> {
  return upload<SpreadsheetPreviewResponse>(`${spreadsheetPath(slug, type)}/preview`, spreadsheetForm(input), options);
}

/** POST /sites/:site/imports/:type: the rows written in one transaction (drafts, new editions), files into the library. */
export function importSpreadsheet(
  slug: string,
  type: SpreadsheetImportType,
  input: SpreadsheetUpload,
  flags: SpreadsheetImportFlags,
  options: UploadOptions = {},
): Promise<SpreadsheetImportResponse> {
  return upload<SpreadsheetImportResponse>(spreadsheetPath(slug, type), spreadsheetForm(input, flags), options);
}

/** GET /sites/:site/imports/:type/template.xlsx: the headers the import recognises and an example row. */
export async function spreadsheetTemplate(slug: string, type: SpreadsheetImportType): Promise<Download> {
  return download(`${spreadsheetPath(slug, type)}/template.xlsx`);
}

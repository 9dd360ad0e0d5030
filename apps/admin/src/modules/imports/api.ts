import type { ImportFormat, ImportResponse } from '@congxa/shared/dto/imports';
import { upload, type UploadOptions } from '../../core/http';

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

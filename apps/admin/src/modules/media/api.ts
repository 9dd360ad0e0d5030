import type { Page } from '@congxa/shared/dto/common';
import type { MediaDetailResponse, MediaKind, MediaResponse, UploadMediaResponse } from '@congxa/shared/dto/media';
import { http, upload, type UploadOptions } from '../../core/http';

export interface MediaListParams {
  page?: number;
  pageSize?: number;
  kind?: MediaKind;
  /** Words of the file name, alt text or caption, with or without Vietnamese marks. */
  q?: string;
  /** Only images without alt text. */
  missingAlt?: boolean;
}

const base = (site: string) => `/sites/${encodeURIComponent(site)}/media`;

/** GET /sites/:site/media — the library, newest first (permission `media.read`). */
export function listMedia(site: string, params: MediaListParams = {}): Promise<Page<MediaResponse>> {
  return http<Page<MediaResponse>>(base(site), {
    query: {
      page: params.page,
      pageSize: params.pageSize,
      kind: params.kind,
      q: params.q || undefined,
      missingAlt: params.missingAlt ? 1 : undefined,
    },
  });
}

/** GET /sites/:site/media/:id — one item and where it is used. */
export function getMedia(site: string, id: string, signal?: AbortSignal): Promise<MediaDetailResponse> {
  return http<MediaDetailResponse>(`${base(site)}/${encodeURIComponent(id)}`, { signal });
}

export interface UploadMediaFields {
  altText?: string;
  caption?: string;
}

/** POST /sites/:site/media (multipart) with upload progress; `duplicate` when the same file was already there. */
export function uploadMedia(site: string, file: File, fields: UploadMediaFields = {}, options: UploadOptions = {}): Promise<UploadMediaResponse> {
  const form = new FormData();
  if (fields.altText) form.append('altText', fields.altText);
  if (fields.caption) form.append('caption', fields.caption);
  // Text fields first, then the file.
  form.append('file', file, file.name);
  return upload<UploadMediaResponse>(base(site), form, options);
}

export interface UpdateMediaBody {
  revision: number;
  altText?: string;
  /** null (or '') clears the caption. */
  caption?: string | null;
}

/** PATCH /sites/:site/media/:id — alt text and caption; 409 REVISION_CONFLICT with `details.current` on a stale revision. */
export function updateMedia(site: string, id: string, body: UpdateMediaBody): Promise<MediaResponse> {
  return http<MediaResponse>(`${base(site)}/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

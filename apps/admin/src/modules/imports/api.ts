import type { ImportFormat, ImportResponse } from '@congxa/shared/dto/imports';
import { API_PREFIX, HttpError, toHttpError } from '../../core/http';
import { currentLocale } from '../../i18n';
import { useSessionStore } from '../auth/stores/session';
import { parseResponseBody, progressPercent } from './composables/uploadProgress';

export interface UploadProgress {
  /** 'sending': bytes are on their way; 'processing': all sent, the server reads the file and makes the draft. */
  phase: 'sending' | 'processing';
  /** 0–100 while sending (null when the browser cannot tell), 100 once all is sent. */
  percent: number | null;
  loaded: number;
  total: number;
}

export interface ImportOptions {
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

interface RawAnswer {
  status: number;
  body: unknown;
  retryAfter: string | null;
}

const abortError = () => new DOMException('The upload was cancelled', 'AbortError');

/**
 * One multipart POST through XMLHttpRequest, the only browser API that reports upload progress.
 * Resolves with the answer whatever its status; rejects on a network failure (HttpError NETWORK_ERROR)
 * or an abort (DOMException AbortError).
 */
function post(url: string, file: File, token: string | null, options: ImportOptions): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(abortError());
      return;
    }
    const xhr = new XMLHttpRequest();
    const onAbort = () => xhr.abort();
    const done = () => options.signal?.removeEventListener('abort', onAbort);
    xhr.open('POST', url);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', currentLocale());
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      options.onProgress?.({ phase: 'sending', percent: progressPercent(event), loaded: event.loaded, total: event.total });
    };
    xhr.upload.onload = () => {
      options.onProgress?.({ phase: 'processing', percent: 100, loaded: file.size, total: file.size });
    };
    xhr.onload = () => {
      done();
      resolve({
        status: xhr.status,
        body: parseResponseBody(xhr.getResponseHeader('content-type'), xhr.responseText),
        retryAfter: xhr.getResponseHeader('retry-after'),
      });
    };
    xhr.onerror = () => {
      done();
      reject(new HttpError({ status: 0, code: 'NETWORK_ERROR', message: 'Network error' }));
    };
    xhr.onabort = () => {
      done();
      reject(abortError());
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/**
 * POST /sites/:site/imports/{docx|txt}: the file becomes a new draft article owned by the caller
 * (201 ImportResponse). Sends the Bearer token and, on a 401, refreshes the session once and sends the
 * file again. Rejects with an HttpError carrying the API's message (413, 415, 422 …).
 */
export async function importFile(slug: string, format: ImportFormat, file: File, options: ImportOptions = {}): Promise<ImportResponse> {
  const session = useSessionStore();
  const url = `${API_PREFIX}/sites/${encodeURIComponent(slug)}/imports/${format}`;
  let answer = await post(url, file, session.accessToken, options);
  if (answer.status === 401 && (await session.refresh())) answer = await post(url, file, session.accessToken, options);
  if (answer.status < 200 || answer.status >= 300) throw toHttpError(answer.status, answer.body, answer.retryAfter);
  if (answer.body === undefined) throw new HttpError({ status: answer.status, code: 'UNEXPECTED_RESPONSE', message: `HTTP ${answer.status}` });
  return answer.body as ImportResponse;
}

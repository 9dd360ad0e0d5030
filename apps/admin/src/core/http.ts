import type { ApiError, ErrorCode, FieldError } from '@congxa/shared/errors';

/** Codes the client adds for failures that never reached the API's error format. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'UNEXPECTED_RESPONSE';

/** An API call that failed, with the API's error body parsed. */
export class HttpError extends Error {
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode;
  /** Per-field messages of a VALIDATION_FAILED answer (empty otherwise). */
  readonly fieldErrors: FieldError[];
  readonly details: unknown;
  /** Seconds from a Retry-After header (429), when given. */
  readonly retryAfter: number | null;

  constructor(init: {
    status: number;
    code: ErrorCode | ClientErrorCode;
    message: string;
    fieldErrors?: FieldError[];
    details?: unknown;
    retryAfter?: number | null;
  }) {
    super(init.message);
    this.name = 'HttpError';
    this.status = init.status;
    this.code = init.code;
    this.fieldErrors = init.fieldErrors ?? [];
    this.details = init.details;
    this.retryAfter = init.retryAfter ?? null;
  }

  /** True when the message came from the API (already in the user's language). */
  get fromApi(): boolean {
    return this.code !== 'NETWORK_ERROR' && this.code !== 'UNEXPECTED_RESPONSE';
  }

  /** The message for one field of a VALIDATION_FAILED answer, if any. */
  fieldMessage(field: string): string | undefined {
    return this.fieldErrors.find((e) => e.field === field)?.message;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isApiError(body: unknown): body is ApiError {
  return isRecord(body) && typeof body.code === 'string' && typeof body.message === 'string';
}

function isFieldError(value: unknown): value is FieldError {
  return isRecord(value) && typeof value.field === 'string' && typeof value.message === 'string';
}

function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/**
 * Turns a failed response into an HttpError. `body` is the parsed JSON (or undefined when the body was
 * not JSON). Anything that does not look like the API's `{statusCode, code, message, details?}` becomes
 * UNEXPECTED_RESPONSE, so callers can always branch on `code`.
 */
export function toHttpError(status: number, body: unknown, retryAfterHeader: string | null = null): HttpError {
  const retryAfter = parseRetryAfter(retryAfterHeader);
  if (!isApiError(body)) {
    return new HttpError({ status, code: 'UNEXPECTED_RESPONSE', message: `HTTP ${status}`, retryAfter });
  }
  const fieldErrors = body.code === 'VALIDATION_FAILED' && Array.isArray(body.details) ? body.details.filter(isFieldError) : [];
  return new HttpError({
    status,
    code: body.code,
    message: body.message,
    fieldErrors,
    details: body.details,
    retryAfter,
  });
}

async function readJson(response: Response): Promise<unknown> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** What the http module needs from the session, plugged in by the session store. */
export interface HttpHooks {
  /** The current access token (kept in memory only). */
  accessToken(): string | null;
  /** Gets a new access token with the refresh cookie; resolves true when it worked. */
  refresh(): Promise<boolean>;
  /** The UI language, sent as Accept-Language so API messages match it. */
  language(): string;
}

const defaultHooks: HttpHooks = {
  accessToken: () => null,
  refresh: async () => false,
  language: () => 'vi',
};

let hooks: HttpHooks = { ...defaultHooks };

export function setHttpHooks(next: Partial<HttpHooks>): void {
  hooks = { ...hooks, ...next };
}

export function resetHttpHooks(): void {
  hooks = { ...defaultHooks };
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpOptions {
  method?: HttpMethod;
  /** The Accept header (default application/json). */
  accept?: string;
  /** Sent as JSON. */
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined>;
  /** Send the Bearer token and refresh once on 401 (default true). */
  auth?: boolean;
  signal?: AbortSignal;
}

export const API_PREFIX = '/api/v1';

function buildUrl(path: string, query: HttpOptions['query']): string {
  let url = `${API_PREFIX}${path}`;
  if (query) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined) params.set(key, String(value));
    }
    const qs = params.toString();
    if (qs) url += `?${qs}`;
  }
  return url;
}

async function send(path: string, options: HttpOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: options.accept ?? 'application/json', 'Accept-Language': hooks.language() };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const token = options.auth === false ? null : hooks.accessToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  try {
    return await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new HttpError({ status: 0, code: 'NETWORK_ERROR', message: 'Network error' });
  }
}

/**
 * Calls the API under /api/v1. Resolves with the parsed JSON body (undefined for 204), rejects with an
 * HttpError. On a 401 of an authenticated call it refreshes the session once and retries.
 */
export async function http<T>(path: string, options: HttpOptions = {}): Promise<T> {
  const response = await sendWithRefresh(path, options);
  if (response.status === 204) return undefined as T;
  const body = await readJson(response);
  if (!response.ok) throw toHttpError(response.status, body, response.headers.get('retry-after'));
  if (body === undefined && response.status !== 202) {
    throw new HttpError({ status: response.status, code: 'UNEXPECTED_RESPONSE', message: `HTTP ${response.status}` });
  }
  return body as T;
}

async function sendWithRefresh(path: string, options: HttpOptions): Promise<Response> {
  const response = await send(path, options);
  if (response.status === 401 && options.auth !== false && (await hooks.refresh())) return send(path, options);
  return response;
}

/** A file the API answered (PDF, CSV, …) with the name its Content-Disposition gives, if any. */
export interface Download {
  blob: Blob;
  fileName: string | null;
}

function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      return null;
    }
  }
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? null;
}

/** GET of a file (PDF, CSV …) with the same token, refresh and error handling as `http()`. */
export async function download(path: string, options: Omit<HttpOptions, 'body' | 'method'> = {}): Promise<Download> {
  const response = await sendWithRefresh(path, { ...options, accept: options.accept ?? '*/*' });
  if (!response.ok) throw toHttpError(response.status, await readJson(response), response.headers.get('retry-after'));
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('content-disposition')) };
}

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

/** The JSON body of an XMLHttpRequest answer, or undefined when it is not JSON (a proxy's HTML page, nothing). */
export function parseResponseBody(contentType: string | null, text: string): unknown {
  if (!(contentType ?? '').includes('json') || !text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export interface UploadProgress {
  /** 'sending': bytes are on their way; 'processing': all sent, the server reads the file. */
  phase: 'sending' | 'processing';
  /** 0–100 while sending (null when the browser cannot tell), 100 once all is sent. */
  percent: number | null;
  loaded: number;
  total: number;
}

export interface UploadOptions {
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
function post(url: string, form: FormData, options: UploadOptions): Promise<RawAnswer> {
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
    xhr.setRequestHeader('Accept-Language', hooks.language());
    const token = hooks.accessToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    let sent = { loaded: 0, total: 0 };
    xhr.upload.onprogress = (event) => {
      sent = { loaded: event.loaded, total: event.total };
      options.onProgress?.({ phase: 'sending', percent: progressPercent(event), ...sent });
    };
    xhr.upload.onload = () => {
      options.onProgress?.({ phase: 'processing', percent: 100, loaded: sent.total || sent.loaded, total: sent.total });
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
    xhr.send(form);
  });
}

/**
 * A multipart POST under /api/v1 with upload progress: the same token, Accept-Language, one refresh on
 * 401 (the form is sent again) and errors as `http()`.
 */
export async function upload<T>(path: string, form: FormData, options: UploadOptions = {}): Promise<T> {
  const url = buildUrl(path, undefined);
  let answer = await post(url, form, options);
  if (answer.status === 401 && (await hooks.refresh())) answer = await post(url, form, options);
  if (answer.status < 200 || answer.status >= 300) throw toHttpError(answer.status, answer.body, answer.retryAfter);
  if (answer.body === undefined) throw new HttpError({ status: answer.status, code: 'UNEXPECTED_RESPONSE', message: `HTTP ${answer.status}` });
  return answer.body as T;
}

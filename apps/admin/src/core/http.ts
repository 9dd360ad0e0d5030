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
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': hooks.language() };
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
  let response = await send(path, options);
  if (response.status === 401 && options.auth !== false) {
    if (await hooks.refresh()) response = await send(path, options);
  }
  if (response.status === 204) return undefined as T;
  const body = await readJson(response);
  if (!response.ok) throw toHttpError(response.status, body, response.headers.get('retry-after'));
  if (body === undefined && response.status !== 202) {
    throw new HttpError({ status: response.status, code: 'UNEXPECTED_RESPONSE', message: `HTTP ${response.status}` });
  }
  return body as T;
}

import type { ErrorCode } from '@congxa/shared/errors';

/** A failed API call: the HTTP status and the API's stable error code (when it sent one). */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'NETWORK_ERROR' | 'UNEXPECTED_RESPONSE',
    message: string,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

function errorFromBody(status: number, body: unknown): ApiRequestError {
  if (typeof body === 'object' && body !== null && 'code' in body && typeof body.code === 'string') {
    const message = 'message' in body && typeof body.message === 'string' ? body.message : `HTTP ${status}`;
    return new ApiRequestError(status, body.code as ErrorCode, message);
  }
  return new ApiRequestError(status, 'UNEXPECTED_RESPONSE', `HTTP ${status}`);
}

/** How the portal reaches the API: the browser's fetch, or the server's in-process or remote one. */
export type Fetcher = (url: string, init: { headers: Record<string, string>; signal?: AbortSignal }) => Promise<Response>;

export interface PortalApi {
  /** GET {base}{path} as JSON. Rejects with ApiRequestError. */
  get<T>(path: string, signal?: AbortSignal): Promise<T>;
}

/** The API at `base` (`/api/v1` in the browser; the server passes an absolute base or its own fetcher). */
export function createApi(fetcher: Fetcher = (url, init) => fetch(url, init), base = '/api/v1'): PortalApi {
  return { get: (path, signal) => getJsonWith(fetcher, `${base}${path}`, signal) };
}

async function getJsonWith<T>(fetcher: Fetcher, url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetcher(url, { headers: { Accept: 'application/json' }, signal });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiRequestError(0, 'NETWORK_ERROR', 'Network error');
  }
  let body: unknown;
  try {
    body = (response.headers.get('content-type') ?? '').includes('json') ? await response.json() : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) throw errorFromBody(response.status, body);
  if (body === undefined) throw new ApiRequestError(response.status, 'UNEXPECTED_RESPONSE', 'Not JSON');
  return body as T;
}

/** Codes of an item that existed and was taken down (an article, a legal document, a procedure). */
const WITHDRAWN: readonly string[] = ['ARTICLE_WITHDRAWN', 'DOCUMENT_WITHDRAWN', 'PROCEDURE_WITHDRAWN'];

/** The item existed and was taken down by the editorial board (the page says so, with a 404). */
export function isWithdrawn(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 404 && WITHDRAWN.includes(error.code);
}

/** True when the API says the thing (or the route) is not there. */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 404;
}

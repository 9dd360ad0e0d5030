import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type ApiError, type ErrorCode, errorMessage, type FieldError, validationMessage } from '@congxa/shared/errors';
import { preferredLang } from '../http/lang';
import { AppException } from './app-exception';

/** A validation failure before translation: which field broke which rule. */
export class ValidationFailed extends HttpException {
  constructor(readonly fields: { field: string; rule: string }[]) {
    super('VALIDATION_FAILED', 400);
  }
}

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

/** Fastify's own errors (raised before a handler runs) by their code. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  // The router's own: a path that is not valid percent-encoded UTF-8, a path parameter over the length limit.
  FST_ERR_BAD_URL: 'BAD_REQUEST',
  FST_ERR_MAX_PARAM_LENGTH: 'BAD_REQUEST',
  FST_ERR_ASYNC_CONSTRAINT: 'BAD_REQUEST',
};

/** Unique indexes → the code a concurrent duplicate gets (the service's own check answers the usual case). */
const UNIQUE_CONSTRAINTS: Record<string, ErrorCode> = {
  uq_sites_code: 'SITE_CODE_TAKEN',
  uq_sites_slug: 'SITE_SLUG_TAKEN',
  uq_categories_site_slug: 'SLUG_TAKEN',
  uq_fields_site_slug: 'NAME_TAKEN',
  uq_memberships_site_user: 'ALREADY_MEMBER',
};

export function toApiError(
  err: unknown,
  acceptLanguage: string | string[] | undefined,
  routeMatched = true,
): { body: ApiError; headers?: Record<string, string> } {
  const lang = preferredLang(acceptLanguage);
  const make = (statusCode: number, code: ErrorCode, details?: unknown): ApiError =>
    details === undefined ? { statusCode, code, message: errorMessage(code, lang) } : { statusCode, code, message: errorMessage(code, lang), details };

  if (err instanceof AppException) return { body: make(err.httpStatus, err.code, err.details), headers: err.headers };
  if (err instanceof ValidationFailed) {
    const details: FieldError[] = err.fields.map((f) => ({ ...f, message: validationMessage(f.rule, lang) }));
    return { body: make(400, 'VALIDATION_FAILED', details) };
  }
  // Fastify's own errors arrive as they are or wrapped by Nest (HttpException with the error as cause).
  const source = (err instanceof HttpException && err.cause ? err.cause : err) as { code?: unknown; name?: unknown };
  const fastifyCode = source?.code;
  if (source?.name === 'SyntaxError') return { body: make(400, 'INVALID_JSON') };
  if (typeof fastifyCode === 'string' && FASTIFY_CODES[fastifyCode]) {
    const code = FASTIFY_CODES[fastifyCode];
    const status = code === 'PAYLOAD_TOO_LARGE' ? 413 : code === 'UNSUPPORTED_MEDIA_TYPE' ? 415 : 400;
    return { body: make(status, code) };
  }
  // A unique violation (PostgreSQL 23505) that slipped past a check, e.g. two requests racing.
  const driverError = err as { driverError?: { code?: string; constraint?: string } };
  if (driverError?.driverError?.code === '23505') {
    return { body: make(409, UNIQUE_CONSTRAINTS[driverError.driverError.constraint ?? ''] ?? 'CONFLICT') };
  }
  if (err instanceof HttpException) {
    const status = err.getStatus();
    if (status === 404 && !routeMatched) return { body: make(404, 'ROUTE_NOT_FOUND') };
    return { body: make(status, STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST')) };
  }
  const status = (err as { statusCode?: unknown })?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { body: make(status, STATUS_CODES[status] ?? 'BAD_REQUEST') };
  }
  return { body: make(500, 'INTERNAL_ERROR') };
}

/** Every error leaves the API in one shape, without stack traces. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(err: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const { body, headers } = toApiError(err, req.headers['accept-language'], req.routeOptions?.url !== undefined);
    if (body.statusCode >= 500) this.logger.error(`${req.method} ${req.url}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    if (headers) void reply.headers(headers);
    void reply.status(body.statusCode).type('application/json; charset=utf-8').send(body);
  }
}

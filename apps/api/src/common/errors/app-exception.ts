import { HttpException } from '@nestjs/common';
import type { ErrorCode } from '@congxa/shared/errors';

/** An error with a stable code; the filter turns it into `{statusCode, code, message, details?}`. */
export class AppException extends HttpException {
  constructor(
    readonly httpStatus: number,
    readonly code: ErrorCode,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(code, httpStatus);
  }
}

export const notFound = (code: ErrorCode = 'NOT_FOUND') => new AppException(404, code);
export const forbidden = (code: ErrorCode = 'FORBIDDEN') => new AppException(403, code);
export const conflict = (code: ErrorCode, details?: unknown) => new AppException(409, code, details);
export const unprocessable = (code: ErrorCode, details?: unknown) => new AppException(422, code, details);

/** 409 for a stale `revision`; details carry the current state so the client can show and merge. */
export const revisionConflict = (current: unknown) => new AppException(409, 'REVISION_CONFLICT', { current });

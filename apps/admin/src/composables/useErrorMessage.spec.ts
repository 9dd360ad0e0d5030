import { describe, expect, it } from 'vitest';
import { HttpError } from '../core/http';
import { describeError } from './useErrorMessage';

const t = (key: string, named?: Record<string, unknown>) => (named ? `${key}:${JSON.stringify(named)}` : key);

describe('describeError', () => {
  it('should show the API message when the API answered with its error body', () => {
    const error = new HttpError({ status: 401, code: 'INVALID_CREDENTIALS', message: 'Email hoặc mật khẩu không đúng.' });
    expect(describeError(error, t)).toBe('Email hoặc mật khẩu không đúng.');
  });

  it('should add the waiting time when the API asks to retry later', () => {
    const error = new HttpError({
      status: 429,
      code: 'TOO_MANY_ATTEMPTS',
      message: 'Bạn đã thử quá nhiều lần, vui lòng thử lại sau.',
      retryAfter: 30,
    });
    expect(describeError(error, t)).toBe('Bạn đã thử quá nhiều lần, vui lòng thử lại sau. errors.retryAfter:{"seconds":30}');
  });

  it('should fall back to a translated sentence when the API was not reached', () => {
    expect(describeError(new HttpError({ status: 0, code: 'NETWORK_ERROR', message: 'x' }), t)).toBe('errors.network');
    expect(describeError(new HttpError({ status: 502, code: 'UNEXPECTED_RESPONSE', message: 'x' }), t)).toBe('errors.unexpected');
    expect(describeError(new Error('boom'), t)).toBe('errors.unexpected');
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HttpError, http, resetHttpHooks, setHttpHooks, toHttpError } from './http';

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  });
}

describe('toHttpError', () => {
  it('should keep the code and Vietnamese message when the API sends its error body', () => {
    const error = toHttpError(401, {
      statusCode: 401,
      code: 'INVALID_CREDENTIALS',
      message: 'Email hoặc mật khẩu không đúng.',
    });
    expect(error).toBeInstanceOf(HttpError);
    expect(error.status).toBe(401);
    expect(error.code).toBe('INVALID_CREDENTIALS');
    expect(error.message).toBe('Email hoặc mật khẩu không đúng.');
    expect(error.fromApi).toBe(true);
    expect(error.fieldErrors).toEqual([]);
  });

  it('should list field messages when the API answers VALIDATION_FAILED', () => {
    const error = toHttpError(400, {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'Dữ liệu gửi lên không hợp lệ.',
      details: [{ field: 'email', rule: 'isEmail', message: 'Không phải địa chỉ email hợp lệ.' }, { nonsense: true }],
    });
    expect(error.fieldErrors).toEqual([{ field: 'email', rule: 'isEmail', message: 'Không phải địa chỉ email hợp lệ.' }]);
    expect(error.fieldMessage('email')).toBe('Không phải địa chỉ email hợp lệ.');
    expect(error.fieldMessage('password')).toBeUndefined();
  });

  it('should read Retry-After seconds when the API answers 429', () => {
    const error = toHttpError(429, { statusCode: 429, code: 'TOO_MANY_ATTEMPTS', message: 'Bạn đã thử quá nhiều lần, vui lòng thử lại sau.' }, '60');
    expect(error.retryAfter).toBe(60);
  });

  it('should answer UNEXPECTED_RESPONSE when the body is not an API error', () => {
    const error = toHttpError(502, undefined);
    expect(error.code).toBe('UNEXPECTED_RESPONSE');
    expect(error.fromApi).toBe(false);
    expect(toHttpError(500, { error: 'x' }).code).toBe('UNEXPECTED_RESPONSE');
  });
});

describe('http', () => {
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    resetHttpHooks();
  });

  it('should send the Bearer token and language when a session is active', async () => {
    setHttpHooks({ accessToken: () => 'tok-1', language: () => 'en' });
    fetchMock.mockResolvedValueOnce(json(200, { ok: true }));
    await expect(http('/me')).resolves.toEqual({ ok: true });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/v1/me');
    const headers = init?.headers as Record<string, string>;
    expect(headers.Authorization).toBe('Bearer tok-1');
    expect(headers['Accept-Language']).toBe('en');
  });

  it('should not send the token when the call is anonymous', async () => {
    setHttpHooks({ accessToken: () => 'tok-1' });
    fetchMock.mockResolvedValueOnce(json(200, {}));
    await http('/auth/login', { method: 'POST', body: { email: 'a@b.vn', password: 'x' }, auth: false });
    const init = fetchMock.mock.calls[0]![1]!;
    expect((init.headers as Record<string, string>).Authorization).toBeUndefined();
    expect(init.body).toBe('{"email":"a@b.vn","password":"x"}');
  });

  it('should refresh once and retry when the access token has expired', async () => {
    let token = 'old';
    const refresh = vi.fn(async () => {
      token = 'new';
      return true;
    });
    setHttpHooks({ accessToken: () => token, refresh });
    fetchMock
      .mockResolvedValueOnce(json(401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Bạn cần đăng nhập.' }))
      .mockResolvedValueOnce(json(200, { user: 'me' }));
    await expect(http('/me')).resolves.toEqual({ user: 'me' });
    expect(refresh).toHaveBeenCalledTimes(1);
    expect((fetchMock.mock.calls[1]![1]!.headers as Record<string, string>).Authorization).toBe('Bearer new');
  });

  it('should reject with the 401 when the refresh fails', async () => {
    const refresh = vi.fn(async () => false);
    setHttpHooks({ accessToken: () => 'old', refresh });
    fetchMock.mockResolvedValueOnce(json(401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Bạn cần đăng nhập.' }));
    await expect(http('/me')).rejects.toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('should not refresh when an anonymous call answers 401', async () => {
    const refresh = vi.fn(async () => true);
    setHttpHooks({ refresh });
    fetchMock.mockResolvedValueOnce(json(401, { statusCode: 401, code: 'INVALID_CREDENTIALS', message: 'Email hoặc mật khẩu không đúng.' }));
    await expect(http('/auth/login', { method: 'POST', body: {}, auth: false })).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
      message: 'Email hoặc mật khẩu không đúng.',
    });
    expect(refresh).not.toHaveBeenCalled();
  });

  it('should resolve undefined when the API answers 204', async () => {
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }));
    await expect(http('/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
  });

  it('should reject with NETWORK_ERROR when the server cannot be reached', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(http('/me')).rejects.toMatchObject({ code: 'NETWORK_ERROR', status: 0 });
  });
});

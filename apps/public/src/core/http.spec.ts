import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiRequestError, createApi, isNotFound, isWithdrawn } from './http';

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('createApi', () => {
  const getJson = (path: string) => createApi().get(path);
  afterEach(() => vi.unstubAllGlobals());

  it('should resolve the body when the API answers 200', async () => {
    const fetchMock = vi.fn(async () => json(200, { code: '22222', slug: 'an-hao-dong', name: 'Xã Ân Hảo Đông' }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(getJson('/public/site')).resolves.toEqual({ code: '22222', slug: 'an-hao-dong', name: 'Xã Ân Hảo Đông' });
    expect(fetchMock).toHaveBeenCalledWith('/api/v1/public/site', expect.anything());
  });

  it('should call the fetcher and base it is given (the server renders through its own)', async () => {
    const fetcher = vi.fn(async () => json(410, { statusCode: 404, code: 'ARTICLE_WITHDRAWN', message: 'Đã gỡ.' }));
    const error = await createApi(fetcher, 'http://api.local/api/v1')
      .get('/public/articles/da-go')
      .catch((e: unknown) => e);
    expect(fetcher).toHaveBeenCalledWith('http://api.local/api/v1/public/articles/da-go', expect.objectContaining({ headers: { Accept: 'application/json' } }));
    expect(isWithdrawn(error)).toBe(false);
    expect(error).toMatchObject({ status: 410, code: 'ARTICLE_WITHDRAWN' });
  });

  it('should reject with the API code when the article is missing', async () => {
    vi.stubGlobal('fetch', async () => json(404, { statusCode: 404, code: 'NOT_FOUND', message: 'Không tìm thấy.' }));
    const error = await getJson('/public/articles/khong-co').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ status: 404, code: 'NOT_FOUND', message: 'Không tìm thấy.' });
    expect(isNotFound(error)).toBe(true);
  });

  it('should reject with UNEXPECTED_RESPONSE when the server answers HTML', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html></html>', { status: 502, headers: { 'Content-Type': 'text/html' } }));
    await expect(getJson('/public/site')).rejects.toMatchObject({ status: 502, code: 'UNEXPECTED_RESPONSE' });
  });

  it('should reject with NETWORK_ERROR when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(getJson('/public/site')).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });
});

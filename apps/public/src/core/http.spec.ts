import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiRequestError, getJson, isNotFound } from './http';

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('getJson', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('should resolve the body when the API answers 200', async () => {
    const fetchMock = vi.fn(async () => json(200, { code: '22222', slug: 'an-hao-dong', name: 'Xã Ân Hảo Đông' }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(getJson('/public/site')).resolves.toEqual({ code: '22222', slug: 'an-hao-dong', name: 'Xã Ân Hảo Đông' });
    expect(fetchMock).toHaveBeenCalledWith('/api/v1/public/site', expect.anything());
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

import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTick, ref } from 'vue';
import { useArticleList } from './useArticleList';

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const article = {
  id: 'a1',
  slug: 'hop-dan-thon-1',
  title: 'Họp dân thôn 1',
  summary: 'Tóm tắt',
  publishedAt: '2025-07-01T02:00:00Z',
  category: null,
};

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await nextTick();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('useArticleList', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('should list the articles when the API answers', async () => {
    const fetchMock = vi.fn(async () => json(200, { items: [article], total: 1, page: 1, pageSize: 10 }));
    vi.stubGlobal('fetch', fetchMock);
    const { list, state } = useArticleList(ref(1));
    await settle();
    expect(state.value).toBe('ready');
    expect(list.value.items.map((a) => a.title)).toEqual(['Họp dân thôn 1']);
    expect(fetchMock).toHaveBeenCalledWith('/api/v1/public/articles?page=1&pageSize=10', expect.anything());
  });

  it('should show an empty list when the API has no such route', async () => {
    vi.stubGlobal('fetch', async () => json(404, { statusCode: 404, code: 'ROUTE_NOT_FOUND', message: 'x' }));
    const { list, state } = useArticleList(ref(1));
    await settle();
    expect(state.value).toBe('ready');
    expect(list.value.items).toEqual([]);
  });

  it('should report a failure when the server errs', async () => {
    vi.stubGlobal('fetch', async () => json(500, { statusCode: 500, code: 'INTERNAL_ERROR', message: 'x' }));
    const { state } = useArticleList(ref(1));
    await settle();
    expect(state.value).toBe('failed');
  });

  it('should load the new page when the page changes', async () => {
    const fetchMock = vi.fn(async () => json(200, { items: [], total: 30, page: 2, pageSize: 10 }));
    vi.stubGlobal('fetch', fetchMock);
    const page = ref(1);
    useArticleList(page);
    await settle();
    page.value = 2;
    await settle();
    expect(fetchMock).toHaveBeenLastCalledWith('/api/v1/public/articles?page=2&pageSize=10', expect.anything());
  });
});

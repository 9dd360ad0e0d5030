import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as http from '../../../core/http';
import { byNumberMatch, getRelated, relatedLabel, searchRelated } from './relatedItems';

vi.mock('../../../core/http', async (importOriginal) => ({ ...(await importOriginal<typeof http>()), http: vi.fn() }));
const api = vi.mocked(http.http);

describe('searchRelated', () => {
  beforeEach(() => vi.resetAllMocks());

  it('should search the staff list, leave the item itself out, and show each row’s number (its list fact)', async () => {
    api.mockImplementation(async (path: string) => {
      // Published documents any member may link to, one of them not in the caller's staff list.
      if (path === '/sites/an-hao-dong/documents/linkable')
        return [
          { id: 'b', title: 'Quyết định B', number: '2/QĐ-UBND' },
          { id: 'e', title: 'Luật E', number: '3/2024/QH15' },
        ];
      if (path === '/sites/an-hao-dong/documents')
        return {
          items: [
            { id: 'self', title: 'Chính nó', number: '9/QĐ-UBND' },
            { id: 'a', title: 'Quyết định A', number: '1/QĐ-UBND' },
            { id: 'b', title: 'Quyết định B', number: '2/QĐ-UBND' },
            { id: 'c', title: 'Trang không có số' },
          ],
          total: 4,
          page: 1,
          pageSize: 10,
        };
      throw new Error('not found');
    });
    const found = await searchRelated('documents', 'an-hao-dong', '/QĐ', 'self');
    expect(api).toHaveBeenCalledWith('/sites/an-hao-dong/documents', expect.objectContaining({ query: expect.objectContaining({ q: '/QĐ', pageSize: 10 }) }));
    expect(api).toHaveBeenCalledWith('/sites/an-hao-dong/documents/linkable', expect.objectContaining({ query: { q: '/QĐ' } }));
    expect(found.map(relatedLabel)).toEqual(['1/QĐ-UBND — Quyết định A', '2/QĐ-UBND — Quyết định B', 'Trang không có số', '3/2024/QH15 — Luật E']);
    // Two requests: the rows are not read one by one.
    expect(api).toHaveBeenCalledTimes(2);
  });
});

describe('byNumberMatch', () => {
  const item = (id: string, number: string, title = id) => ({ id, number, title });
  it('should put the document with the typed number first, then the numbers starting with it, the rest in order', () => {
    const items = [item('a', '42/QĐ-UBND', 'Thay thế Quyết định số 15/QĐ-UBND'), item('b', '15/QĐ-UBND'), item('c', '15/QĐ-UBND-VP'), item('d', '')];
    expect(byNumberMatch(items, '15/qd-ubnd').map((i) => i.id)).toEqual(['b', 'c', 'a', 'd']);
    expect(byNumberMatch(items, ' 15 / QĐ-UBND ').map((i) => i.id)).toEqual(['b', 'c', 'a', 'd']);
    expect(byNumberMatch(items, 'quy chế').map((i) => i.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('getRelated', () => {
  beforeEach(() => vi.resetAllMocks());

  it('should read a saved link’s document as the caller may read it, else as published, else say nothing', async () => {
    api.mockImplementation(async (path: string, options) => {
      if (path === '/sites/an-hao-dong/documents/mine') return { id: 'mine', title: 'Của tôi', number: '4/QĐ-UBND' };
      if (path === '/sites/an-hao-dong/documents/linkable')
        return (options?.query as { ids: string }).ids === 'law' ? [{ id: 'law', title: 'Luật Hộ tịch', number: '60/2014/QH13' }] : [];
      throw new Error('not found');
    });
    expect(await getRelated('documents', 'an-hao-dong', 'mine')).toEqual({ id: 'mine', title: 'Của tôi', number: '4/QĐ-UBND' });
    expect(await getRelated('documents', 'an-hao-dong', 'law')).toEqual({ id: 'law', title: 'Luật Hộ tịch', number: '60/2014/QH13' });
    expect(await getRelated('documents', 'an-hao-dong', 'gone')).toBeNull();
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as http from '../../../core/http';
import { byNumberMatch, relatedLabel, searchRelated } from './relatedItems';

vi.mock('../../../core/http', async (importOriginal) => ({ ...(await importOriginal<typeof http>()), http: vi.fn() }));
const api = vi.mocked(http.http);

describe('searchRelated', () => {
  beforeEach(() => vi.resetAllMocks());

  it('should search the staff list, leave the item itself out, and show each row’s number (its list fact)', async () => {
    api.mockImplementation(async (path: string) => {
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
    expect(found.map(relatedLabel)).toEqual(['1/QĐ-UBND — Quyết định A', '2/QĐ-UBND — Quyết định B', 'Trang không có số']);
    // One request: the rows are not read one by one.
    expect(api).toHaveBeenCalledTimes(1);
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

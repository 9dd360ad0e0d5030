import type { PageResponse } from '@congxa/shared/dto/pages';
import { sampleEnvelope } from '../content/testing';

/** A saved draft introduction page, under "Giới thiệu chung", as the API returns it, for unit tests. */
export function samplePage(overrides: Partial<PageResponse> = {}): PageResponse {
  return {
    ...sampleEnvelope(),
    id: '9a1c2d9e-0000-4000-8000-000000000002',
    type: 'page',
    slug: 'lich-su',
    title: 'Lịch sử hình thành xã',
    categoryId: null,
    summary: 'Xã được thành lập năm 1946.',
    body: '<p>Xã Ân Hảo Đông được thành lập năm 1946.</p>',
    coverMediaId: null,
    parentId: 'b0000000-0000-4000-8000-000000000001',
    position: 2,
    path: '/gioi-thieu/lich-su',
    ...overrides,
  };
}

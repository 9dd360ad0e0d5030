import type { ArticleResponse } from '@congxa/shared/dto/articles';
import { sampleEnvelope } from '../content/testing';

/** A saved draft article as the API returns it, for unit tests. */
export function sampleArticle(overrides: Partial<ArticleResponse> = {}): ArticleResponse {
  return {
    ...sampleEnvelope(),
    type: 'article',
    kind: 'tin',
    summary: 'Hơn 300 người dân tham gia.',
    body: '<p>Sáng 29/11, xã tổ chức ra quân.</p>',
    tags: ['giao thông', 'nông thôn mới'],
    featured: false,
    coverMediaId: null,
    authorName: 'Hoàng Văn Cộng',
    authorAddress: '',
    origin: 'original',
    sourceReference: null,
    collectorName: null,
    collectorAddress: null,
    ...overrides,
  };
}

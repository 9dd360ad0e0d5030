import 'reflect-metadata';
// The shared DTO module carries class-validator decorators, which need the metadata polyfill to load.
import { describe, expect, it } from 'vitest';
import { ARTICLE_KIND_LABELS, ARTICLE_KINDS, ORIGINS } from '@congxa/shared/dto/articles';
import { KIND_LABELS, KINDS, ORIGIN_VALUES } from './labels';

describe('kind and origin lists of the SPA', () => {
  it('should match the shared contract when the kinds or their labels change there', () => {
    expect(KIND_LABELS).toEqual(ARTICLE_KIND_LABELS);
    expect(KINDS).toEqual([...ARTICLE_KINDS]);
    expect(ORIGIN_VALUES).toEqual([...ORIGINS]);
  });
});

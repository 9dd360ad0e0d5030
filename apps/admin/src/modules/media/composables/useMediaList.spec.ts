import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope, ref } from 'vue';
import type { Page } from '@congxa/shared/dto/common';
import type { MediaResponse } from '@congxa/shared/dto/media';
import * as api from '../api';
import { sampleDocument, sampleImage } from '../testing';
import { EMPTY_MEDIA_QUERY, matchesFilters, nextMediaQuery, parseMediaQuery, toLocationQuery, useMediaList, type MediaQuery } from './useMediaList';

vi.mock('../api', () => ({ listMedia: vi.fn() }));
const listMedia = vi.mocked(api.listMedia);
const page = (items: MediaResponse[], total = items.length): Page<MediaResponse> => ({ items, total, page: 1, pageSize: 24 });

describe('media query in the URL', () => {
  it('should read search, kind, missing-alt filter and page from the query', () => {
    expect(parseMediaQuery({ q: ' hoi nghi ', kind: 'image', missingAlt: '1', page: '3' })).toEqual({
      q: 'hoi nghi',
      kind: 'image',
      missingAlt: true,
      page: 3,
    });
  });

  it('should fall back to the defaults when a link was edited by hand', () => {
    expect(parseMediaQuery({ kind: 'video', page: '-2', missingAlt: 'yes' })).toEqual(EMPTY_MEDIA_QUERY);
    expect(parseMediaQuery({ page: '1.5', q: ['a', 'b'] })).toEqual({ ...EMPTY_MEDIA_QUERY, q: 'a' });
  });

  it('should leave the defaults out of the URL and round-trip the rest', () => {
    expect(toLocationQuery(EMPTY_MEDIA_QUERY)).toEqual({});
    const state: MediaQuery = { q: 'Hội nghị', kind: 'document', missingAlt: true, page: 2 };
    expect(parseMediaQuery(toLocationQuery(state) as Record<string, string>)).toEqual(state);
  });

  it('should go back to page 1 when a filter changes, but not when only the page does', () => {
    const on3: MediaQuery = { ...EMPTY_MEDIA_QUERY, page: 3 };
    expect(nextMediaQuery(on3, { q: 'lũ' }).page).toBe(1);
    expect(nextMediaQuery(on3, { page: 4 }).page).toBe(4);
    expect(nextMediaQuery(on3, { q: '' }).page).toBe(3);
  });

  it('should show a new upload only where the filters would show it', () => {
    expect(matchesFilters(sampleImage(), { kind: 'document', missingAlt: false })).toBe(false);
    expect(matchesFilters(sampleImage(), { kind: null, missingAlt: true })).toBe(false);
    expect(matchesFilters(sampleImage({ altText: null }), { kind: 'image', missingAlt: true })).toBe(true);
  });
});

describe('useMediaList', () => {
  beforeEach(() => listMedia.mockReset());

  it('should load the page the query asks for and reload when it changes', async () => {
    listMedia.mockResolvedValue(page([sampleImage()], 30));
    const query = ref<MediaQuery>({ ...EMPTY_MEDIA_QUERY });
    const scope = effectScope();
    const list = scope.run(() => useMediaList('an-hao-dong', query))!;
    await flushPromises();
    expect(listMedia).toHaveBeenLastCalledWith('an-hao-dong', { page: 1, pageSize: 24, kind: undefined, q: undefined, missingAlt: undefined });
    expect(list.items.value).toHaveLength(1);
    expect(list.pages.value).toBe(2);

    query.value = { q: 'hoi nghi', kind: 'image', missingAlt: true, page: 2 };
    await flushPromises();
    expect(listMedia).toHaveBeenLastCalledWith('an-hao-dong', { page: 2, pageSize: 24, kind: 'image', q: 'hoi nghi', missingAlt: true });
    scope.stop();
  });

  it('should drop a late answer to an older search', async () => {
    const slow = sampleImage({ originalName: 'cu.jpg' });
    const fresh = sampleImage({ originalName: 'moi.jpg' });
    let answerOld!: (p: Page<MediaResponse>) => void;
    listMedia.mockImplementationOnce(() => new Promise((resolve) => (answerOld = resolve))).mockResolvedValueOnce(page([fresh]));
    const query = ref<MediaQuery>({ ...EMPTY_MEDIA_QUERY });
    const scope = effectScope();
    const list = scope.run(() => useMediaList('an-hao-dong', query))!;
    query.value = { ...EMPTY_MEDIA_QUERY, q: 'moi' };
    await flushPromises();
    answerOld(page([slow]));
    await flushPromises();
    expect(list.items.value.map((m) => m.originalName)).toEqual(['moi.jpg']);
    scope.stop();
  });

  it('should put a new upload on top and replace a changed item in place', async () => {
    const first = sampleImage();
    listMedia.mockResolvedValue(page([first]));
    const scope = effectScope();
    const list = scope.run(() => useMediaList('an-hao-dong', ref({ ...EMPTY_MEDIA_QUERY, kind: 'image' as const })))!;
    await flushPromises();
    const uploaded = sampleImage({ originalName: 'moi.png' });
    list.upsert(uploaded);
    list.upsert(sampleDocument());
    list.upsert({ ...first, altText: 'Đã sửa', revision: 2 });
    expect(list.items.value.map((m) => m.originalName)).toEqual(['moi.png', 'hoi-nghi.jpg']);
    expect(list.items.value[1]!.altText).toBe('Đã sửa');
    expect(list.total.value).toBe(2);
    scope.stop();
  });
});

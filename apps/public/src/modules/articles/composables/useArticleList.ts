import { shallowRef, watch, type Ref } from 'vue';
import type { Page } from '@congxa/shared/dto/common';
import type { PublicArticleSummary } from '@congxa/shared/dto/public-articles';
import { isNotFound } from '../../../core/http';
import { fetchArticles } from '../api';

export type LoadState = 'loading' | 'ready' | 'failed';

const EMPTY = (page: number): Page<PublicArticleSummary> => ({ items: [], total: 0, page, pageSize: 0 });

/**
 * The published articles of one page, reloaded when `page` changes. A 404 from the API (no such route
 * yet, or no site) reads as an empty list; other failures as `failed` so the page can offer a retry.
 */
export function useArticleList(page: Ref<number>) {
  const list = shallowRef<Page<PublicArticleSummary>>(EMPTY(page.value));
  const state = shallowRef<LoadState>('loading');
  let controller: AbortController | null = null;

  async function load(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    state.value = 'loading';
    try {
      list.value = await fetchArticles(page.value, current.signal);
      state.value = 'ready';
    } catch (error) {
      if (current.signal.aborted) return;
      list.value = EMPTY(page.value);
      state.value = isNotFound(error) ? 'ready' : 'failed';
    }
  }

  watch(page, () => void load(), { immediate: true });

  return { list, state, reload: load };
}

import { shallowRef, watch, type Ref } from 'vue';
import type { PublicArticle } from '@congxa/shared/dto/public-articles';
import { isNotFound, isWithdrawn } from '../../../core/http';
import { fetchArticle } from '../api';

export type ArticleState = 'loading' | 'ready' | 'notFound' | 'withdrawn' | 'failed';

/** One published article by slug, reloaded when the slug changes. */
export function useArticle(slug: Ref<string>) {
  const article = shallowRef<PublicArticle | null>(null);
  const state = shallowRef<ArticleState>('loading');
  let controller: AbortController | null = null;

  async function load(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    state.value = 'loading';
    try {
      article.value = await fetchArticle(slug.value, current.signal);
      state.value = 'ready';
    } catch (error) {
      if (current.signal.aborted) return;
      article.value = null;
      state.value = isWithdrawn(error) ? 'withdrawn' : isNotFound(error) ? 'notFound' : 'failed';
    }
  }

  watch(slug, () => void load(), { immediate: true });

  return { article, state, reload: load };
}

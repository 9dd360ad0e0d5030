import { computed, ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router';
import type { MediaKind, MediaResponse } from '@congxa/shared/dto/media';
import { MEDIA_KINDS, MEDIA_SEARCH_MAX_LENGTH } from '@congxa/shared/dto/media';
import { MAX_PAGE } from '@congxa/shared/dto/common';
import { listMedia } from '../api';
import { needsAltText } from './mediaThumb';

/** Thumbnails per page: fills 2, 3, 4 or 6 columns evenly. */
export const MEDIA_PAGE_SIZE = 24;

/** What the library shows: the state kept in the URL (`?q=&kind=&missingAlt=1&page=`). */
export interface MediaQuery {
  q: string;
  kind: MediaKind | null;
  missingAlt: boolean;
  page: number;
}

export const EMPTY_MEDIA_QUERY: MediaQuery = { q: '', kind: null, missingAlt: false, page: 1 };

const first = (value: LocationQuery[string] | undefined): string | null => {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' ? v : null;
};

/** Reads the URL's query; anything malformed falls back to the default, so an old or edited link still opens. */
export function parseMediaQuery(query: LocationQuery): MediaQuery {
  const kind = first(query.kind);
  const page = Number(first(query.page));
  const flag = first(query.missingAlt);
  return {
    q: (first(query.q) ?? '').trim().slice(0, MEDIA_SEARCH_MAX_LENGTH),
    kind: (MEDIA_KINDS as readonly string[]).includes(kind ?? '') ? (kind as MediaKind) : null,
    missingAlt: flag === '1' || flag === 'true',
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
}

/** The URL's query for a state: defaults left out, so the plain page has a plain address. */
export function toLocationQuery(state: MediaQuery): LocationQueryRaw {
  const out: LocationQueryRaw = {};
  const q = state.q.trim();
  if (q) out.q = q;
  if (state.kind) out.kind = state.kind;
  if (state.missingAlt) out.missingAlt = '1';
  if (state.page > 1) out.page = String(state.page);
  return out;
}

/** A new state from some changes: any change but the page itself goes back to page 1. */
export function nextMediaQuery(current: MediaQuery, changes: Partial<MediaQuery>): MediaQuery {
  const next = { ...current, ...changes };
  const filtersChanged = (['q', 'kind', 'missingAlt'] as const).some((k) => k in changes && changes[k] !== current[k]);
  if (filtersChanged && changes.page === undefined) next.page = 1;
  return next;
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Would the list as filtered show this item (a new upload goes on top only then)? */
export function matchesFilters(item: Pick<MediaResponse, 'kind' | 'altText'>, query: Pick<MediaQuery, 'kind' | 'missingAlt'>): boolean {
  if (query.kind && item.kind !== query.kind) return false;
  return !query.missingAlt || needsAltText(item);
}

/** The library's state in the route's query: read it, and change it with a history entry (Back works). */
export function useMediaRouteQuery() {
  const route = useRoute();
  const router = useRouter();
  const query = computed(() => parseMediaQuery(route.query));

  function update(changes: Partial<MediaQuery>): Promise<unknown> {
    const next = nextMediaQuery(query.value, changes);
    return router.push({ name: route.name ?? undefined, params: route.params, query: toLocationQuery(next) });
  }

  return { query, update };
}

/**
 * One page of the library for a site and a query, reloaded when either changes. A late answer to an
 * older query is dropped, so quick typing never shows a stale page.
 */
export function useMediaList(site: MaybeRefOrGetter<string>, query: MaybeRefOrGetter<MediaQuery>, pageSize = MEDIA_PAGE_SIZE) {
  const items = ref<MediaResponse[]>([]);
  const total = ref(0);
  const loading = ref(false);
  const loaded = ref(false);
  const error = shallowRef<unknown>(null);
  const pages = computed(() => pageCount(total.value, pageSize));

  let loadId = 0;
  async function reload(): Promise<void> {
    const id = ++loadId;
    const q = toValue(query);
    const slug = toValue(site);
    if (!slug) return;
    loading.value = true;
    error.value = null;
    try {
      const page = await listMedia(slug, { page: q.page, pageSize, kind: q.kind ?? undefined, q: q.q || undefined, missingAlt: q.missingAlt || undefined });
      if (id !== loadId) return;
      items.value = page.items;
      total.value = page.total;
      loaded.value = true;
    } catch (e) {
      if (id === loadId) error.value = e;
    } finally {
      if (id === loadId) loading.value = false;
    }
  }

  watch(
    () => [toValue(site), JSON.stringify(toValue(query))],
    () => void reload(),
    { immediate: true },
  );

  /** A new or changed item: replaced in place, or put on top when new and the filters would show it. */
  function upsert(item: MediaResponse): void {
    const index = items.value.findIndex((m) => m.id === item.id);
    if (index >= 0) {
      // Kept in place even when it no longer matches (alt text just written): the grid does not jump.
      items.value.splice(index, 1, item);
      return;
    }
    if (!matchesFilters(item, toValue(query))) return;
    items.value.unshift(item);
    total.value += 1;
  }

  return { items, total, pages, loading, loaded, error, reload, upsert };
}

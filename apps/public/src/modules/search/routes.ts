import type { RouteRecordRaw } from 'vue-router';
import type { Page } from '@congxa/shared/dto/common';
import type { PublicSearchItem } from '@congxa/shared/dto/search';
import { found, pageParam, type Loader } from '../../core/loader';
import SearchPage from './components/SearchPage.vue';

export const SEARCH_PAGE_SIZE = 10;
/** The same bound the API checks (libs/shared SEARCH_QUERY_MAX_LENGTH), kept here so the form says it. */
export const SEARCH_MAX_LENGTH = 200;
export const SEARCH_TYPES = ['article', 'document', 'procedure', 'schedule', 'page'] as const;

export interface SearchData {
  q: string;
  type: string | null;
  results: Page<PublicSearchItem> | null;
}

const loadSearch: Loader = async ({ api, to }) => {
  const q = typeof to.query.q === 'string' ? to.query.q.normalize('NFC').trim().slice(0, SEARCH_MAX_LENGTH) : '';
  const type = typeof to.query.loai === 'string' && (SEARCH_TYPES as readonly string[]).includes(to.query.loai) ? to.query.loai : null;
  if (!q) return found<SearchData>({ q, type, results: null });
  const params = new URLSearchParams({ q, page: String(pageParam(to)), pageSize: String(SEARCH_PAGE_SIZE) });
  if (type) params.set('type', type);
  return found<SearchData>({ q, type, results: await api.get<Page<PublicSearchItem>>(`/public/search?${params}`) });
};

export const searchRoutes: RouteRecordRaw[] = [{ path: '/tim-kiem', name: 'search', component: SearchPage, meta: { load: loadSearch } }];

import type { RouteRecordRaw } from 'vue-router';
import type { PublicPage } from '@congxa/shared/dto/pages';
import { found, notFound, type Loader } from '../../core/loader';
import PageView from './components/PageView.vue';

/** Paths of pages: lowercase slugs joined by "/", like the API builds them. */
const PAGE_PATH = /^[a-z0-9-]{1,160}(\/[a-z0-9-]{1,160}){0,7}$/;

const loadPage: Loader = async ({ api, to }) => {
  const raw = to.params.path;
  const path = (Array.isArray(raw) ? raw.join('/') : String(raw ?? '')).replace(/\/$/, '');
  if (!PAGE_PATH.test(path)) return notFound();
  return found(await api.get<PublicPage>(`/public/pages/${path}`));
};

/** Pages at their path (`/gioi-thieu/lich-su`); whatever is not a page is the 404 page. */
export const pageRoutes: RouteRecordRaw[] = [{ path: '/:path(.*)*', name: 'page', component: PageView, meta: { load: loadPage } }];

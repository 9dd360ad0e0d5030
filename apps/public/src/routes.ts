import type { RouteRecordRaw } from 'vue-router';
import { articleRoutes } from './modules/articles/routes';
import { documentRoutes } from './modules/documents/routes';
import { pageRoutes } from './modules/pages/routes';
import { procedureRoutes } from './modules/procedures/routes';
import { scheduleRoutes } from './modules/schedules/routes';
import { searchRoutes } from './modules/search/routes';

// The pages' catch-all route comes last.
const vi: RouteRecordRaw[] = [...articleRoutes, ...documentRoutes, ...procedureRoutes, ...scheduleRoutes, ...searchRoutes, ...pageRoutes];

/** The same pages under `/en`, where the portal's own words (menu, footer, labels) are in English. */
const en: RouteRecordRaw[] = vi.map(
  (r) => ({ ...r, name: r.name ? `en-${String(r.name)}` : undefined, path: r.path === '/' ? '/en' : `/en${r.path}` }) as RouteRecordRaw,
);

export const portalRoutes: RouteRecordRaw[] = [...en, ...vi];

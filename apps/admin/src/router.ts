import { createRouter, createWebHistory, type Router, type RouterHistory } from 'vue-router';
import type { MessageSchema } from './i18n/vi';
import { articleRoutes } from './modules/articles/routes';
import { authRoutes } from './modules/auth/routes';
import { useSessionStore } from './modules/auth/stores/session';
import { dashboardRoutes } from './modules/dashboard/routes';
import { errorRoutes } from './modules/errors/routes';
import { importRoutes } from './modules/imports/routes';
import { outboxRoutes } from './modules/outbox/routes';
import { mediaRoutes } from './modules/media/routes';
import { membersRoutes } from './modules/members/routes';
import { fieldsRoutes } from './modules/fields/routes';
import { categoriesRoutes } from './modules/categories/routes';
import { settingsRoutes } from './modules/settings/routes';
import { auditRoutes } from './modules/audit/routes';
import { platformRoutes } from './modules/platform/routes';
import { profileRoutes } from './modules/profile/routes';
import { pageRoutes } from './modules/pages/routes';
import { documentRoutes } from './modules/documents/routes';
import { procedureRoutes } from './modules/procedures/routes';
import { scheduleRoutes } from './modules/schedules/routes';
import { textRoutes } from './modules/text/routes';

type TitleKey = {
  [S in keyof MessageSchema]: `${S & string}.${keyof MessageSchema[S] & string}`;
}[keyof MessageSchema];

declare module 'vue-router' {
  interface RouteMeta {
    /** Only for a signed-in user: others are sent to the sign-in page. */
    requiresAuth?: boolean;
    /** Only for visitors: a signed-in user goes to the dashboard instead. */
    guestOnly?: boolean;
    /** The i18n key of the page title. */
    titleKey?: TitleKey;
    /** The route one level up (by name), for the breadcrumbs: an editor's list, a list's dashboard. */
    parent?: string;
  }
}

export function createAppRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)): Router {
  const router = createRouter({
    history,
    // A new screen starts at the top (after signing in too); back/forward return where the person was; a
    // change of query only (filters, pages) stays put.
    scrollBehavior: (to, from, saved) => saved ?? (to.path === from.path ? false : { top: 0 }),
    routes: [
      ...dashboardRoutes,
      ...authRoutes,
      ...outboxRoutes,
      ...articleRoutes,
      ...pageRoutes,
      ...documentRoutes,
      ...procedureRoutes,
      ...scheduleRoutes,
      ...importRoutes,
      ...textRoutes,
      ...mediaRoutes,
      ...membersRoutes,
      ...fieldsRoutes,
      ...categoriesRoutes,
      ...settingsRoutes,
      ...auditRoutes,
      ...platformRoutes,
      ...profileRoutes,
      ...errorRoutes,
    ],
  });

  router.beforeEach(async (to) => {
    const session = useSessionStore();
    await session.restore();
    if (to.meta.requiresAuth && !session.isAuthenticated) {
      return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
    }
    if (to.meta.guestOnly && session.isAuthenticated) return { name: 'home' };
    return true;
  });

  return router;
}

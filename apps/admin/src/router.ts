import { createRouter, createWebHistory, type Router, type RouterHistory } from 'vue-router';
import type { MessageSchema } from './i18n/vi';
import { articleRoutes } from './modules/articles/routes';
import { authRoutes } from './modules/auth/routes';
import { useSessionStore } from './modules/auth/stores/session';
import { dashboardRoutes } from './modules/dashboard/routes';
import { errorRoutes } from './modules/errors/routes';
import { importRoutes } from './modules/imports/routes';
import { outboxRoutes } from './modules/outbox/routes';
import { pageRoutes } from './modules/pages/routes';
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
  }
}

export function createAppRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)): Router {
  const router = createRouter({
    history,
    routes: [...dashboardRoutes, ...authRoutes, ...outboxRoutes, ...articleRoutes, ...pageRoutes, ...importRoutes, ...textRoutes, ...errorRoutes],
  });

  router.beforeEach(async (to) => {
    const session = useSessionStore();
    await session.restore();
    if (to.meta.requiresAuth && !session.isAuthenticated) {
      return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
    }
    if (to.meta.guestOnly && session.isAuthenticated) return { name: 'dashboard' };
    return true;
  });

  return router;
}

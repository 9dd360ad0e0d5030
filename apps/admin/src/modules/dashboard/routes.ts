import type { RouteRecordRaw } from 'vue-router';
import { savedSite } from '../content/composables/itemSite';
import { useSessionStore } from '../auth/stores/session';
import { homeTarget } from '../../shell/home';

export const dashboardRoutes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'home',
    component: () => import('../../shell/NoSitePage.vue'),
    meta: { requiresAuth: true, titleKey: 'shell.home' },
    beforeEnter: () => {
      const session = useSessionStore();
      return (
        homeTarget(
          session.memberships.map((m) => m.site),
          Boolean(session.user?.isPlatformAdmin),
          savedSite(),
        ) ?? true
      );
    },
  },
  {
    path: '/sites/:site',
    name: 'dashboard',
    component: () => import('./components/DashboardPage.vue'),
    meta: { requiresAuth: true, titleKey: 'dashboard.title' },
  },
];

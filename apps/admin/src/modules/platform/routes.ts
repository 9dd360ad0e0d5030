import type { RouteRecordRaw } from 'vue-router';

export const platformRoutes: RouteRecordRaw[] = [
  {
    path: '/he-thong/trang-xa',
    name: 'platform-sites',
    component: () => import('./components/PlatformSitesPage.vue'),
    meta: { requiresAuth: true, titleKey: 'platform.title' },
  },
  {
    path: '/he-thong/trang-xa/:site',
    name: 'platform-site',
    component: () => import('./components/PlatformSitePage.vue'),
    meta: { requiresAuth: true, titleKey: 'platform.siteTitle', parent: 'platform-sites' },
  },
];

import type { RouteRecordRaw } from 'vue-router';

export const settingsRoutes: RouteRecordRaw[] = [
  {
    path: '/sites/:site/cai-dat',
    name: 'site-settings',
    component: () => import('./components/SiteSettingsPage.vue'),
    meta: { requiresAuth: true, titleKey: 'siteSettings.title' },
  },
];

import type { RouteRecordRaw } from 'vue-router';

export const textRoutes: RouteRecordRaw[] = [
  {
    path: '/chuyen-ma',
    name: 'text-convert',
    component: () => import('./components/ConvertTextPage.vue'),
    meta: { requiresAuth: true, titleKey: 'text.title' },
  },
];

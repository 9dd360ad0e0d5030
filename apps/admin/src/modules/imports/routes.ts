import type { RouteRecordRaw } from 'vue-router';

export const importRoutes: RouteRecordRaw[] = [
  {
    // A static path: it wins over /sites/:site/tin-bai/:id whatever the order.
    path: '/sites/:site/tin-bai/nhap',
    name: 'article-import',
    component: () => import('./components/ImportPage.vue'),
    meta: { requiresAuth: true, titleKey: 'imports.title' },
  },
];

import type { RouteRecordRaw } from 'vue-router';

export const categoriesRoutes: RouteRecordRaw[] = [
  {
    path: '/sites/:site/chuyen-muc',
    name: 'categories',
    component: () => import('./components/CategoriesPage.vue'),
    meta: { requiresAuth: true, titleKey: 'categories.title' },
  },
];

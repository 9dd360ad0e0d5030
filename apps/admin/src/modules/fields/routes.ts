import type { RouteRecordRaw } from 'vue-router';

export const fieldsRoutes: RouteRecordRaw[] = [
  {
    path: '/sites/:site/linh-vuc',
    name: 'fields',
    component: () => import('./components/FieldsPage.vue'),
    meta: { requiresAuth: true, titleKey: 'fields.title' },
  },
];

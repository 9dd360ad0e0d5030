import type { RouteRecordRaw } from 'vue-router';

export const auditRoutes: RouteRecordRaw[] = [
  {
    path: '/sites/:site/nhat-ky',
    name: 'audit',
    component: () => import('./components/AuditPage.vue'),
    meta: { requiresAuth: true, titleKey: 'audit.title' },
  },
];

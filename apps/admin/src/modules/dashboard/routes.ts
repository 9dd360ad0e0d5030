import type { RouteRecordRaw } from 'vue-router';

export const dashboardRoutes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'dashboard',
    component: () => import('./components/DashboardPage.vue'),
    meta: { requiresAuth: true, titleKey: 'dashboard.title' },
  },
];

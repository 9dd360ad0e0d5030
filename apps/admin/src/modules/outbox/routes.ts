import type { RouteRecordRaw } from 'vue-router';

export const outboxRoutes: RouteRecordRaw[] = [
  {
    path: '/sites/:site/outbox',
    name: 'outbox',
    component: () => import('./components/OutboxPage.vue'),
    meta: { requiresAuth: true, titleKey: 'outbox.title' },
  },
];

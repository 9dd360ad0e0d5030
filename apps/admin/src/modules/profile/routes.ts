import type { RouteRecordRaw } from 'vue-router';

export const profileRoutes: RouteRecordRaw[] = [
  {
    path: '/tai-khoan',
    name: 'profile',
    component: () => import('./components/ProfilePage.vue'),
    meta: { requiresAuth: true, titleKey: 'profile.title' },
  },
  {
    // The notifications module has no routes file of its own: its page lives beside the account's.
    path: '/thong-bao',
    name: 'notifications',
    component: () => import('../notifications/components/NotificationsPage.vue'),
    meta: { requiresAuth: true, titleKey: 'notifications.title' },
  },
];

import type { RouteRecordRaw } from 'vue-router';

export const membersRoutes: RouteRecordRaw[] = [
  {
    path: '/sites/:site/thanh-vien',
    name: 'members',
    component: () => import('./components/MembersPage.vue'),
    meta: { requiresAuth: true, titleKey: 'members.title' },
  },
];

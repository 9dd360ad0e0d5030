import type { RouteRecordRaw } from 'vue-router';

export const mediaRoutes: RouteRecordRaw[] = [
  {
    path: '/sites/:site/thu-vien',
    name: 'media',
    component: () => import('./components/MediaLibraryPage.vue'),
    meta: { requiresAuth: true, titleKey: 'media.title' },
  },
];

import type { RouteRecordRaw } from 'vue-router';

export const pageRoutes: RouteRecordRaw[] = [
  {
    path: '/sites/:site/trang',
    name: 'pages',
    component: () => import('./components/PageListPage.vue'),
    meta: { requiresAuth: true, titleKey: 'pages.title' },
  },
  {
    path: '/sites/:site/trang/:id',
    name: 'page-edit',
    component: () => import('./components/PageEditorPage.vue'),
    meta: { requiresAuth: true, titleKey: 'pages.editorTitle' },
  },
];

import type { RouteRecordRaw } from 'vue-router';

export const articleRoutes: RouteRecordRaw[] = [
  {
    path: '/sites/:site/tin-bai',
    name: 'articles',
    component: () => import('./components/ArticleListPage.vue'),
    meta: { requiresAuth: true, titleKey: 'articles.title' },
  },
  {
    path: '/sites/:site/tin-bai/:id',
    name: 'article-edit',
    component: () => import('./components/ArticleEditorPage.vue'),
    meta: { requiresAuth: true, titleKey: 'articles.editorTitle' },
  },
];

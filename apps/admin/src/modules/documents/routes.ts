import type { RouteRecordRaw } from 'vue-router';

export const documentRoutes: RouteRecordRaw[] = [
  {
    path: '/sites/:site/van-ban',
    name: 'documents',
    component: () => import('./components/DocumentListPage.vue'),
    meta: { requiresAuth: true, titleKey: 'documents.title' },
  },
  {
    path: '/sites/:site/van-ban/nhap-bang-tinh',
    name: 'document-import',
    component: () => import('./components/DocumentImportPage.vue'),
    meta: { requiresAuth: true, titleKey: 'spreadsheetImport.listButton' },
  },
  {
    path: '/sites/:site/van-ban/:id',
    name: 'document-edit',
    component: () => import('./components/DocumentEditorPage.vue'),
    meta: { requiresAuth: true, titleKey: 'documents.editorTitle' },
  },
];

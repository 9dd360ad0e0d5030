import type { RouteRecordRaw } from 'vue-router';

export const procedureRoutes: RouteRecordRaw[] = [
  {
    path: '/sites/:site/thu-tuc',
    name: 'procedures',
    component: () => import('./components/ProcedureListPage.vue'),
    meta: { requiresAuth: true, titleKey: 'procedures.title' },
  },
  {
    path: '/sites/:site/thu-tuc/nhap-bang-tinh',
    name: 'procedure-import',
    component: () => import('./components/ProcedureImportPage.vue'),
    meta: { requiresAuth: true, titleKey: 'spreadsheetImport.listButton' },
  },
  {
    path: '/sites/:site/thu-tuc/:id',
    name: 'procedure-edit',
    component: () => import('./components/ProcedureEditorPage.vue'),
    meta: { requiresAuth: true, titleKey: 'procedures.editorTitle' },
  },
];

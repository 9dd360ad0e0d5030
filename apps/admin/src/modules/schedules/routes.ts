import type { RouteRecordRaw } from 'vue-router';

export const scheduleRoutes: RouteRecordRaw[] = [
  {
    path: '/sites/:site/lich-cong-tac',
    name: 'schedules',
    component: () => import('./components/ScheduleListPage.vue'),
    meta: { requiresAuth: true, titleKey: 'schedules.title' },
  },
  {
    path: '/sites/:site/lich-cong-tac/:id',
    name: 'schedule-edit',
    component: () => import('./components/ScheduleEditorPage.vue'),
    meta: { requiresAuth: true, titleKey: 'schedules.editorTitle' },
  },
];

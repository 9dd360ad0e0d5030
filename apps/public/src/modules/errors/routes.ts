import type { RouteRecordRaw } from 'vue-router';
import NotFoundPage from './components/NotFoundPage.vue';

export const errorRoutes: RouteRecordRaw[] = [{ path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundPage }];

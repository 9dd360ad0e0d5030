import type { RouteRecordRaw } from 'vue-router';
import ArticlePage from './components/ArticlePage.vue';
import HomePage from './components/HomePage.vue';

export const articleRoutes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomePage },
  { path: '/tin-tuc/:slug', name: 'article', component: ArticlePage },
];

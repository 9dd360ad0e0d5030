import { createRouter, createWebHistory, type Router } from 'vue-router';
import { articleRoutes } from './modules/articles/routes';
import { errorRoutes } from './modules/errors/routes';

export function createAppRouter(): Router {
  return createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes: [...articleRoutes, ...errorRoutes],
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  });
}

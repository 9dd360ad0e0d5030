import { createSSRApp, type App as VueApp } from 'vue';
import { createRouter, type Router, type RouterHistory } from 'vue-router';
import App from './App.vue';
import { headTags, provideHead, type HeadState, type HeadTag } from './core/head';
import type { PortalApi } from './core/http';
import { loadChrome, runLoader } from './core/loader';
import { localeOf } from './core/locale';
import { createState, providePortal, type PortalState } from './core/state';
import { portalRoutes } from './routes';

export interface PortalApp {
  app: VueApp;
  router: Router;
  state: PortalState;
  head: HeadState;
}

/** The URL a page's data belongs to (the fragment does not change what is loaded). */
export const pageKey = (fullPath: string) => fullPath.split('#')[0]!;

/**
 * One portal app, on the server per request or once in the browser. Before a route is shown its loader
 * runs (unless the state already holds its data: the server's, on hydration), so the server renders
 * complete pages and a link followed in the browser swaps in the next page at once.
 */
export function createPortalApp(history: RouterHistory, api: PortalApi, state: PortalState): PortalApp {
  const app = createSSRApp(App);
  const router = createRouter({
    history,
    routes: portalRoutes,
    scrollBehavior: (to, _from, saved) => saved ?? (to.hash ? { el: to.hash } : { top: 0 }),
  });
  // The next page's data waits here until the route changes: set earlier, the page still on screen would
  // re-render with data that is not its own.
  let next: PortalState['page'] = null;
  router.beforeResolve(async (to) => {
    const key = pageKey(to.fullPath);
    if (state.page?.key === key) return true;
    state.chrome ??= await loadChrome(api);
    const result = await runLoader({ api, to, chrome: state.chrome });
    // In the browser a moved item is followed at once; the server answers 301 instead.
    if (result.redirect && !import.meta.env.SSR) return result.redirect;
    next = { key, result };
    return true;
  });
  // Called in the same tick as the route change, so both reach the screen in one render.
  router.afterEach((to, _from, failure) => {
    if (!failure && next?.key === pageKey(to.fullPath)) state.page = next;
    next = null;
  });
  app.use(router);
  providePortal(app, { state, api });
  const head = provideHead(app);
  return { app, router, state, head };
}

export { createState };

/** The head tags of the page shown now (server: into the HTML; browser: after each navigation). */
export function currentHead({ router, state, head }: PortalApp, fallbackTitle: string): HeadTag[] {
  const route = router.currentRoute.value;
  const input = head.value?.() ?? { title: null };
  return headTags(input, {
    siteName: state.chrome?.site?.name ?? fallbackTitle,
    origin: state.origin,
    path: route.path,
    lang: localeOf(route.path),
  });
}

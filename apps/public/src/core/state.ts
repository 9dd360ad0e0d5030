import { inject, reactive, type App, type InjectionKey } from 'vue';
import type { PublicPageNode } from '@congxa/shared/dto/pages';
import type { PublicSiteResponse } from '@congxa/shared/dto/sites';
import type { PortalApi } from './http';
import type { Locale } from './locale';

/** One entry of the menu's category tree. */
export interface MenuCategory {
  name: string;
  slug: string;
  children: MenuCategory[];
}

/** What every page shows around its content: the site, its footer settings and banner, the menu. */
export interface Chrome {
  site: PublicSiteResponse | null;
  categories: MenuCategory[];
  pages: PublicPageNode[];
}

/**
 * What a route's loader found. `status` is the page's HTTP status (404 not found, 410 withdrawn, 503 when
 * the API failed); `redirect` moves to another URL with a 301.
 */
export interface LoadResult<T = unknown> {
  status: number;
  data: T | null;
  redirect?: string;
}

/**
 * The portal's per-request state: filled by the server while rendering, sent to the browser as JSON and
 * used there to hydrate without asking the API again.
 */
export interface PortalState {
  /** `https://xa.example.gov.vn`: for canonical URLs and sharing. */
  origin: string;
  chrome: Chrome | null;
  /** Data of the page being shown, with the URL it belongs to. */
  page: { key: string; result: LoadResult } | null;
}

export interface Portal {
  state: PortalState;
  api: PortalApi;
}

const PORTAL: InjectionKey<Portal> = Symbol('portal');

export function createState(origin: string, initial?: Partial<PortalState>): PortalState {
  return reactive<PortalState>({ origin, chrome: null, page: null, ...initial }) as PortalState;
}

export function providePortal(app: App, portal: Portal): void {
  app.provide(PORTAL, portal);
}

export function usePortal(): Portal {
  const portal = inject(PORTAL);
  if (!portal) throw new Error('usePortal() outside the portal app');
  return portal;
}

/** The loaded data of the current page (the route's loader put it there before the page rendered). */
export function usePageData<T>(): () => T {
  const { state } = usePortal();
  return () => state.page?.result.data as T;
}

export type { Locale };

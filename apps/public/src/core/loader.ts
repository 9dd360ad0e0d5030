import type { RouteLocationNormalized } from 'vue-router';
import type { PublicPageNode } from '@congxa/shared/dto/pages';
import type { PublicSiteResponse } from '@congxa/shared/dto/sites';
import { ApiRequestError, isNotFound, isWithdrawn, type PortalApi } from './http';
import type { Chrome, LoadResult, MenuCategory } from './state';

export interface LoadContext {
  api: PortalApi;
  to: RouteLocationNormalized;
  chrome: Chrome;
}

/** A route's data: what the page shows and the HTTP status the server answers with. */
export type Loader = (ctx: LoadContext) => Promise<LoadResult>;

declare module 'vue-router' {
  interface RouteMeta {
    load?: Loader;
    /** `print`: the article alone, without header, menu and footer. */
    layout?: 'print';
  }
}

export const found = <T>(data: T): LoadResult<T> => ({ status: 200, data });
export const notFound = (): LoadResult => ({ status: 404, data: null });

/** The same URL with `from` (a path segment run, e.g. `/tin-tuc/cu`) replaced by `to`: a 301 there. */
export function moved(route: RouteLocationNormalized, from: string, to: string): LoadResult {
  const at = route.fullPath.indexOf(from);
  return { status: 301, data: null, redirect: at < 0 ? to : route.fullPath.slice(0, at) + to + route.fullPath.slice(at + from.length) };
}

/** An API failure as the page's status: 404, 410 for a withdrawn item, 503 when the API is down. */
export function failed(error: unknown): LoadResult {
  if (isWithdrawn(error)) return { status: 410, data: null };
  if (isNotFound(error)) return notFound();
  if (error instanceof ApiRequestError && error.status === 400) return notFound();
  return { status: 503, data: null };
}

/** Run the route's loader; failures become the page's status. */
export async function runLoader(ctx: LoadContext): Promise<LoadResult> {
  const load = ctx.to.meta.load;
  if (!load) return found(null);
  try {
    return await load(ctx);
  } catch (error) {
    return failed(error);
  }
}

interface CategoryRow {
  id?: string;
  name: string;
  slug: string;
  parentId?: string | null;
  children?: CategoryRow[];
}

/** The category tree from `/public/categories`, whether it comes nested or flat with parent ids. */
export function categoryTree(rows: CategoryRow[]): MenuCategory[] {
  const nested = (r: CategoryRow): MenuCategory => ({ name: r.name, slug: r.slug, children: (r.children ?? []).map(nested) });
  if (rows.some((r) => Array.isArray(r.children)) || !rows.some((r) => r.parentId)) return rows.map(nested);
  const byParent = new Map<string | null, CategoryRow[]>();
  for (const r of rows) byParent.set(r.parentId ?? null, [...(byParent.get(r.parentId ?? null) ?? []), r]);
  const build = (parent: string | null): MenuCategory[] =>
    (byParent.get(parent) ?? []).map((r) => ({ name: r.name, slug: r.slug, children: r.id ? build(r.id) : [] }));
  return build(null);
}

/** The site, its menu and footer: loaded once per visit (the API failing leaves a generic portal). */
export async function loadChrome(api: PortalApi): Promise<Chrome> {
  const [site, categories, pages] = await Promise.all([
    api.get<PublicSiteResponse>('/public/site').catch(() => null),
    api.get<CategoryRow[] | { items: CategoryRow[] }>('/public/categories').catch(() => []),
    api.get<PublicPageNode[]>('/public/pages').catch(() => []),
  ]);
  return { site, categories: categoryTree(Array.isArray(categories) ? categories : categories.items), pages };
}

/** Find a category (and its parent) by slug anywhere in the tree. */
export function findCategory(
  tree: MenuCategory[],
  slug: string,
  parent: MenuCategory | null = null,
): { category: MenuCategory; parent: MenuCategory | null } | null {
  for (const c of tree) {
    if (c.slug === slug) return { category: c, parent };
    const inner = findCategory(c.children, slug, c);
    if (inner) return inner;
  }
  return null;
}

/** `?trang=N` as a page number (1 when missing or not a positive integer). */
export function pageParam(to: RouteLocationNormalized): number {
  const raw = to.query.trang;
  const n = typeof raw === 'string' && /^\d{1,5}$/.test(raw) ? Number(raw) : 1;
  return n >= 1 ? n : 1;
}

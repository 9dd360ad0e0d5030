import { computed, type ComputedRef } from 'vue';
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw, type RouteLocationRaw } from 'vue-router';
import type { ItemListSort, SortOrder } from '@congxa/shared/dto/content';
import { ITEM_STATES, type ItemState } from '@congxa/shared/workflow';
import { useCurrentSite } from '../../../composables/useCurrentSite';

/** "Everything I may read" or "only mine" (items I created or whose current edition I opened). */
export type ListTab = 'all' | 'mine';

/**
 * What a staff list shows, as kept in its URL: `?tab=&status=&category=&field=&author=&from=&to=&q=&sort=&order=&page=`.
 * Dates are calendar days in Vietnam (`YYYY-MM-DD` in the URL, shown dd/mm/yyyy).
 */
export interface ListState {
  tab: ListTab;
  status: ItemState | '';
  categoryId: string;
  fieldId: string;
  authorId: string;
  from: string;
  to: string;
  q: string;
  sort: ItemListSort;
  order: SortOrder;
  page: number;
}

export const DEFAULT_SORT: ItemListSort = 'updated';

// The values of `ItemListQuery` (`@congxa/shared/dto/content`), repeated here: importing them would bring
// class-validator and class-transformer (and their need of reflect-metadata) into the browser. The types
// come from there, so a new sort or order fails the type check until it is added.
const ITEM_LIST_SORTS = ['updated', 'created', 'title', 'status'] as const satisfies readonly ItemListSort[];
const SORT_ORDERS = ['asc', 'desc'] as const satisfies readonly SortOrder[];
const DEFAULT_SORT_ORDER: Record<ItemListSort, SortOrder> = { updated: 'desc', created: 'desc', title: 'asc', status: 'asc' };
const ITEM_SEARCH_MAX = 200;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_PAGE = 100_000;

const first = (value: unknown): string | null => {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' ? v : null;
};

/** "2026-02-30" is not a day: the parts must survive a round trip through Date. */
export function isIsoDay(value: string | null | undefined): value is string {
  const m = ISO_DAY.exec(value ?? '');
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | null =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : null;

/**
 * The list's state from a route query: anything invalid (an unknown status, a malformed id or date, a page
 * that is not a positive number, a tab the user does not have) is ignored and falls back to the default.
 */
export function parseListQuery(query: LocationQuery | LocationQueryRaw, tabs: readonly ListTab[]): ListState {
  const uuid = (key: string) => {
    const v = first(query[key]);
    return v && UUID.test(v) ? v : '';
  };
  const day = (key: string) => {
    const v = first(query[key]);
    return isIsoDay(v) ? v : '';
  };
  const sort = oneOf(ITEM_LIST_SORTS, first(query.sort)) ?? DEFAULT_SORT;
  const pageText = first(query.page) ?? '';
  const page = /^\d+$/.test(pageText) ? Number(pageText) : 1;
  return {
    tab: oneOf(tabs, first(query.tab)) ?? tabs[0] ?? 'mine',
    status: oneOf(ITEM_STATES, first(query.status)) ?? '',
    categoryId: uuid('category'),
    fieldId: uuid('field'),
    authorId: uuid('author'),
    from: day('from'),
    to: day('to'),
    q: (first(query.q) ?? '').trim().slice(0, ITEM_SEARCH_MAX),
    sort,
    order: oneOf(SORT_ORDERS, first(query.order)) ?? DEFAULT_SORT_ORDER[sort],
    page: page >= 1 && page <= MAX_PAGE ? page : 1,
  };
}

/** The query of a state, defaults left out (so the plain list has a plain URL). */
export function listQueryOf(state: ListState, tabs: readonly ListTab[]): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.tab !== tabs[0]) query.tab = state.tab;
  if (state.status) query.status = state.status;
  if (state.categoryId) query.category = state.categoryId;
  if (state.fieldId) query.field = state.fieldId;
  if (state.authorId) query.author = state.authorId;
  if (state.from) query.from = state.from;
  if (state.to) query.to = state.to;
  if (state.q) query.q = state.q;
  if (state.sort !== DEFAULT_SORT) query.sort = state.sort;
  if (state.order !== DEFAULT_SORT_ORDER[state.sort]) query.order = state.order;
  if (state.page > 1) query.page = String(state.page);
  return query;
}

/** The query parameters of `GET /sites/:site/<type>` for a state. */
export interface ItemListRequest {
  page: number;
  pageSize: number;
  mine?: 1;
  status?: string;
  categoryId?: string;
  fieldId?: string;
  authorId?: string;
  updatedFrom?: string;
  updatedTo?: string;
  q?: string;
  sort: ItemListSort;
  order: SortOrder;
}

export function listRequestOf(state: ListState, pageSize: number, opts: { categories: boolean }): ItemListRequest {
  const req: ItemListRequest = { page: state.page, pageSize, sort: state.sort, order: state.order };
  if (state.tab === 'mine') req.mine = 1;
  if (state.status) req.status = state.status;
  if (state.categoryId && opts.categories) req.categoryId = state.categoryId;
  if (state.fieldId) req.fieldId = state.fieldId;
  if (state.authorId && state.tab !== 'mine') req.authorId = state.authorId;
  if (state.from) req.updatedFrom = state.from;
  if (state.to) req.updatedTo = state.to;
  if (state.q) req.q = state.q;
  return req;
}

/** Does the state narrow the list (so an empty list says "nothing matches" rather than "nothing yet")? */
export function isFiltered(state: ListState): boolean {
  return !!(state.status || state.categoryId || state.fieldId || state.authorId || state.from || state.to || state.q);
}

export interface ListQuery {
  site: ComputedRef<string | null>;
  tabs: ComputedRef<readonly ListTab[]>;
  state: ComputedRef<ListState>;
  /** A link to the same list with some of its state changed (back to page 1 unless the page is given). */
  linkTo(changes: Partial<ListState>): RouteLocationRaw;
  /** Go there (a history entry: Back returns to the previous filters). */
  update(changes: Partial<ListState>): Promise<void>;
  /** Every filter and the search cleared; tab and sort kept. */
  clearFilters(): Promise<void>;
}

/**
 * The state of a staff list kept in its URL, so a list can be bookmarked or shared and Back works. The site
 * is the route's `:site`; `tabsOf` gives the tabs the user has there (the first is the default).
 */
export function useListQuery(routeName: string, tabsOf: (site: string | null) => readonly ListTab[]): ListQuery {
  const route = useRoute();
  const router = useRouter();
  const { slug } = useCurrentSite();
  const tabs = computed(() => tabsOf(slug.value));
  const state = computed(() => parseListQuery(route.query, tabs.value));

  function linkTo(changes: Partial<ListState>): RouteLocationRaw {
    const next: ListState = { ...state.value, page: 1, ...changes };
    // A new sort starts in its natural order unless one is asked for.
    if (changes.sort && !changes.order) next.order = DEFAULT_SORT_ORDER[changes.sort];
    return { name: routeName, params: slug.value ? { site: slug.value } : {}, query: listQueryOf(next, tabs.value) };
  }

  async function update(changes: Partial<ListState>): Promise<void> {
    await router.push(linkTo(changes));
  }

  function clearFilters(): Promise<void> {
    return update({ status: '', categoryId: '', fieldId: '', authorId: '', from: '', to: '', q: '' });
  }

  return { site: slug, tabs, state, linkTo, update, clearFilters };
}

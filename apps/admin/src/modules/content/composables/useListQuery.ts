import { computed } from 'vue';
import { useRoute, useRouter, type LocationQueryRaw } from 'vue-router';
import type { SiteRef } from '@congxa/shared/dto/auth';
import { ITEM_STATES, type ItemState } from '@congxa/shared/workflow';
import { useSessionStore } from '../../auth/stores/session';
import { contentSites, pickSite, rememberSite } from './itemSite';

const first = (value: unknown): string | null => {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' ? v : null;
};

/**
 * The state of an item list kept in its URL (`?site=&tab=&status=&page=`), so a list can be bookmarked and
 * the back button works: the site (among those whose content the user may read), the tab (the first of those
 * `tabsOf` gives on the site is the default), the status filter and the page, with links that change one of them.
 */
export function useListQuery<T extends string>(routeName: string, tabsOf: (site: SiteRef | null) => readonly T[]) {
  const route = useRoute();
  const router = useRouter();
  const session = useSessionStore();

  const sites = computed(() => contentSites(session.memberships));
  const site = computed(() => pickSite(sites.value, first(route.query.site)));
  /** The tabs the user has on this site; the first is the default (left out of links). */
  const tabList = computed(() => tabsOf(site.value));
  const defaultTab = () => tabList.value[0];
  const tab = computed<T>(() => {
    const wanted = first(route.query.tab);
    return tabList.value.find((x) => x === wanted) ?? defaultTab();
  });
  const page = computed(() => Math.max(1, Number(first(route.query.page)) || 1));
  const status = computed<ItemState | ''>(() => {
    const s = first(route.query.status);
    return s && (ITEM_STATES as readonly string[]).includes(s) ? (s as ItemState) : '';
  });
  /** The site in links to the editor, when the user has several. */
  const siteQuery = computed<{ site?: string }>(() => (sites.value.length > 1 && site.value ? { site: site.value.slug } : {}));

  function linkTo(changes: LocationQueryRaw): { name: string; query: LocationQueryRaw } {
    const query: LocationQueryRaw = { site: site.value?.slug, tab: tab.value, status: status.value || undefined, page: undefined, ...changes };
    for (const key of Object.keys(query)) if (query[key] === undefined || query[key] === '') delete query[key];
    if (query.tab === defaultTab()) delete query.tab;
    if (sites.value.length <= 1) delete query.site;
    return { name: routeName, query };
  }

  function changeSite(event: Event): void {
    void router.push(linkTo({ site: (event.target as HTMLSelectElement).value, page: undefined }));
  }
  function changeStatus(event: Event): void {
    void router.push(linkTo({ status: (event.target as HTMLSelectElement).value || undefined, page: undefined }));
  }
  function remember(): void {
    if (site.value) rememberSite(site.value.slug);
  }

  return { sites, site, tabs: tabList, tab, page, status, siteQuery, linkTo, changeSite, changeStatus, remember };
}

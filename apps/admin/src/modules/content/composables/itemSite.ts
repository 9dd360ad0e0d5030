import type { MembershipView, SiteRef } from '@congxa/shared/dto/auth';

// The name predates pages; kept so the site chosen last time survives the update.
const STORAGE_KEY = 'congxa.admin.articleSite';

/** The sites whose content (articles, pages, …) the user may read, in membership order. */
export function contentSites(memberships: readonly MembershipView[]): SiteRef[] {
  return memberships.filter((m) => m.permissions.includes('content.read')).map((m) => m.site);
}

/** The site to show: the one asked for (slug or code), else the one chosen last time, else the first. */
export function pickSite(sites: readonly SiteRef[], wanted?: string | null, saved: string | null = savedSite()): SiteRef | null {
  const find = (key: string | null | undefined) => (key ? sites.find((s) => s.slug === key || s.code === key) : undefined);
  return find(wanted) ?? find(saved) ?? sites[0] ?? null;
}

export function savedSite(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function rememberSite(slug: string): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, slug);
  } catch {
    // Private mode: the choice is simply not remembered.
  }
}

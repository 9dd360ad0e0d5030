import { MAX_PAGE_SIZE, type Page } from '@congxa/shared/dto/common';
import type { CreateSiteRequest, SiteResponse, UpdateSiteRequest } from '@congxa/shared/dto/sites';
import { http } from '../../core/http';

/** GET /sites, every page (`platform.site.manage`): a province has a few hundred communes at most. */
export async function listAllSites(signal?: AbortSignal): Promise<SiteResponse[]> {
  const all: SiteResponse[] = [];
  for (let page = 1; ; page++) {
    const answer = await http<Page<SiteResponse>>('/sites', { query: { page, pageSize: MAX_PAGE_SIZE }, signal });
    all.push(...answer.items);
    if (answer.items.length === 0 || all.length >= answer.total) return all;
  }
}

/** POST /sites — 409 SITE_CODE_TAKEN, SITE_SLUG_TAKEN or DOMAIN_TAKEN ({domains}) when taken. */
export function createSite(body: CreateSiteRequest): Promise<SiteResponse> {
  return http<SiteResponse>('/sites', { method: 'POST', body });
}

/** GET /sites/:site (by slug or code). */
export function getSite(site: string, signal?: AbortSignal): Promise<SiteResponse> {
  return http<SiteResponse>(`/sites/${encodeURIComponent(site)}`, { signal });
}

/** PATCH /sites/:site — name, slug, domains; a stale revision answers 409 REVISION_CONFLICT with the current site. */
export function updateSite(site: string, body: UpdateSiteRequest): Promise<SiteResponse> {
  return http<SiteResponse>(`/sites/${encodeURIComponent(site)}`, { method: 'PATCH', body });
}

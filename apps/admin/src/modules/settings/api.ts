import type { SiteSettingsResponse, UpdateSiteBannerRequest, UpdateSiteSettingsRequest } from '@congxa/shared/dto/sites';
import { http } from '../../core/http';

const base = (site: string) => `/sites/${encodeURIComponent(site)}/settings`;

/** GET /sites/:site/settings — the portal's footer details and notice banner (`site.read`). */
export function getSiteSettings(site: string, signal?: AbortSignal): Promise<SiteSettingsResponse> {
  return http<SiteSettingsResponse>(base(site), { signal });
}

/** PATCH /sites/:site/settings — the keys sent change; a stale revision answers 409 REVISION_CONFLICT with `details.current` (`site.settings`). */
export function updateSiteSettings(site: string, body: UpdateSiteSettingsRequest): Promise<SiteSettingsResponse> {
  return http<SiteSettingsResponse>(base(site), { method: 'PATCH', body });
}

/**
 * PUT /sites/:site/banner — the site-wide notice on (a text, an optional end time) or off (text null); the
 * settings' revision, 409 REVISION_CONFLICT with `details.current` when stale (`site.banner`: deputy and chief).
 */
export function updateSiteBanner(site: string, body: UpdateSiteBannerRequest): Promise<SiteSettingsResponse> {
  return http<SiteSettingsResponse>(`/sites/${encodeURIComponent(site)}/banner`, { method: 'PUT', body });
}

import type { SiteRef } from '@congxa/shared/dto/auth';
import type { RouteLocationRaw } from 'vue-router';
import { pickSite } from '../modules/content/composables/itemSite';

/**
 * Where `/` leads: the dashboard of the site worked on last time (else the first membership); a platform
 * administrator without memberships goes to the list of sites; anyone else stays (and is told why).
 */
export function homeTarget(sites: readonly SiteRef[], isPlatformAdmin: boolean, saved: string | null): RouteLocationRaw | null {
  const site = pickSite(sites, null, saved);
  if (site) return { name: 'dashboard', params: { site: site.slug } };
  if (isPlatformAdmin) return { name: 'platform-sites' };
  return null;
}

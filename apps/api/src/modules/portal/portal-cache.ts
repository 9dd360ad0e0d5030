import type { PublicCache } from '../../common/cache/public-cache';
import type { SitesService } from '../sites/sites.service';
import type { PageCache } from './portal-pages';

/** The site a Host header names (the public cache keeps the lookup), or null for an unknown host. */
export function siteIdOfHost(sites: SitesService): (host: string) => Promise<string | null> {
  return async (host) => {
    try {
      return (await sites.resolvePublic(host)).id;
    } catch {
      return null; // an unknown host: answered (a 404) but nothing is kept for it
    }
  };
}

/**
 * Rendered portal pages in the public cache: per site, so a publish, an edit of a live item, a menu or
 * settings change drops them with the site's other public reads (in every process, docs/caching.md).
 */
export function portalPageCache(cache: PublicCache, sites: SitesService): PageCache {
  return { siteOf: siteIdOfHost(sites), get: (siteId, key, compute) => cache.get(siteId, key, compute) };
}

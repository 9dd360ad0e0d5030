import type { PublicCache } from '../../common/cache/public-cache';
import type { SitesService } from '../sites/sites.service';
import type { PageCache } from './portal-pages';

/**
 * Rendered portal pages in the public cache: per site, so a publish, an edit of a live item, a menu or
 * settings change drops them with the site's other public reads (in every process, docs/caching.md).
 */
export function portalPageCache(cache: PublicCache, sites: SitesService): PageCache {
  return {
    siteOf: async (host) => {
      try {
        return (await sites.resolvePublic(host)).id;
      } catch {
        return null; // an unknown host: rendered (a 404 page) but not kept
      }
    },
    get: (siteId, key, compute) => cache.get(siteId, key, compute),
  };
}

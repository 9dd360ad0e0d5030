import { Injectable } from '@nestjs/common';
import { PublicCache } from '../../common/cache/public-cache';
import { type LiveItem, type LiveListFilter, PublicContentRepository } from './public-content.repository';

export type { LiveItem, LiveListFilter };

/** What type modules may read of published content: the approved revision of live editions only. */
@Injectable()
export class PublicContentService {
  constructor(
    private readonly repo: PublicContentRepository,
    private readonly cache: PublicCache,
  ) {}

  /**
   * Published items of a type, newest first, and how many there are. The count is kept in the public cache
   * per site, type and filter until the site's public content changes (so page after page, and every list
   * read between two publications, share one count); a short last page needs none.
   */
  async list(siteId: string, type: string, filter: LiveListFilter, page: number, pageSize: number): Promise<[LiveItem[], number]> {
    const items = await this.repo.page(siteId, type, filter, page, pageSize);
    if (items.length > 0 && items.length < pageSize) return [items, (page - 1) * pageSize + items.length];
    if (items.length === 0 && page === 1) return [items, 0];
    const key = `count:${type}:${filterKey(filter.categoryIds)}:${filterKey(filter.fieldIds)}`;
    return [items, await this.cache.get(siteId, key, () => this.repo.countPublished(siteId, type, filter))];
  }

  /** Every live item of a type whatever its live status (the caller tells published from withdrawn). */
  all(siteId: string, type: string): Promise<LiveItem[]> {
    return this.repo.all(siteId, type);
  }

  /**
   * The live item by slug, whatever its live status; else the one that had this slug before a rename (its
   * `item.slug` is then the current one, and the portal answers 301 to it).
   */
  async bySlug(siteId: string, type: string, slug: string): Promise<LiveItem | null> {
    return (await this.repo.bySlug(siteId, type, slug)) ?? (await this.repo.byOldSlug(siteId, type, slug));
  }
}

/** A filter's part of a cache key: absent, or its ids in a stable order. */
function filterKey(ids: readonly string[] | undefined): string {
  return ids ? [...ids].sort().join(',') : '*';
}

import { Injectable } from '@nestjs/common';
import { type LiveItem, type LiveListFilter, PublicContentRepository } from './public-content.repository';

export type { LiveItem, LiveListFilter };

/** What type modules may read of published content: the approved revision of live editions only. */
@Injectable()
export class PublicContentService {
  constructor(private readonly repo: PublicContentRepository) {}

  /** Published items of a type, newest first. */
  list(siteId: string, type: string, filter: LiveListFilter, page: number, pageSize: number): Promise<[LiveItem[], number]> {
    return this.repo.list(siteId, type, filter, page, pageSize);
  }

  /** Every live item of a type whatever its live status (the caller tells published from withdrawn). */
  all(siteId: string, type: string): Promise<LiveItem[]> {
    return this.repo.all(siteId, type);
  }

  /** The live item by slug, whatever its live status. */
  bySlug(siteId: string, type: string, slug: string): Promise<LiveItem | null> {
    return this.repo.bySlug(siteId, type, slug);
  }
}

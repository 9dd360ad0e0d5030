import { Injectable } from '@nestjs/common';
import { Db } from '../../common/database/db.service';
import { ContentEditionEntity } from './content-edition.entity';
import { ContentItemEntity } from './content-item.entity';
import { ContentRevisionEntity } from './content-revision.entity';

/** A live item with the revision its live edition was approved on. */
export interface LiveItem {
  item: ContentItemEntity;
  live: ContentRevisionEntity;
}

export interface LiveListFilter {
  categoryIds?: string[];
  fieldIds?: string[];
}

/**
 * Published content only: the approved revision of each item's live edition. Working editions, drafts,
 * notes and provenance addresses are never read here.
 */
@Injectable()
export class PublicContentRepository {
  constructor(private readonly db: Db) {}

  private live(siteId: string, type: string) {
    return this.db
      .repo(ContentItemEntity)
      .createQueryBuilder('i')
      .innerJoin(ContentEditionEntity, 'le', 'le.id = i.live_edition_id')
      .innerJoinAndMapOne('i.liveRevision', ContentRevisionEntity, 'r', 'r.id = le.approved_revision_id')
      .where('i.site_id = :siteId AND i.type = :type', { siteId, type });
  }

  private static pair(i: ContentItemEntity): LiveItem {
    const live = (i as ContentItemEntity & { liveRevision: ContentRevisionEntity }).liveRevision;
    return { item: i, live };
  }

  /** Published items, newest first. */
  async list(siteId: string, type: string, filter: LiveListFilter, page: number, pageSize: number): Promise<[LiveItem[], number]> {
    const qb = this.live(siteId, type).andWhere("i.live_status = 'published'");
    if (filter.categoryIds) qb.andWhere(filter.categoryIds.length ? 'r.category_id IN (:...cats)' : 'false', { cats: filter.categoryIds });
    if (filter.fieldIds) qb.andWhere(filter.fieldIds.length ? 'r.field_id IN (:...fields)' : 'false', { fields: filter.fieldIds });
    const [items, total] = await qb
      .orderBy('i.published_at', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return [items.map(PublicContentRepository.pair), total];
  }

  /** Every live item of a type whatever its live status (the caller tells published from withdrawn). */
  async all(siteId: string, type: string): Promise<LiveItem[]> {
    return (await this.live(siteId, type).getMany()).map(PublicContentRepository.pair);
  }

  /** The live item by slug, whatever its live status. */
  async bySlug(siteId: string, type: string, slug: string): Promise<LiveItem | null> {
    const i = await this.live(siteId, type).andWhere('i.slug = :slug', { slug }).getOne();
    return i ? PublicContentRepository.pair(i) : null;
  }
}

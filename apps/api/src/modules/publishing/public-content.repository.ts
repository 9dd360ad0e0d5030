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

  private liveItems() {
    return this.db
      .repo(ContentItemEntity)
      .createQueryBuilder('i')
      .innerJoin(ContentEditionEntity, 'le', 'le.id = i.live_edition_id')
      .innerJoinAndMapOne('i.liveRevision', ContentRevisionEntity, 'r', 'r.id = le.approved_revision_id');
  }

  private live(siteId: string, type: string) {
    return this.liveItems().where('i.site_id = :siteId AND i.type = :type', { siteId, type });
  }

  private static pair(i: ContentItemEntity): LiveItem {
    const live = (i as ContentItemEntity & { liveRevision: ContentRevisionEntity }).liveRevision;
    return { item: i, live };
  }

  /**
   * One page of published items, newest first (ties by id). The page's ids are read from the partial index
   * `ix_content_items_public*` alone (the filters are on the live category and field the item row carries,
   * see `content_items.live_category_id`), then only those rows are joined to their revisions. No count
   * here: see `countPublished`.
   */
  async page(siteId: string, type: string, filter: LiveListFilter, page: number, pageSize: number): Promise<LiveItem[]> {
    const where = PublicContentRepository.publishedWhere(siteId, type, filter);
    if (!where) return [];
    const rows: { id: string }[] = await this.db.manager.query(
      `SELECT id FROM content_items WHERE ${where.sql} ORDER BY published_at DESC, id DESC LIMIT $${where.params.length + 1} OFFSET $${where.params.length + 2}`,
      [...where.params, pageSize, (page - 1) * pageSize],
    );
    if (rows.length === 0) return [];
    const order = new Map(rows.map((r, n) => [r.id, n]));
    const items = await this.liveItems()
      .where('i.id IN (:...ids)', { ids: rows.map((r) => r.id) })
      // One taken down between the two reads stays out.
      .andWhere("i.live_status = 'published'")
      .getMany();
    return items.sort((a, b) => order.get(a.id)! - order.get(b.id)!).map(PublicContentRepository.pair);
  }

  /** How many published items `page` pages through: a count over the item rows alone (an index-only scan of a partial index). */
  async countPublished(siteId: string, type: string, filter: LiveListFilter): Promise<number> {
    const where = PublicContentRepository.publishedWhere(siteId, type, filter);
    if (!where) return 0;
    const rows: { n: number }[] = await this.db.manager.query(`SELECT count(*)::int AS n FROM content_items WHERE ${where.sql}`, where.params);
    return rows[0]?.n ?? 0;
  }

  /** The condition of the public list on `content_items`; null when a filter rules everything out. */
  private static publishedWhere(siteId: string, type: string, filter: LiveListFilter): { sql: string; params: unknown[] } | null {
    if (filter.categoryIds?.length === 0 || filter.fieldIds?.length === 0) return null;
    const params: unknown[] = [siteId, type];
    let sql = `site_id = $1 AND type = $2 AND live_status = 'published'`;
    if (filter.categoryIds) sql += ` AND live_category_id = ANY($${params.push(filter.categoryIds)}::uuid[])`;
    if (filter.fieldIds) sql += ` AND live_field_id = ANY($${params.push(filter.fieldIds)}::uuid[])`;
    return { sql, params };
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

  /** The live item that had `slug` before it was renamed (content_slug_redirects, kept by a trigger), whatever its live status. */
  async byOldSlug(siteId: string, type: string, slug: string): Promise<LiveItem | null> {
    const i = await this.live(siteId, type)
      .andWhere('i.id = (SELECT r.item_id FROM content_slug_redirects r WHERE r.site_id = :siteId AND r.type = :type AND r.slug = :slug)', {
        siteId,
        type,
        slug,
      })
      .getOne();
    return i ? PublicContentRepository.pair(i) : null;
  }

  /** The live items among `ids`, whatever their live status (the search index reads what it writes from here). */
  async byIds(ids: readonly string[]): Promise<LiveItem[]> {
    if (ids.length === 0) return [];
    return (await this.liveItems().where('i.id IN (:...ids)', { ids }).orderBy('i.id').getMany()).map(PublicContentRepository.pair);
  }

  /** Ids of published items of every site, in id order after `after` (the search backfill walks them). */
  async publishedIds(after: string | null, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.manager.query(
      `SELECT id FROM content_items WHERE live_status = 'published' AND ($1::uuid IS NULL OR id > $1::uuid) ORDER BY id LIMIT $2`,
      [after, limit],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Lock those of the items that are still published, for the rest of the transaction (a move of one of them
   * waits; one that committed meanwhile is seen, and an item it took down is left out).
   */
  async lockPublished(ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows: { id: string }[] = await this.db.manager.query(
      `SELECT id FROM content_items WHERE id = ANY($1::uuid[]) AND live_status = 'published' ORDER BY id FOR UPDATE`,
      [ids],
    );
    return rows.map((r) => r.id);
  }
}

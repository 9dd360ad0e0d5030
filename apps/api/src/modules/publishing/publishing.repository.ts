import { Injectable } from '@nestjs/common';
import { In, type Repository } from 'typeorm';
import type { ItemListSort, SortOrder } from '@congxa/shared/dto/content';
import { ITEM_STATES, type ItemState, type ReadableScope } from '@congxa/shared/workflow';
import { Db } from '../../common/database/db.service';
import { ContentEditionEntity } from './content-edition.entity';
import { ContentItemEntity } from './content-item.entity';
import { ContentRevisionEntity } from './content-revision.entity';
import { ContentTransitionEntity } from './content-transition.entity';

/** An item with its current edition and that edition's latest revision: what staff see. */
export interface ItemView {
  item: ContentItemEntity;
  edition: ContentEditionEntity;
  head: ContentRevisionEntity;
}

/** An item as a node of its type's tree. */
export type TreeItem = Pick<ContentItemEntity, 'id' | 'parentId' | 'position' | 'slug' | 'liveStatus'>;

export interface ItemListFilter {
  siteId: string;
  type: string;
  scope: ReadableScope;
  /** Display statuses (any of). */
  statuses?: readonly ItemState[];
  /** Items the user created or whose current edition they opened. */
  mineUserId?: string;
  fieldId?: string;
  /** Any of these categories (the caller expands subcategories). */
  categoryIds?: readonly string[];
  /** The author shown in the list: who opened the current edition, else who created the item. */
  authorId?: string;
  updatedFrom?: Date;
  /** Exclusive. */
  updatedBefore?: Date;
  /** A folded search key (`foldVietnamese`), matched anywhere in the folded title. */
  titleKey?: string;
  /** Text content fields `titleKey` is matched in too (the type's list facts: a document's number). */
  textKeys?: readonly string[];
  sort: ItemListSort;
  order: SortOrder;
}

/** The display status as SQL over `i` (item) and `e` (current edition), matching `displayStatus()`. */
const DISPLAY_STATUS = `(CASE WHEN i.current_edition_id = i.live_edition_id THEN i.live_status ELSE e.status END)`;

/** ICU's Vietnamese collation, when the server has ICU (PostgreSQL from distributions does; PGlite does not). */
const VI_COLLATION = 'vi-x-icu';

/** LIKE's own characters taken literally. */
const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The SQL of the publishing core: items, editions, revisions and the transition record. */
@Injectable()
export class PublishingRepository {
  constructor(private readonly db: Db) {}

  // --- reading ---

  private viewQuery(lock: boolean) {
    const qb = this.db.repo(ContentItemEntity).createQueryBuilder('i').innerJoinAndSelect('i.currentEdition', 'e').innerJoinAndSelect('e.headRevision', 'r');
    if (lock) qb.setLock('pessimistic_write', undefined, ['i']);
    return qb;
  }

  private toView(item: ContentItemEntity | null): ItemView | null {
    if (!item?.currentEdition?.headRevision) return null;
    const edition = item.currentEdition;
    const head = edition.headRevision!;
    return { item, edition, head };
  }

  async view(siteId: string, type: string, id: string): Promise<ItemView | null> {
    return this.toView(await this.viewQuery(false).where('i.id = :id AND i.site_id = :siteId AND i.type = :type', { id, siteId, type }).getOne());
  }

  /** The item row locked for the rest of the transaction (every write to an item starts here). */
  async lockView(siteId: string, type: string, id: string): Promise<ItemView | null> {
    return this.toView(await this.viewQuery(true).where('i.id = :id AND i.site_id = :siteId AND i.type = :type', { id, siteId, type }).getOne());
  }

  /** The same, by id alone (the scheduler, which works across sites). */
  async lockViewById(id: string): Promise<ItemView | null> {
    return this.toView(await this.viewQuery(true).where('i.id = :id', { id }).getOne());
  }

  private viCollation: Promise<boolean> | undefined;

  /** Does the database have ICU's Vietnamese collation? Asked once per process. */
  private hasViCollation(): Promise<boolean> {
    this.viCollation ??= this.db.manager
      .query(`SELECT 1 FROM pg_collation WHERE collname = $1 LIMIT 1`, [VI_COLLATION])
      .then((rows: unknown[]) => rows.length > 0)
      .catch(() => false);
    return this.viCollation;
  }

  /**
   * One page of a staff list. The filters and the order run in one SQL query over the item, its current
   * edition and that edition's head revision (the ids of the page and the total); the page's views are
   * then loaded by id. The read scope is applied here, always, as `canRead()` states it.
   */
  async list(f: ItemListFilter, page: number, pageSize: number): Promise<[ItemView[], number]> {
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where = [`i.site_id = ${p(f.siteId)}`, `i.type = ${p(f.type)}`];
    if (!f.scope.all) {
      const uid = p(f.scope.userId);
      where.push(`(i.author_id = ${uid} OR e.author_id = ${uid} OR e.assignee_id = ${uid})`);
    }
    if (f.statuses?.length) where.push(`${DISPLAY_STATUS} = ANY(${p(f.statuses)}::text[])`);
    if (f.mineUserId) {
      const mine = p(f.mineUserId);
      where.push(`(i.author_id = ${mine} OR e.author_id = ${mine})`);
    }
    if (f.fieldId) where.push(`r.field_id = ${p(f.fieldId)}`);
    if (f.categoryIds) where.push(`r.category_id = ANY(${p(f.categoryIds)}::uuid[])`);
    if (f.authorId) where.push(`COALESCE(e.author_id, i.author_id) = ${p(f.authorId)}`);
    if (f.updatedFrom) where.push(`i.updated_at >= ${p(f.updatedFrom)}`);
    if (f.updatedBefore) where.push(`i.updated_at < ${p(f.updatedBefore)}`);
    if (f.titleKey) {
      const like = p(`%${likeLiteral(f.titleKey)}%`);
      const also = (f.textKeys ?? []).map((k) => ` OR congxa_fold(COALESCE(r.content->>${p(k)}, '')) LIKE ${like} ESCAPE '\\'`).join('');
      where.push(`(congxa_fold(r.title) LIKE ${like} ESCAPE '\\'${also})`);
    }

    const whereParams = params.length;
    const dir = f.order === 'asc' ? 'ASC' : 'DESC';
    let orderBy: string;
    switch (f.sort) {
      case 'created':
        orderBy = `i.created_at ${dir}`;
        break;
      case 'title':
        orderBy = (await this.hasViCollation()) ? `r.title COLLATE "${VI_COLLATION}" ${dir}` : `congxa_fold(r.title) ${dir}, r.title ${dir}`;
        break;
      case 'status':
        orderBy = `array_position(${p(ITEM_STATES)}::text[], ${DISPLAY_STATUS}::text) ${dir}, i.updated_at DESC`;
        break;
      default:
        orderBy = `i.updated_at ${dir}`;
    }
    const rows: { id: string; total: string }[] = await this.db.manager.query(
      `SELECT i.id, count(*) OVER () AS total
         FROM content_items i
         JOIN content_editions e ON e.id = i.current_edition_id
         JOIN content_revisions r ON r.id = e.head_revision_id
        WHERE ${where.join(' AND ')}
        ORDER BY ${orderBy}, i.id ${dir}
        LIMIT ${p(pageSize)} OFFSET ${p((page - 1) * pageSize)}`,
      params,
    );
    const total = rows.length ? Number(rows[0]!.total) : page === 1 ? 0 : await this.count(where, params.slice(0, whereParams));
    if (!rows.length) return [[], total];
    const ids = rows.map((r) => r.id);
    const items = await this.viewQuery(false).where('i.id IN (:...ids)', { ids }).getMany();
    const byId = new Map(items.map((i) => [i.id, this.toView(i)!]));
    return [ids.flatMap((id) => byId.get(id) ?? []), total];
  }

  /** The total of a list whose page is past its end. */
  private async count(where: string[], params: unknown[]): Promise<number> {
    const [row]: { n: string }[] = await this.db.manager.query(
      `SELECT count(*) AS n
         FROM content_items i
         JOIN content_editions e ON e.id = i.current_edition_id
         JOIN content_revisions r ON r.id = e.head_revision_id
        WHERE ${where.join(' AND ')}`,
      params,
    );
    return Number(row?.n ?? 0);
  }

  /** Items whose current edition is in one of `states` and not live, oldest submission first (a queue). */
  async inStates(siteId: string, type: string | null, states: readonly string[], who?: { assigneeId?: string; editionAuthorId?: string }): Promise<ItemView[]> {
    const qb = this.viewQuery(false)
      .where('i.site_id = :siteId AND e.status IN (:...states)', { siteId, states })
      .andWhere('i.current_edition_id IS DISTINCT FROM i.live_edition_id');
    if (type) qb.andWhere('i.type = :type', { type });
    if (who?.assigneeId) qb.andWhere('e.assignee_id = :assignee', { assignee: who.assigneeId });
    if (who?.editionAuthorId) qb.andWhere('e.author_id = :ea', { ea: who.editionAuthorId });
    const items = await qb.orderBy('e.submitted_at', 'ASC', 'NULLS LAST').addOrderBy('i.updated_at', 'ASC').limit(200).getMany();
    return items.map((i) => this.toView(i)!);
  }

  /** Every item of a type in the site, with its current edition and head revision (a register read whole). */
  async ofType(siteId: string, type: string): Promise<ItemView[]> {
    const items = await this.viewQuery(false).where('i.site_id = :siteId AND i.type = :type', { siteId, type }).getMany();
    return items.map((i) => this.toView(i)!);
  }

  /** Which of `ids` are items of `type` in the site. */
  async itemIdsOfType(siteId: string, type: string, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db.repo(ContentItemEntity).find({ where: { siteId, type, id: In(ids) }, select: { id: true } });
    return new Set(rows.map((r) => r.id));
  }

  slugTaken(siteId: string, type: string, slug: string, exceptId?: string): Promise<boolean> {
    const qb = this.db
      .repo(ContentItemEntity)
      .createQueryBuilder('i')
      .where('i.site_id = :siteId AND i.type = :type AND i.slug = :slug', { siteId, type, slug });
    if (exceptId) qb.andWhere('i.id <> :exceptId', { exceptId });
    return qb.getExists();
  }

  /**
   * Another item of the type in the site whose current content holds `value` in `key` (its id), or null.
   * Takes a transaction-scoped lock on the value first, so two saves of the same value wait for each other.
   */
  async holderOf(siteId: string, type: string, key: string, value: string, exceptId: string | null): Promise<string | null> {
    await this.db.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${siteId}|${type}|${key}|${value}`]);
    const [row]: { id: string }[] = await this.db.manager.query(
      `SELECT i.id FROM content_items i
         JOIN content_editions e ON e.id = i.current_edition_id
         JOIN content_revisions r ON r.id = e.head_revision_id
        WHERE i.site_id = $1 AND i.type = $2 AND r.content ->> $3 = $4 AND ($5::uuid IS NULL OR i.id <> $5)
        LIMIT 1`,
      [siteId, type, key, value, exceptId],
    );
    return row?.id ?? null;
  }

  /**
   * Published items of a type with their live title and content, newest first: those among `ids`, or
   * those whose folded title or `textKeys` contents hold `key`, or the newest when neither is given.
   */
  async published(
    siteId: string,
    type: string,
    f: { ids?: readonly string[]; key?: string; textKeys: readonly string[] },
    limit: number,
  ): Promise<{ id: string; slug: string; title: string; content: Record<string, unknown> }[]> {
    const params: unknown[] = [siteId, type];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where = [`i.site_id = $1`, `i.type = $2`, `i.live_status = 'published'`];
    if (f.ids) where.push(`i.id = ANY(${p(f.ids)}::uuid[])`);
    if (f.key) {
      const like = p(`%${likeLiteral(f.key)}%`);
      const also = f.textKeys.map((k) => ` OR congxa_fold(COALESCE(r.content->>${p(k)}, '')) LIKE ${like} ESCAPE '\\'`).join('');
      where.push(`(congxa_fold(r.title) LIKE ${like} ESCAPE '\\'${also})`);
    }
    return this.db.manager.query(
      `SELECT i.id, i.slug, r.title, r.content
         FROM content_items i
         JOIN content_editions le ON le.id = i.live_edition_id
         JOIN content_revisions r ON r.id = le.approved_revision_id
        WHERE ${where.join(' AND ')}
        ORDER BY i.published_at DESC, i.id
        LIMIT ${p(limit)}`,
      params,
    );
  }

  /** Every item of a type in the site as a tree node (pages: a few dozen), with its live status. */
  async tree(siteId: string, type: string): Promise<TreeItem[]> {
    return this.db
      .repo(ContentItemEntity)
      .find({ where: { siteId, type }, select: { id: true, parentId: true, position: true, slug: true, liveStatus: true } });
  }

  edition(id: string): Promise<ContentEditionEntity | null> {
    return this.db.repo(ContentEditionEntity).findOneBy({ id });
  }

  revision(itemId: string, number: number): Promise<ContentRevisionEntity | null> {
    return this.db.repo(ContentRevisionEntity).findOneBy({ itemId, number });
  }

  revisionById(id: string): Promise<ContentRevisionEntity | null> {
    return this.db.repo(ContentRevisionEntity).findOneBy({ id });
  }

  revisions(itemId: string): Promise<ContentRevisionEntity[]> {
    return this.db.repo(ContentRevisionEntity).find({ where: { itemId }, order: { number: 'ASC' } });
  }

  /** Revision number → edition number, for the history. */
  async editionNumbers(itemId: string): Promise<Map<string, number>> {
    const rows = await this.db.repo(ContentEditionEntity).find({ where: { itemId }, select: { id: true, number: true } });
    return new Map(rows.map((e) => [e.id, e.number]));
  }

  transitions(itemId: string): Promise<ContentTransitionEntity[]> {
    return this.db.repo(ContentTransitionEntity).find({ where: { itemId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  lastNote(itemId: string): Promise<ContentTransitionEntity | null> {
    return this.db
      .repo(ContentTransitionEntity)
      .createQueryBuilder('t')
      .where('t.item_id = :itemId AND t.note IS NOT NULL', { itemId })
      .orderBy('t.created_at', 'DESC')
      .getOne();
  }

  // --- writing (statuses are written only through the transition path, see transition.service.ts) ---

  async insertItem(data: Pick<ContentItemEntity, 'siteId' | 'type' | 'slug' | 'authorId' | 'parentId' | 'position'>): Promise<ContentItemEntity> {
    const repo = this.db.repo(ContentItemEntity);
    return repo.save(repo.create({ ...data, revision: 1, currentEditionId: null, liveEditionId: null, liveStatus: null }));
  }

  /** A new edition row in `status` (the transition path creates editions: create, open). */
  async insertEdition(
    data: Pick<ContentEditionEntity, 'itemId' | 'siteId' | 'number' | 'status' | 'authorId' | 'noSecretConfirmed'>,
  ): Promise<ContentEditionEntity> {
    const repo = this.db.repo(ContentEditionEntity);
    return repo.save(repo.create(data));
  }

  async insertRevision(
    data: Omit<ContentRevisionEntity, 'id' | 'createdAt' | 'item' | 'edition' | 'createdBy' | 'category' | 'field' | 'coverMedia'>,
  ): Promise<ContentRevisionEntity> {
    const repo = this.db.repo(ContentRevisionEntity);
    return repo.save(repo.create(data));
  }

  async insertTransition(data: Omit<ContentTransitionEntity, 'id' | 'createdAt' | 'item' | 'edition' | 'actor'>): Promise<void> {
    const repo = this.db.repo(ContentTransitionEntity);
    await repo.save(repo.create(data));
  }

  /** Update an item's own columns (never `liveStatus`: see `setItemStatus`). */
  async updateItem(id: string, patch: Partial<Omit<ContentItemEntity, 'liveStatus'>>): Promise<void> {
    await this.db.repo(ContentItemEntity).update({ id }, patch as Parameters<Repository<ContentItemEntity>['update']>[1]);
  }

  /** Update an edition's columns other than `status` (see `setEditionStatus`). */
  async updateEdition(id: string, patch: Partial<Omit<ContentEditionEntity, 'status'>>): Promise<void> {
    await this.db.repo(ContentEditionEntity).update({ id }, patch as Parameters<Repository<ContentEditionEntity>['update']>[1]);
  }

  /**
   * The only writes of a status column. The database refuses them unless the transaction has said it is
   * on the transition path (`congxa.transition`, set by `markTransition`), so nothing else can slip a status in.
   */
  async setEditionStatus(id: string, status: ContentEditionEntity['status']): Promise<void> {
    await this.db.repo(ContentEditionEntity).update({ id }, { status });
  }

  async setItemStatus(id: string, liveStatus: ContentItemEntity['liveStatus'], liveEditionId: string | null): Promise<void> {
    await this.db.repo(ContentItemEntity).update({ id }, { liveStatus, liveEditionId });
  }

  /** Opens the transition path for the rest of the transaction. */
  async markTransition(): Promise<void> {
    await this.db.manager.query(`SELECT set_config('congxa.transition', 'on', true)`);
  }

  // --- the scheduler ---

  /** Items with a scheduled edition that is due, locked; other workers skip them. */
  async claimDuePublications(limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.manager.query(
      `SELECT i.id FROM content_items i JOIN content_editions e ON e.id = i.current_edition_id
        WHERE e.status = 'scheduled' AND e.publish_at <= now()
        ORDER BY e.publish_at LIMIT $1 FOR UPDATE OF i SKIP LOCKED`,
      [limit],
    );
    return rows.map((r) => r.id);
  }

  /** Live items whose live edition's take-down time has come, locked; other workers skip them. */
  async claimDueTakeDowns(limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.manager.query(
      `SELECT i.id FROM content_items i JOIN content_editions e ON e.id = i.live_edition_id
        WHERE i.live_status = 'published' AND e.unpublish_at <= now()
        ORDER BY e.unpublish_at LIMIT $1 FOR UPDATE OF i SKIP LOCKED`,
      [limit],
    );
    return rows.map((r) => r.id);
  }
}

import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { MediaKind } from '@congxa/shared/dto/media';
import type { EditionState, LiveState } from '@congxa/shared/workflow';
import { Db } from '../../common/database/db.service';
import { foldedSql, searchPatterns } from '../../common/database/search-fold';
import { MediaEntity } from './media.entity';

/** What the library list is narrowed by. */
export interface MediaListFilter {
  kind?: MediaKind;
  /** Words typed by people (folded here: marks and case do not matter). */
  q?: string;
  /** Only images without alt text. */
  missingAlt?: boolean;
}

/** A content item using a media item, with what the shared read policy needs (`canRead`, `displayStatus`). */
export interface MediaUseRow {
  id: string;
  type: string;
  title: string;
  authorId: string | null;
  editionAuthorId: string | null;
  assigneeId: string | null;
  editionStatus: EditionState;
  liveStatus: LiveState | null;
  currentIsLive: boolean;
}

/** The path every public file of a media item lives under (as written into article bodies). */
const publicPathOf = (id: string) => `/api/v1/public/media/${id}/`;

@Injectable()
export class MediaRepository {
  constructor(private readonly db: Db) {}

  /**
   * The items among `ids` that belong to the site (others are simply absent from the answer). For the
   * article workflow: e.g. refuse to publish while an image has no `altText`.
   */
  findInSite(siteId: string, ids: string[]): Promise<MediaEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.repo(MediaEntity).findBy({ siteId, id: In([...new Set(ids)]) });
  }

  findOneInSite(siteId: string, id: string): Promise<MediaEntity | null> {
    return this.db.repo(MediaEntity).findOne({ where: { siteId, id }, relations: { uploadedBy: true } });
  }

  findBySha256(siteId: string, sha256: string): Promise<MediaEntity | null> {
    return this.db.repo(MediaEntity).findOne({ where: { siteId, sha256 }, relations: { uploadedBy: true } });
  }

  /** For public serving: any site's item, by its (unguessable) id. */
  findById(id: string): Promise<MediaEntity | null> {
    return this.db.repo(MediaEntity).findOneBy({ id });
  }

  list(siteId: string, f: MediaListFilter, page: number, pageSize: number): Promise<[MediaEntity[], number]> {
    const qb = this.db.repo(MediaEntity).createQueryBuilder('m').leftJoinAndSelect('m.uploadedBy', 'u').where('m.site_id = :siteId', { siteId });
    if (f.kind) qb.andWhere('m.kind = :kind', { kind: f.kind });
    if (f.missingAlt) qb.andWhere("m.kind = 'image' AND (m.alt_text IS NULL OR btrim(m.alt_text) = '')");
    const haystack = foldedSql("concat_ws(' ', m.original_name, m.alt_text, m.caption)");
    searchPatterns(f.q ?? '').forEach((pattern, i) => qb.andWhere(`${haystack} LIKE :w${i}`, { [`w${i}`]: pattern }));
    return qb
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
  }

  /**
   * The site's content items whose current (working) or live version uses the media item: as the cover
   * column, or anywhere in the declared fields (an image in a body links `/api/v1/public/media/<id>/…`; a
   * media id kept as a value). Reads the publishing tables (content_items, content_editions,
   * content_revisions) without writing; newest change first.
   */
  async usesOf(siteId: string, mediaId: string): Promise<MediaUseRow[]> {
    const rows: {
      id: string;
      type: string;
      title: string | null;
      author_id: string | null;
      edition_author_id: string | null;
      assignee_id: string | null;
      edition_status: EditionState;
      live_status: LiveState | null;
      current_is_live: boolean;
    }[] = await this.db.manager.query(
      `SELECT i.id, i.type, hr.title, i.author_id, e.author_id AS edition_author_id, e.assignee_id, e.status AS edition_status,
              i.live_status, (i.live_edition_id IS NOT NULL AND i.current_edition_id = i.live_edition_id) AS current_is_live
         FROM content_items i
         JOIN content_editions e ON e.id = i.current_edition_id
         LEFT JOIN content_revisions hr ON hr.id = e.head_revision_id
         LEFT JOIN content_editions le ON le.id = i.live_edition_id
        WHERE i.site_id = $1
          AND EXISTS (
            SELECT 1 FROM content_revisions r
             WHERE r.id IN (e.head_revision_id, le.approved_revision_id)
               AND (r.cover_media_id = $2::uuid OR strpos(r.content::text, $3) > 0 OR strpos(r.content::text, $4) > 0))
        ORDER BY i.updated_at DESC, i.id`,
      [siteId, mediaId, publicPathOf(mediaId), `"${mediaId}"`],
    );
    return rows.map((r) => ({
      id: r.id,
      type: r.type,
      title: r.title ?? '',
      authorId: r.author_id,
      editionAuthorId: r.edition_author_id,
      assigneeId: r.assignee_id,
      editionStatus: r.edition_status,
      liveStatus: r.live_status,
      currentIsLive: r.current_is_live,
    }));
  }

  async lockInSite(siteId: string, id: string): Promise<MediaEntity | null> {
    const locked = await this.db
      .repo(MediaEntity)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .where('m.id = :id AND m.site_id = :siteId', { id, siteId })
      .getOne();
    return locked ? this.findOneInSite(siteId, id) : null;
  }

  async insert(data: Omit<MediaEntity, 'revision' | 'createdAt' | 'updatedAt' | 'site' | 'uploadedBy'>): Promise<MediaEntity> {
    const repo = this.db.repo(MediaEntity);
    await repo.insert(repo.create(data));
    return (await this.findOneInSite(data.siteId, data.id))!;
  }

  /** The stored text of documents of the site that have been read (id → text and reading); unread ones are left out. */
  async documentTexts(siteId: string, ids: string[]): Promise<Map<string, { text: string; reading: NonNullable<MediaEntity['textReading']> }>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; text: string | null; reading: NonNullable<MediaEntity['textReading']> }[] = await this.db.manager.query(
      `SELECT id, text_content AS text, text_reading AS reading FROM media
        WHERE site_id = $1 AND id = ANY($2::uuid[]) AND kind = 'document' AND text_reading IS NOT NULL`,
      [siteId, ids],
    );
    return new Map(rows.map((r) => [r.id, { text: r.text ?? '', reading: r.reading }]));
  }

  /** Keep what was read of a document (its revision and update time stay: nothing a person edits changed). */
  async storeText(id: string, text: string, reading: NonNullable<MediaEntity['textReading']>): Promise<void> {
    await this.db.manager.query('UPDATE media SET text_content = $2, text_reading = $3 WHERE id = $1', [id, text, reading]);
  }

  save(m: MediaEntity): Promise<MediaEntity> {
    return this.db.repo(MediaEntity).save(m);
  }
}

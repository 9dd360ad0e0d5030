import { Injectable } from '@nestjs/common';
import type { ContentRow } from '@congxa/shared/content';
import { Db } from '../../common/database/db.service';

/** A published week: the item, its live content's week, title, note and rows, and when it went live and last changed. */
export interface LiveWeekRow {
  id: string;
  week: string;
  title: string;
  note: string | null;
  rows: ContentRow[];
  publishedAt: Date;
  updatedAt: Date;
}

/** Reads of published schedules: only the approved revisions of live editions, as the public sees them. */
@Injectable()
export class SchedulesRepository {
  constructor(private readonly db: Db) {}

  /** Every published week of the site, newest week first (a commune adds one a week: a few hundred rows in years). */
  liveWeeks(siteId: string): Promise<LiveWeekRow[]> {
    return this.db.manager.query(
      `SELECT i.id, r.content->>'week' AS week, r.title, nullif(r.content->>'note', '') AS note,
              coalesce(r.content->'rows', '[]'::jsonb) AS rows,
              coalesce(i.published_at, i.created_at) AS "publishedAt",
              coalesce(i.live_updated_at, i.published_at, i.created_at) AS "updatedAt"
         FROM content_items i
         JOIN content_editions le ON le.id = i.live_edition_id
         JOIN content_revisions r ON r.id = le.approved_revision_id
        WHERE i.site_id = $1 AND i.type = 'schedule' AND i.live_status = 'published'
        ORDER BY r.content->>'week' DESC, i.published_at DESC`,
      [siteId],
    );
  }

  /**
   * The rows of every edition of the item that went live, in order, each with when it went live (its first
   * move to `published`): what "điều chỉnh lúc …" is computed from.
   */
  liveEditions(itemId: string): Promise<{ publishedAt: Date; rows: ContentRow[] }[]> {
    return this.db.manager.query(
      `SELECT min(t.created_at) AS "publishedAt", coalesce(r.content->'rows', '[]'::jsonb) AS rows
         FROM content_editions e
         JOIN content_transitions t ON t.edition_id = e.id AND t.to_state = 'published'
         JOIN content_revisions r ON r.id = e.approved_revision_id
        WHERE e.item_id = $1
        GROUP BY e.id, e.number, r.content
        ORDER BY e.number`,
      [itemId],
    );
  }
}

import { Injectable } from '@nestjs/common';
import { Db } from '../../common/database/db.service';

/** One article of a feed: the approved revision of its live edition. */
export interface FeedArticleRow {
  slug: string;
  title: string;
  summary: string | null;
  category: string | null;
  publishedAt: Date;
  updatedAt: Date;
}

/** One sitemap URL's source: a slug and its last change as a W3C date-time. */
export interface SlugLastmod {
  slug: string;
  lastmod: string;
}

export interface PageRow {
  id: string;
  parentId: string | null;
  slug: string;
  position: number;
  lastmod: string;
}

/** `2026-12-01T01:30:05Z`, written by PostgreSQL (no Date objects for 50,000 rows). */
const W3C = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** When the public content of an item last changed. */
const UPDATED = 'coalesce(i.live_updated_at, i.published_at, i.created_at)';

/** Published articles of a site, over the index (site_id, type, live_status, published_at). */
const PUBLISHED_ARTICLES = `i.site_id = $1 AND i.type = 'article' AND i.live_status = 'published'`;

/**
 * What feeds and sitemaps read, in plain SQL over published items: sitemaps touch only `content_items`
 * (slug and times), never revisions, so 100,000 articles cost one index scan.
 */
@Injectable()
export class FeedsRepository {
  constructor(private readonly db: Db) {}

  /** The newest published articles (of the categories, when given), as the public list orders them. */
  latestArticles(siteId: string, categoryIds: readonly string[] | null, limit: number): Promise<FeedArticleRow[]> {
    return this.db.manager.query(
      `SELECT i.slug, r.title, r.content->>'summary' AS summary, c.name AS category,
              coalesce(i.published_at, i.created_at) AS "publishedAt", ${UPDATED} AS "updatedAt"
         FROM content_items i
         JOIN content_editions le ON le.id = i.live_edition_id
         JOIN content_revisions r ON r.id = le.approved_revision_id
         LEFT JOIN categories c ON c.id = r.category_id
        WHERE ${PUBLISHED_ARTICLES} AND ($2::uuid[] IS NULL OR r.category_id = ANY($2::uuid[]))
        ORDER BY i.published_at DESC, i.id DESC
        LIMIT $3`,
      [siteId, categoryIds, limit],
    );
  }

  async countPublishedArticles(siteId: string): Promise<number> {
    const [row] = (await this.db.manager.query(`SELECT count(*)::int AS n FROM content_items i WHERE ${PUBLISHED_ARTICLES}`, [siteId])) as { n: number }[];
    return row?.n ?? 0;
  }

  /** Published articles oldest first (a new article lands in the last sitemap part), `limit` from `offset`. */
  articleUrls(siteId: string, offset: number, limit: number): Promise<SlugLastmod[]> {
    return this.db.manager.query(
      `SELECT i.slug, ${W3C(UPDATED)} AS lastmod FROM content_items i WHERE ${PUBLISHED_ARTICLES}
        ORDER BY i.published_at, i.id OFFSET $2 LIMIT $3`,
      [siteId, offset, limit],
    );
  }

  /**
   * The newest change among the articles of each sitemap part, when the articles follow `before` other
   * URLs and parts hold `partSize` URLs: part index (0-based) → W3C date-time.
   */
  async articleLastmodByPart(siteId: string, before: number, partSize: number): Promise<Map<number, string>> {
    const rows: { part: number; lastmod: string }[] = await this.db.manager.query(
      `SELECT part, ${W3C('max(updated)')} AS lastmod
         FROM (SELECT ((row_number() OVER (ORDER BY i.published_at, i.id) - 1 + $2) / $3)::int AS part, ${UPDATED} AS updated
                 FROM content_items i WHERE ${PUBLISHED_ARTICLES}) parts
        GROUP BY part`,
      [siteId, before, partSize],
    );
    return new Map(rows.map((r) => [r.part, r.lastmod]));
  }

  /** The newest published items of a register's type (documents, procedures) with their live title and content, newest first. */
  latestOfType(
    siteId: string,
    type: string,
    limit: number,
  ): Promise<{ slug: string; title: string; content: Record<string, unknown>; publishedAt: Date; updatedAt: Date }[]> {
    return this.db.manager.query(
      `SELECT i.slug, r.title, r.content, coalesce(i.published_at, i.created_at) AS "publishedAt", ${UPDATED} AS "updatedAt"
         FROM content_items i
         JOIN content_editions le ON le.id = i.live_edition_id
         JOIN content_revisions r ON r.id = le.approved_revision_id
        WHERE i.site_id = $1 AND i.type = $2 AND i.live_status = 'published'
        ORDER BY i.published_at DESC, i.id DESC
        LIMIT $3`,
      [siteId, type, limit],
    );
  }

  /** Every published item of a register's type (a few hundred, a few thousand at most), newest first. */
  publishedOfType(siteId: string, type: string): Promise<{ slug: string; lastmod: string }[]> {
    return this.db.manager.query(
      `SELECT i.slug, ${W3C(UPDATED)} AS lastmod
         FROM content_items i WHERE i.site_id = $1 AND i.type = $2 AND i.live_status = 'published'
        ORDER BY i.published_at DESC, i.id`,
      [siteId, type],
    );
  }

  /** Every published week's schedule of the site (one a week), newest week first, by its live content's week. */
  publishedWeeks(siteId: string): Promise<{ week: string; lastmod: string }[]> {
    return this.db.manager.query(
      `SELECT r.content->>'week' AS week, ${W3C(UPDATED)} AS lastmod
         FROM content_items i
         JOIN content_editions le ON le.id = i.live_edition_id
         JOIN content_revisions r ON r.id = le.approved_revision_id
        WHERE i.site_id = $1 AND i.type = 'schedule' AND i.live_status = 'published'
        ORDER BY week DESC`,
      [siteId],
    );
  }

  /** Every published page of the site with its place in the tree (the caller keeps those whose ancestors are published too). */
  publishedPages(siteId: string): Promise<PageRow[]> {
    return this.db.manager.query(
      `SELECT i.id, i.parent_id AS "parentId", i.slug, i.position, ${W3C(UPDATED)} AS lastmod
         FROM content_items i WHERE i.site_id = $1 AND i.type = 'page' AND i.live_status = 'published'`,
      [siteId],
    );
  }
}

import type { TestApp } from './test-app';

export interface ArticleFixture {
  slug: string;
  /** The edition's status (draft, pending_approval, scheduled, published…). */
  status: string;
  /** The item's live status (published, unpublished, archived), or null when never published. */
  live: string | null;
  title?: string;
  summary?: string;
  body?: string;
}

/**
 * An article as the workflow leaves it, written in SQL for fixtures (the chain itself is tested in
 * articles-workflow): an item, its edition in `status`, a revision; a live one points at its edition.
 */
export async function insertArticle(t: TestApp, siteId: string, a: ArticleFixture): Promise<string> {
  const title = a.title ?? `Bài ${a.slug}`;
  const content = JSON.stringify({ summary: a.summary ?? 'Tóm tắt', body: a.body ?? '<p>Nội dung</p>' });
  return t.ds.transaction(async (m) => {
    await m.query(`SELECT set_config('congxa.transition', 'on', true)`);
    const [item] = await m.query(
      `INSERT INTO content_items (site_id, type, slug, published_at) VALUES ($1, 'article', $2, CASE WHEN $3::varchar IS NULL THEN NULL ELSE now() - interval '1 minute' END) RETURNING id`,
      [siteId, a.slug, a.live],
    );
    const [ed] = await m.query(`INSERT INTO content_editions (item_id, site_id, number, status) VALUES ($1, $2, 1, $3) RETURNING id`, [
      item.id,
      siteId,
      a.live ? 'published' : a.status,
    ]);
    const [rev] = await m.query(
      `INSERT INTO content_revisions (item_id, edition_id, site_id, number, reason, title, content)
       VALUES ($1, $2, $3, 1, 'create', $4, $5::jsonb) RETURNING id`,
      [item.id, ed.id, siteId, title, content],
    );
    await m.query(
      'UPDATE content_editions SET head_revision_id = $1, approved_revision_id = CASE WHEN $3::varchar IS NULL THEN NULL ELSE $1::uuid END WHERE id = $2',
      [rev.id, ed.id, a.live],
    );
    await m.query(
      'UPDATE content_items SET current_edition_id = $1, live_edition_id = CASE WHEN $3::varchar IS NULL THEN NULL ELSE $1::uuid END, live_status = $3 WHERE id = $2',
      [ed.id, item.id, a.live],
    );
    return item.id as string;
  });
}

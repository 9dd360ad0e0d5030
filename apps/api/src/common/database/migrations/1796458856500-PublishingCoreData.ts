import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written, after the generated PublishingCore: moves the articles (items, their editions, every
 * revision and transition, import originals) into the publishing core's tables, drops the old article
 * tables, and installs the core's database rules:
 * - revisions and transitions are append-only (like the audit log);
 * - a status column (`content_editions.status`, `content_items.live_status`) may be written only on the
 *   transition path: the transaction must have said so (`set_config('congxa.transition', 'on', true)`,
 *   which only `PublishingRepository.markTransition()` does, called by TransitionService).
 * There is no way back short of a backup: `down` refuses.
 */
export class PublishingCoreData1796458856500 implements MigrationInterface {
  name = 'PublishingCoreData1796458856500';

  async up(q: QueryRunner): Promise<void> {
    // Which edition of each article holds its live revision.
    await q.query(`
      CREATE TEMP TABLE mv_articles ON COMMIT DROP AS
      SELECT a.*, lr.edition AS live_ed,
             EXISTS (SELECT 1 FROM article_transitions t WHERE t.article_id = a.id AND t.edition = a.edition AND t.action = 'reject') AS cur_rejected,
             -- A scheduled edition the chief took back (the old code put the status back to the live one's).
             (SELECT t.action = 'unpublish' AND t.from_state = 'scheduled' FROM article_transitions t
               WHERE t.article_id = a.id AND t.edition = a.edition ORDER BY t.created_at DESC LIMIT 1) IS TRUE AS cur_unscheduled,
             -- The revision its last approval acted on (the old code forgot it when the schedule was taken back).
             (SELECT r.id FROM article_transitions t JOIN article_revisions r ON r.article_id = t.article_id AND r.number = t.revision_number
               WHERE t.article_id = a.id AND t.edition = a.edition AND t.action = 'approve' ORDER BY t.created_at DESC LIMIT 1) AS cur_approved_rev
        FROM articles a LEFT JOIN article_revisions lr ON lr.id = a.live_revision_id`);

    await q.query(`
      INSERT INTO content_items (id, site_id, type, slug, author_id, revision, published_at, live_updated_at, position, created_at, updated_at)
      SELECT id, site_id, 'article', slug, author_id, revision, published_at, live_updated_at, 0, created_at, updated_at FROM mv_articles`);

    // One edition per edition number any revision carries.
    await q.query(`
      INSERT INTO content_editions (item_id, site_id, number, status, author_id, assignee_id, no_secret_confirmed, submitted_at,
                                    approved_by_id, approved_at, publish_at, unpublish_at, created_at, updated_at)
      SELECT a.id, a.site_id, e.edition,
             CASE
               WHEN e.edition = a.edition AND a.cur_rejected THEN 'rejected'
               WHEN e.edition = a.edition AND a.cur_unscheduled THEN 'unpublished'
               WHEN e.edition = a.edition AND a.status NOT IN ('published', 'unpublished', 'archived') THEN a.status
               WHEN e.edition = a.edition AND a.live_ed IS NULL THEN 'unpublished'
               WHEN e.edition = a.live_ed THEN 'published'
               WHEN e.edition = a.edition THEN 'published'
               ELSE 'superseded'
             END,
             CASE WHEN e.edition = a.edition THEN a.edition_author_id ELSE e.first_author END,
             CASE WHEN e.edition = a.edition THEN a.assignee_id END,
             CASE WHEN e.edition = a.edition THEN a.no_secret_confirmed ELSE true END,
             CASE WHEN e.edition = a.edition THEN a.submitted_at END,
             CASE WHEN e.edition = a.live_ed OR (e.edition = a.edition AND a.status = 'scheduled') THEN a.approved_by_id END,
             CASE WHEN e.edition = a.live_ed OR (e.edition = a.edition AND a.status = 'scheduled') THEN a.approved_at END,
             CASE WHEN e.edition = a.edition AND a.status = 'scheduled' THEN a.publish_at END,
             CASE WHEN e.edition = a.live_ed OR (e.edition = a.edition AND a.status = 'scheduled') THEN a.unpublish_at END,
             e.first_at, e.last_at
        FROM mv_articles a
        JOIN (SELECT article_id, edition, min(created_at) AS first_at, max(created_at) AS last_at,
                     (array_agg(created_by_id ORDER BY number))[1] AS first_author
                FROM article_revisions GROUP BY article_id, edition) e ON e.article_id = a.id`);

    await q.query(`
      INSERT INTO content_revisions (id, item_id, edition_id, site_id, number, reason, created_by_id, created_at, title,
                                     category_id, field_id, cover_media_id, content)
      SELECT r.id, r.article_id, ed.id, r.site_id, r.number,
             CASE WHEN r.reason IN ('create', 'edition', 'import') THEN r.reason
                  WHEN r.reason LIKE 'restore%' OR r.reason = 'edition-rejected' THEN 'restore'
                  ELSE 'edit' END,
             r.created_by_id, r.created_at, r.title,
             (SELECT c.id FROM categories c WHERE c.id = r.category_id),
             (SELECT f.id FROM fields f WHERE f.id = r.field_id),
             (SELECT m.id FROM media m WHERE m.id = r.cover_media_id),
             jsonb_build_object('summary', r.summary, 'body', r.body, 'kind', r.kind, 'tags', to_jsonb(r.tags), 'featured', r.featured,
                                'authorName', r.author_name, 'authorAddress', r.author_address, 'origin', r.origin,
                                'sourceReference', r.source_reference, 'collectorName', r.collector_name, 'collectorAddress', r.collector_address)
        FROM article_revisions r JOIN content_editions ed ON ed.item_id = r.article_id AND ed.number = r.edition`);

    await q.query(`
      UPDATE content_editions ed SET head_revision_id = (SELECT r.id FROM content_revisions r WHERE r.edition_id = ed.id ORDER BY r.number DESC LIMIT 1)`);
    await q.query(`
      UPDATE content_editions ed SET approved_revision_id = CASE WHEN ed.number = a.live_ed THEN a.live_revision_id
                                                                 WHEN a.status = 'scheduled' THEN a.scheduled_revision_id
                                                                 ELSE a.cur_approved_rev END
        FROM mv_articles a
       WHERE ed.item_id = a.id AND (ed.number = a.live_ed OR (ed.number = a.edition AND (a.status = 'scheduled' OR a.cur_unscheduled)))`);

    await q.query(`
      INSERT INTO content_transitions (id, item_id, edition_id, site_id, edition_number, action, side, from_state, to_state,
                                       actor_id, system_actor, note, revision_number, details, created_at)
      SELECT t.id, t.article_id, ed.id, t.site_id, t.edition,
             CASE WHEN t.action = 'unpublish_scheduled' THEN 'expire'
                  WHEN t.action = 'approve' AND t.to_state = 'scheduled' THEN 'schedule'
                  ELSE t.action END,
             CASE WHEN t.action IN ('archive', 'unpublish_scheduled') OR (t.action IN ('unpublish', 'republish') AND t.from_state <> 'scheduled') THEN 'live'
                  ELSE 'edition' END,
             t.from_state, t.to_state, t.actor_id, CASE WHEN t.actor_id IS NULL THEN 'SYSTEM:scheduler' END,
             t.note, t.revision_number, t.details, t.created_at
        FROM article_transitions t JOIN content_editions ed ON ed.item_id = t.article_id AND ed.number = t.edition`);

    // Pointers: what staff see (a rejected edition gives way to the live one) and what the public sees.
    await q.query(`
      UPDATE content_items i
         SET current_edition_id = (SELECT ed.id FROM content_editions ed
                                    WHERE ed.item_id = i.id
                                      AND ed.number = CASE WHEN a.cur_rejected AND a.live_ed IS NOT NULL THEN a.live_ed ELSE a.edition END),
             live_edition_id = (SELECT ed.id FROM content_editions ed WHERE ed.item_id = i.id AND ed.number = a.live_ed),
             live_status = CASE WHEN a.live_ed IS NOT NULL THEN COALESCE(a.live_status, 'published') END
        FROM mv_articles a WHERE a.id = i.id`);

    await q.query(`
      INSERT INTO content_originals (id, site_id, item_id, format, mime_type, original_name, size_bytes, sha256, uploaded_by_id, created_at)
      SELECT id, site_id, article_id, format, mime_type, original_name, size_bytes, sha256, uploaded_by_id, created_at FROM article_originals`);

    await q.query('DROP TABLE article_originals');
    await q.query('DROP TABLE article_transitions');
    await q.query('DROP TABLE article_revisions');
    await q.query('DROP TABLE articles');

    // The core's rules, after the data is in.
    await q.query(`CREATE TRIGGER content_transitions_append_only BEFORE UPDATE OR DELETE ON content_transitions FOR EACH ROW EXECUTE FUNCTION append_only()`);
    await q.query(`CREATE TRIGGER content_revisions_no_update BEFORE UPDATE ON content_revisions FOR EACH ROW EXECUTE FUNCTION append_only()`);
    await q.query(`
      CREATE FUNCTION status_written_by_transition() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF coalesce(current_setting('congxa.transition', true), '') <> 'on' THEN
          RAISE EXCEPTION '%.% is written only by the publishing core''s transition()', TG_TABLE_NAME, TG_ARGV[0] USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END;
      $$`);
    await q.query(`
      CREATE TRIGGER content_editions_status_insert_guard BEFORE INSERT ON content_editions
      FOR EACH ROW EXECUTE FUNCTION status_written_by_transition('status')`);
    await q.query(`
      CREATE TRIGGER content_editions_status_guard BEFORE UPDATE OF status ON content_editions
      FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION status_written_by_transition('status')`);
    await q.query(`
      CREATE TRIGGER content_items_status_insert_guard BEFORE INSERT ON content_items
      FOR EACH ROW WHEN (NEW.live_status IS NOT NULL) EXECUTE FUNCTION status_written_by_transition('live_status')`);
    await q.query(`
      CREATE TRIGGER content_items_status_guard BEFORE UPDATE OF live_status ON content_items
      FOR EACH ROW WHEN (OLD.live_status IS DISTINCT FROM NEW.live_status) EXECUTE FUNCTION status_written_by_transition('live_status')`);
  }

  async down(): Promise<void> {
    throw new Error('PublishingCoreData cannot be reverted: the article tables it replaced are gone; restore a backup instead.');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written (TypeORM cannot express triggers): the old addresses of items that were public. When an
 * item that has been live changes its slug, a trigger keeps the old slug → item, so links shared on Zalo,
 * Facebook or in other systems answer 301 to the new address instead of 404 (the portal asks for the old
 * slug, the API answers the item with its current slug). A renamed-again item keeps all its old slugs;
 * a slug that a live item holds today always means that item (it is looked up first).
 */
export class ContentSlugRedirects1796520000000 implements MigrationInterface {
  name = 'ContentSlugRedirects1796520000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE content_slug_redirects (
        site_id uuid NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        type varchar(30) NOT NULL,
        slug varchar(160) NOT NULL,
        item_id uuid NOT NULL REFERENCES content_items(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (site_id, type, slug)
      )`);
    await q.query('CREATE INDEX ix_content_slug_redirects_item ON content_slug_redirects (item_id)');
    await q.query(`
      CREATE FUNCTION content_items_slug_redirect() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO content_slug_redirects (site_id, type, slug, item_id)
        VALUES (OLD.site_id, OLD.type, OLD.slug, OLD.id)
        ON CONFLICT (site_id, type, slug) DO UPDATE SET item_id = EXCLUDED.item_id, created_at = now();
        RETURN NEW;
      END
      $$`);
    // Only items the public could have linked to: those with a live edition (published, archived or withdrawn).
    await q.query(`
      CREATE TRIGGER content_items_slug_redirect AFTER UPDATE OF slug ON content_items
      FOR EACH ROW WHEN (OLD.slug IS DISTINCT FROM NEW.slug AND OLD.live_edition_id IS NOT NULL)
      EXECUTE FUNCTION content_items_slug_redirect()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER content_items_slug_redirect ON content_items');
    await q.query('DROP FUNCTION content_items_slug_redirect()');
    await q.query('DROP TABLE content_slug_redirects');
  }
}

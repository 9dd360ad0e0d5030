import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written (TypeORM cannot express triggers): `content_items.live_category_id` and `live_field_id` are
 * the category and field of the live edition's approved revision — what the public sees — so the public
 * lists filter and count on `content_items` alone, through the partial indexes of PublicListColumns.
 *
 * A trigger copies them whenever `live_edition_id` is written (the publishing core's go-live move, and any
 * bulk load that inserts live items), so no code path can forget them. An edition's approved revision is
 * fixed once the edition is live (editing a live item opens a new edition), so the live edition id alone
 * decides them. Existing rows are filled in here.
 */
export class PublicListRefs1796505091600 implements MigrationInterface {
  name = 'PublicListRefs1796505091600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION content_items_live_refs() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- No row (no live edition, or one without an approved revision) leaves both null.
        SELECT r.category_id, r.field_id INTO NEW.live_category_id, NEW.live_field_id
          FROM content_editions e JOIN content_revisions r ON r.id = e.approved_revision_id
         WHERE e.id = NEW.live_edition_id;
        RETURN NEW;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER content_items_live_refs BEFORE INSERT OR UPDATE OF live_edition_id ON content_items
      FOR EACH ROW EXECUTE FUNCTION content_items_live_refs()`);
    await q.query(`
      UPDATE content_items i SET live_category_id = r.category_id, live_field_id = r.field_id
        FROM content_editions e JOIN content_revisions r ON r.id = e.approved_revision_id
       WHERE e.id = i.live_edition_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER content_items_live_refs ON content_items');
    await q.query('DROP FUNCTION content_items_live_refs()');
  }
}

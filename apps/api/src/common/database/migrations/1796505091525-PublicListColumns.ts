import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PublicListColumns1796505091525 implements MigrationInterface {
  name = 'PublicListColumns1796505091525';

  async up(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"content_items\" ADD \"live_category_id\" uuid");
    await q.query("ALTER TABLE \"content_items\" ADD \"live_field_id\" uuid");
    await q.query("CREATE INDEX \"ix_content_items_public_field\" ON \"content_items\"  (\"site_id\", \"type\", \"live_field_id\", \"published_at\", \"id\") WHERE \"live_status\" = 'published'");
    await q.query("CREATE INDEX \"ix_content_items_public_category\" ON \"content_items\"  (\"site_id\", \"type\", \"live_category_id\", \"published_at\", \"id\") WHERE \"live_status\" = 'published'");
    await q.query("CREATE INDEX \"ix_content_items_public\" ON \"content_items\"  (\"site_id\", \"type\", \"published_at\", \"id\") WHERE \"live_status\" = 'published'");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP INDEX \"public\".\"ix_content_items_public\"");
    await q.query("DROP INDEX \"public\".\"ix_content_items_public_category\"");
    await q.query("DROP INDEX \"public\".\"ix_content_items_public_field\"");
    await q.query("ALTER TABLE \"content_items\" DROP COLUMN \"live_field_id\"");
    await q.query("ALTER TABLE \"content_items\" DROP COLUMN \"live_category_id\"");
  }
}

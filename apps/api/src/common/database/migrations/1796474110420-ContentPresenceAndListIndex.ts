import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ContentPresenceAndListIndex1796474110420 implements MigrationInterface {
  name = 'ContentPresenceAndListIndex1796474110420';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"content_presence\" (\"item_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"since\" TIMESTAMP WITH TIME ZONE NOT NULL, \"seen_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"editing_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_c870cc24902d46f9ebeaaf75213\" PRIMARY KEY (\"item_id\", \"user_id\"))");
    await q.query("CREATE INDEX \"ix_content_presence_seen_at\" ON \"content_presence\"  (\"seen_at\") ");
    await q.query("CREATE INDEX \"ix_content_items_site_type_updated\" ON \"content_items\"  (\"site_id\", \"type\", \"updated_at\") ");
    await q.query("ALTER TABLE \"content_presence\" ADD CONSTRAINT \"FK_fadf573f2a64fbcd0af3b8d23b3\" FOREIGN KEY (\"item_id\") REFERENCES \"content_items\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"content_presence\" ADD CONSTRAINT \"FK_9b1ebedd0d49f38c088cf6a90ed\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"content_presence\" DROP CONSTRAINT \"FK_9b1ebedd0d49f38c088cf6a90ed\"");
    await q.query("ALTER TABLE \"content_presence\" DROP CONSTRAINT \"FK_fadf573f2a64fbcd0af3b8d23b3\"");
    await q.query("DROP INDEX \"public\".\"ix_content_items_site_type_updated\"");
    await q.query("DROP INDEX \"public\".\"ix_content_presence_seen_at\"");
    await q.query("DROP TABLE \"content_presence\"");
  }
}

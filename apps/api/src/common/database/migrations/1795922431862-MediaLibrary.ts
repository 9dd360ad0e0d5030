import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MediaLibrary1795922431862 implements MigrationInterface {
  name = 'MediaLibrary1795922431862';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"media\" (\"id\" uuid NOT NULL, \"site_id\" uuid NOT NULL, \"kind\" character varying(16) NOT NULL, \"mime_type\" character varying(100) NOT NULL, \"original_name\" character varying(255) NOT NULL, \"size_bytes\" integer NOT NULL, \"sha256\" character varying(64) NOT NULL, \"width\" integer, \"height\" integer, \"variants\" jsonb NOT NULL DEFAULT '[]', \"alt_text\" character varying(300), \"uploaded_by_id\" uuid, \"revision\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_f4e0fcac36e050de337b670d8bd\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"ix_media_site_created\" ON \"media\"  (\"site_id\", \"created_at\") ");
    await q.query("CREATE UNIQUE INDEX \"uq_media_site_sha256\" ON \"media\"  (\"site_id\", \"sha256\") ");
    await q.query("ALTER TABLE \"media\" ADD CONSTRAINT \"FK_0f2e46da6bc9d2d7428f84250a4\" FOREIGN KEY (\"site_id\") REFERENCES \"sites\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"media\" ADD CONSTRAINT \"FK_0498a52d4d304aa6810d0772208\" FOREIGN KEY (\"uploaded_by_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"media\" DROP CONSTRAINT \"FK_0498a52d4d304aa6810d0772208\"");
    await q.query("ALTER TABLE \"media\" DROP CONSTRAINT \"FK_0f2e46da6bc9d2d7428f84250a4\"");
    await q.query("DROP INDEX \"public\".\"uq_media_site_sha256\"");
    await q.query("DROP INDEX \"public\".\"ix_media_site_created\"");
    await q.query("DROP TABLE \"media\"");
  }
}

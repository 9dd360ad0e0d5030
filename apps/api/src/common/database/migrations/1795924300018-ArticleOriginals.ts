import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ArticleOriginals1795924300018 implements MigrationInterface {
  name = 'ArticleOriginals1795924300018';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"article_originals\" (\"id\" uuid NOT NULL, \"site_id\" uuid NOT NULL, \"article_id\" uuid NOT NULL, \"format\" character varying(16) NOT NULL, \"mime_type\" character varying(100) NOT NULL, \"original_name\" character varying(255) NOT NULL, \"size_bytes\" integer NOT NULL, \"sha256\" character varying(64) NOT NULL, \"uploaded_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_dbfbc54c382a19c9a3acbf7ffba\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"ix_article_originals_site_sha256\" ON \"article_originals\"  (\"site_id\", \"sha256\") ");
    await q.query("CREATE UNIQUE INDEX \"uq_article_originals_article\" ON \"article_originals\"  (\"article_id\") ");
    await q.query("ALTER TABLE \"article_originals\" ADD CONSTRAINT \"FK_7c396d96aab44c7d02df3acb71a\" FOREIGN KEY (\"site_id\") REFERENCES \"sites\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"article_originals\" ADD CONSTRAINT \"FK_095502e8ce56f7104347bccb304\" FOREIGN KEY (\"article_id\") REFERENCES \"articles\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"article_originals\" ADD CONSTRAINT \"FK_9a5083bd739ed047ce50939359e\" FOREIGN KEY (\"uploaded_by_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"article_originals\" DROP CONSTRAINT \"FK_9a5083bd739ed047ce50939359e\"");
    await q.query("ALTER TABLE \"article_originals\" DROP CONSTRAINT \"FK_095502e8ce56f7104347bccb304\"");
    await q.query("ALTER TABLE \"article_originals\" DROP CONSTRAINT \"FK_7c396d96aab44c7d02df3acb71a\"");
    await q.query("DROP INDEX \"public\".\"uq_article_originals_article\"");
    await q.query("DROP INDEX \"public\".\"ix_article_originals_site_sha256\"");
    await q.query("DROP TABLE \"article_originals\"");
  }
}

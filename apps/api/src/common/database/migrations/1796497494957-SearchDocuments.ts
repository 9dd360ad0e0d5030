import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SearchDocuments1796497494957 implements MigrationInterface {
  name = 'SearchDocuments1796497494957';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"search_documents\" (\"item_id\" uuid NOT NULL, \"site_id\" uuid NOT NULL, \"type\" character varying(30) NOT NULL, \"slug\" character varying(160) NOT NULL, \"url\" character varying(1000) NOT NULL, \"title\" text NOT NULL, \"text\" text NOT NULL, \"lexemes\" tsvector NOT NULL, \"published_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"version\" smallint NOT NULL, CONSTRAINT \"PK_2fafa53923894fc506f8d207d60\" PRIMARY KEY (\"item_id\"))");
    await q.query("CREATE INDEX \"ix_search_documents_site_published\" ON \"search_documents\"  (\"site_id\", \"published_at\", \"item_id\") ");
    await q.query("CREATE TABLE \"search_words\" (\"word\" character varying(60) NOT NULL, CONSTRAINT \"PK_d9d27dac96e8272918599c9f537\" PRIMARY KEY (\"word\"))");
    await q.query("ALTER TABLE \"search_documents\" ADD CONSTRAINT \"FK_2fafa53923894fc506f8d207d60\" FOREIGN KEY (\"item_id\") REFERENCES \"content_items\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"search_documents\" ADD CONSTRAINT \"FK_41abd17c88eea5f909e0801e4ae\" FOREIGN KEY (\"site_id\") REFERENCES \"sites\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"search_documents\" DROP CONSTRAINT \"FK_41abd17c88eea5f909e0801e4ae\"");
    await q.query("ALTER TABLE \"search_documents\" DROP CONSTRAINT \"FK_2fafa53923894fc506f8d207d60\"");
    await q.query("DROP TABLE \"search_words\"");
    await q.query("DROP INDEX \"public\".\"ix_search_documents_site_published\"");
    await q.query("DROP TABLE \"search_documents\"");
  }
}

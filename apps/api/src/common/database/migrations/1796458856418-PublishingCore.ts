import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PublishingCore1796458856418 implements MigrationInterface {
  name = 'PublishingCore1796458856418';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"content_items\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"site_id\" uuid NOT NULL, \"type\" character varying(30) NOT NULL, \"slug\" character varying(160) NOT NULL, \"author_id\" uuid, \"current_edition_id\" uuid, \"live_edition_id\" uuid, \"live_status\" character varying(20), \"revision\" integer NOT NULL DEFAULT '1', \"published_at\" TIMESTAMP WITH TIME ZONE, \"live_updated_at\" TIMESTAMP WITH TIME ZONE, \"parent_id\" uuid, \"position\" integer NOT NULL DEFAULT '0', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_content_items_revision\" CHECK (\"revision\" >= 1), CONSTRAINT \"ck_content_items_live_pair\" CHECK ((\"live_status\" IS NULL) = (\"live_edition_id\" IS NULL)), CONSTRAINT \"ck_content_items_live_status\" CHECK (\"live_status\" IN ('published', 'unpublished', 'archived')), CONSTRAINT \"ck_content_items_type\" CHECK (\"type\" IN ('article', 'page')), CONSTRAINT \"PK_9c6bf4f28851752cee186915e39\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"ix_content_items_site_type_live\" ON \"content_items\"  (\"site_id\", \"type\", \"live_status\", \"published_at\") ");
    await q.query("CREATE UNIQUE INDEX \"uq_content_items_site_type_slug\" ON \"content_items\"  (\"site_id\", \"type\", \"slug\") ");
    await q.query("CREATE TABLE \"content_revisions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"item_id\" uuid NOT NULL, \"edition_id\" uuid NOT NULL, \"site_id\" uuid NOT NULL, \"number\" integer NOT NULL, \"reason\" character varying(20) NOT NULL, \"created_by_id\" uuid, \"title\" character varying(300) NOT NULL, \"category_id\" uuid, \"field_id\" uuid, \"cover_media_id\" uuid, \"content\" jsonb NOT NULL DEFAULT '{}', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_content_revisions_reason\" CHECK (\"reason\" IN ('create', 'edit', 'edition', 'restore', 'import')), CONSTRAINT \"PK_750b063aa2aad282d6a5fd2db2a\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"ix_content_revisions_edition\" ON \"content_revisions\"  (\"edition_id\") ");
    await q.query("CREATE UNIQUE INDEX \"uq_content_revisions_item_number\" ON \"content_revisions\"  (\"item_id\", \"number\") ");
    await q.query("CREATE TABLE \"content_editions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"item_id\" uuid NOT NULL, \"site_id\" uuid NOT NULL, \"number\" integer NOT NULL, \"status\" character varying(20) NOT NULL, \"author_id\" uuid, \"assignee_id\" uuid, \"no_secret_confirmed\" boolean NOT NULL DEFAULT false, \"submitted_at\" TIMESTAMP WITH TIME ZONE, \"head_revision_id\" uuid, \"approved_revision_id\" uuid, \"approved_by_id\" uuid, \"approved_at\" TIMESTAMP WITH TIME ZONE, \"publish_at\" TIMESTAMP WITH TIME ZONE, \"unpublish_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_content_editions_number\" CHECK (\"number\" >= 1), CONSTRAINT \"ck_content_editions_status\" CHECK (\"status\" IN ('draft', 'submitted', 'in_review', 'verified', 'pending_approval', 'scheduled', 'published', 'returned', 'rejected', 'unpublished', 'superseded')), CONSTRAINT \"PK_227685ef1a13c83b5e57ba785c6\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"ix_content_editions_site_status\" ON \"content_editions\"  (\"site_id\", \"status\") ");
    await q.query("CREATE UNIQUE INDEX \"uq_content_editions_item_number\" ON \"content_editions\"  (\"item_id\", \"number\") ");
    await q.query("CREATE TABLE \"content_transitions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"item_id\" uuid NOT NULL, \"edition_id\" uuid NOT NULL, \"site_id\" uuid NOT NULL, \"edition_number\" integer NOT NULL, \"action\" character varying(30) NOT NULL, \"side\" character varying(10) NOT NULL, \"from_state\" character varying(30) NOT NULL, \"to_state\" character varying(30) NOT NULL, \"actor_id\" uuid, \"system_actor\" character varying(60), \"note\" text, \"revision_number\" integer NOT NULL, \"details\" jsonb NOT NULL DEFAULT '{}', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_9269308b2699aa99f7277adce0a\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"ix_content_transitions_item\" ON \"content_transitions\"  (\"item_id\", \"created_at\") ");
    await q.query("CREATE TABLE \"content_originals\" (\"id\" uuid NOT NULL, \"site_id\" uuid NOT NULL, \"item_id\" uuid NOT NULL, \"format\" character varying(16) NOT NULL, \"mime_type\" character varying(100) NOT NULL, \"original_name\" character varying(255) NOT NULL, \"size_bytes\" integer NOT NULL, \"sha256\" character varying(64) NOT NULL, \"uploaded_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_79f2301808aa02befc13b932574\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"ix_content_originals_site_sha256\" ON \"content_originals\"  (\"site_id\", \"sha256\") ");
    await q.query("CREATE UNIQUE INDEX \"uq_content_originals_item\" ON \"content_originals\"  (\"item_id\") ");
    await q.query("ALTER TABLE \"content_items\" ADD CONSTRAINT \"FK_cc7d457e7f96e51bf74b11e9e5a\" FOREIGN KEY (\"site_id\") REFERENCES \"sites\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"content_items\" ADD CONSTRAINT \"FK_91d1e3a030c1cdcf27760cce286\" FOREIGN KEY (\"author_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"content_items\" ADD CONSTRAINT \"FK_3ebbb6b9ee9d26fd5cb7ea9d0b8\" FOREIGN KEY (\"current_edition_id\") REFERENCES \"content_editions\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"content_items\" ADD CONSTRAINT \"FK_8d773d3eac9371d5b2598ff79d2\" FOREIGN KEY (\"live_edition_id\") REFERENCES \"content_editions\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"content_items\" ADD CONSTRAINT \"FK_9b89b3b2ec7673dad582778af64\" FOREIGN KEY (\"parent_id\") REFERENCES \"content_items\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"content_revisions\" ADD CONSTRAINT \"FK_37c6426f2077debf11172a3d506\" FOREIGN KEY (\"item_id\") REFERENCES \"content_items\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"content_revisions\" ADD CONSTRAINT \"FK_0951e7d62eefdaca357060a7e84\" FOREIGN KEY (\"edition_id\") REFERENCES \"content_editions\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"content_revisions\" ADD CONSTRAINT \"FK_1a66a5d1dc4c272302cdc5c3311\" FOREIGN KEY (\"created_by_id\") REFERENCES \"users\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"content_revisions\" ADD CONSTRAINT \"FK_307424ef5aec7d95c44bf57621e\" FOREIGN KEY (\"category_id\") REFERENCES \"categories\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"content_revisions\" ADD CONSTRAINT \"FK_85f3a5e1cd26f6fd81e85ee3d67\" FOREIGN KEY (\"field_id\") REFERENCES \"fields\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"content_revisions\" ADD CONSTRAINT \"FK_ccd3e7eb91687c6ff7c346342f3\" FOREIGN KEY (\"cover_media_id\") REFERENCES \"media\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"content_editions\" ADD CONSTRAINT \"FK_ae2f3c0f1a27846d33f4ece1894\" FOREIGN KEY (\"item_id\") REFERENCES \"content_items\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"content_editions\" ADD CONSTRAINT \"FK_2a77a17e7e63dab117943d624d7\" FOREIGN KEY (\"site_id\") REFERENCES \"sites\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"content_editions\" ADD CONSTRAINT \"FK_b8ca32aae499c3c2bf48b07a580\" FOREIGN KEY (\"author_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"content_editions\" ADD CONSTRAINT \"FK_1b3939828a7420547295c4fc9af\" FOREIGN KEY (\"assignee_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"content_editions\" ADD CONSTRAINT \"FK_6735480935ecb66b853319029b4\" FOREIGN KEY (\"head_revision_id\") REFERENCES \"content_revisions\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"content_editions\" ADD CONSTRAINT \"FK_6e1533f7355369957006414bae7\" FOREIGN KEY (\"approved_revision_id\") REFERENCES \"content_revisions\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"content_editions\" ADD CONSTRAINT \"FK_53246722880793687fc88c63fb3\" FOREIGN KEY (\"approved_by_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"content_transitions\" ADD CONSTRAINT \"FK_82c7daa37100522aa0b0ae358e2\" FOREIGN KEY (\"item_id\") REFERENCES \"content_items\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"content_transitions\" ADD CONSTRAINT \"FK_fd1b00c298cfdc8666616ff0066\" FOREIGN KEY (\"edition_id\") REFERENCES \"content_editions\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"content_transitions\" ADD CONSTRAINT \"FK_82acede44c6ccad1423616fd70d\" FOREIGN KEY (\"actor_id\") REFERENCES \"users\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"content_originals\" ADD CONSTRAINT \"FK_38eeb76f0c120f8b1e1543138e9\" FOREIGN KEY (\"site_id\") REFERENCES \"sites\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"content_originals\" ADD CONSTRAINT \"FK_28ae4239064d1ffbdfb9b3c7cf7\" FOREIGN KEY (\"item_id\") REFERENCES \"content_items\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"content_originals\" ADD CONSTRAINT \"FK_10ee642765521dcfe6ab6115b5e\" FOREIGN KEY (\"uploaded_by_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"content_originals\" DROP CONSTRAINT \"FK_10ee642765521dcfe6ab6115b5e\"");
    await q.query("ALTER TABLE \"content_originals\" DROP CONSTRAINT \"FK_28ae4239064d1ffbdfb9b3c7cf7\"");
    await q.query("ALTER TABLE \"content_originals\" DROP CONSTRAINT \"FK_38eeb76f0c120f8b1e1543138e9\"");
    await q.query("ALTER TABLE \"content_transitions\" DROP CONSTRAINT \"FK_82acede44c6ccad1423616fd70d\"");
    await q.query("ALTER TABLE \"content_transitions\" DROP CONSTRAINT \"FK_fd1b00c298cfdc8666616ff0066\"");
    await q.query("ALTER TABLE \"content_transitions\" DROP CONSTRAINT \"FK_82c7daa37100522aa0b0ae358e2\"");
    await q.query("ALTER TABLE \"content_editions\" DROP CONSTRAINT \"FK_53246722880793687fc88c63fb3\"");
    await q.query("ALTER TABLE \"content_editions\" DROP CONSTRAINT \"FK_6e1533f7355369957006414bae7\"");
    await q.query("ALTER TABLE \"content_editions\" DROP CONSTRAINT \"FK_6735480935ecb66b853319029b4\"");
    await q.query("ALTER TABLE \"content_editions\" DROP CONSTRAINT \"FK_1b3939828a7420547295c4fc9af\"");
    await q.query("ALTER TABLE \"content_editions\" DROP CONSTRAINT \"FK_b8ca32aae499c3c2bf48b07a580\"");
    await q.query("ALTER TABLE \"content_editions\" DROP CONSTRAINT \"FK_2a77a17e7e63dab117943d624d7\"");
    await q.query("ALTER TABLE \"content_editions\" DROP CONSTRAINT \"FK_ae2f3c0f1a27846d33f4ece1894\"");
    await q.query("ALTER TABLE \"content_revisions\" DROP CONSTRAINT \"FK_ccd3e7eb91687c6ff7c346342f3\"");
    await q.query("ALTER TABLE \"content_revisions\" DROP CONSTRAINT \"FK_85f3a5e1cd26f6fd81e85ee3d67\"");
    await q.query("ALTER TABLE \"content_revisions\" DROP CONSTRAINT \"FK_307424ef5aec7d95c44bf57621e\"");
    await q.query("ALTER TABLE \"content_revisions\" DROP CONSTRAINT \"FK_1a66a5d1dc4c272302cdc5c3311\"");
    await q.query("ALTER TABLE \"content_revisions\" DROP CONSTRAINT \"FK_0951e7d62eefdaca357060a7e84\"");
    await q.query("ALTER TABLE \"content_revisions\" DROP CONSTRAINT \"FK_37c6426f2077debf11172a3d506\"");
    await q.query("ALTER TABLE \"content_items\" DROP CONSTRAINT \"FK_9b89b3b2ec7673dad582778af64\"");
    await q.query("ALTER TABLE \"content_items\" DROP CONSTRAINT \"FK_8d773d3eac9371d5b2598ff79d2\"");
    await q.query("ALTER TABLE \"content_items\" DROP CONSTRAINT \"FK_3ebbb6b9ee9d26fd5cb7ea9d0b8\"");
    await q.query("ALTER TABLE \"content_items\" DROP CONSTRAINT \"FK_91d1e3a030c1cdcf27760cce286\"");
    await q.query("ALTER TABLE \"content_items\" DROP CONSTRAINT \"FK_cc7d457e7f96e51bf74b11e9e5a\"");
    await q.query("DROP INDEX \"public\".\"uq_content_originals_item\"");
    await q.query("DROP INDEX \"public\".\"ix_content_originals_site_sha256\"");
    await q.query("DROP TABLE \"content_originals\"");
    await q.query("DROP INDEX \"public\".\"ix_content_transitions_item\"");
    await q.query("DROP TABLE \"content_transitions\"");
    await q.query("DROP INDEX \"public\".\"uq_content_editions_item_number\"");
    await q.query("DROP INDEX \"public\".\"ix_content_editions_site_status\"");
    await q.query("DROP TABLE \"content_editions\"");
    await q.query("DROP INDEX \"public\".\"uq_content_revisions_item_number\"");
    await q.query("DROP INDEX \"public\".\"ix_content_revisions_edition\"");
    await q.query("DROP TABLE \"content_revisions\"");
    await q.query("DROP INDEX \"public\".\"uq_content_items_site_type_slug\"");
    await q.query("DROP INDEX \"public\".\"ix_content_items_site_type_live\"");
    await q.query("DROP TABLE \"content_items\"");
  }
}

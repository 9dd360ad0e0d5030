import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ArticleWorkflow1795922649265 implements MigrationInterface {
  name = 'ArticleWorkflow1795922649265';

  async up(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"articles\" DROP CONSTRAINT \"FK_e025eeefcdb2a269c42484ee43f\"");
    await q.query("DROP INDEX \"public\".\"ix_articles_site_status_published\"");
    await q.query("CREATE TABLE \"article_revisions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"article_id\" uuid NOT NULL, \"site_id\" uuid NOT NULL, \"number\" integer NOT NULL, \"edition\" integer NOT NULL, \"slug\" character varying(160) NOT NULL, \"created_by_id\" uuid, \"reason\" character varying(40) NOT NULL DEFAULT 'edit', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"title\" character varying(300) NOT NULL, \"summary\" text NOT NULL DEFAULT '', \"body\" text NOT NULL DEFAULT '', \"category_id\" uuid, \"field_id\" uuid, \"kind\" character varying(20) NOT NULL DEFAULT 'tin', \"tags\" text array NOT NULL DEFAULT '{}', \"featured\" boolean NOT NULL DEFAULT false, \"cover_media_id\" uuid, \"author_name\" character varying(200) NOT NULL DEFAULT '', \"author_address\" character varying(300) NOT NULL DEFAULT '', \"origin\" character varying(20) NOT NULL DEFAULT 'original', \"source_reference\" text, \"collector_name\" character varying(200), \"collector_address\" character varying(300), CONSTRAINT \"PK_e5a3375569c46d93baa9fe4bfe4\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE UNIQUE INDEX \"uq_article_revisions_number\" ON \"article_revisions\"  (\"article_id\", \"number\") ");
    await q.query("CREATE TABLE \"article_transitions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"article_id\" uuid NOT NULL, \"site_id\" uuid NOT NULL, \"edition\" integer NOT NULL, \"action\" character varying(40) NOT NULL, \"from_state\" character varying(30) NOT NULL, \"to_state\" character varying(30) NOT NULL, \"actor_id\" uuid, \"note\" text, \"revision_number\" integer NOT NULL, \"details\" jsonb NOT NULL DEFAULT '{}', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_b370f3459fa6e0acb8b2c5450c8\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"ix_article_transitions_article\" ON \"article_transitions\"  (\"article_id\", \"created_at\") ");
    await q.query("ALTER TABLE \"articles\" ADD \"edition_author_id\" uuid");
    await q.query("ALTER TABLE \"articles\" ADD \"edition\" integer NOT NULL DEFAULT '1'");
    await q.query("ALTER TABLE \"articles\" ADD \"assignee_id\" uuid");
    await q.query("ALTER TABLE \"articles\" ADD \"no_secret_confirmed\" boolean NOT NULL DEFAULT false");
    await q.query("ALTER TABLE \"articles\" ADD \"submitted_at\" TIMESTAMP WITH TIME ZONE");
    await q.query("ALTER TABLE \"articles\" ADD \"live_revision_id\" uuid");
    await q.query("ALTER TABLE \"articles\" ADD \"live_status\" character varying(30)");
    await q.query("ALTER TABLE \"articles\" ADD \"scheduled_revision_id\" uuid");
    await q.query("ALTER TABLE \"articles\" ADD \"publish_at\" TIMESTAMP WITH TIME ZONE");
    await q.query("ALTER TABLE \"articles\" ADD \"unpublish_at\" TIMESTAMP WITH TIME ZONE");
    await q.query("ALTER TABLE \"articles\" ADD \"live_updated_at\" TIMESTAMP WITH TIME ZONE");
    await q.query("ALTER TABLE \"articles\" ADD \"approved_by_id\" uuid");
    await q.query("ALTER TABLE \"articles\" ADD \"approved_at\" TIMESTAMP WITH TIME ZONE");
    await q.query("ALTER TABLE \"articles\" ADD \"field_id\" uuid");
    await q.query("ALTER TABLE \"articles\" ADD \"kind\" character varying(20) NOT NULL DEFAULT 'tin'");
    await q.query("ALTER TABLE \"articles\" ADD \"tags\" text array NOT NULL DEFAULT '{}'");
    await q.query("ALTER TABLE \"articles\" ADD \"featured\" boolean NOT NULL DEFAULT false");
    await q.query("ALTER TABLE \"articles\" ADD \"cover_media_id\" uuid");
    await q.query("ALTER TABLE \"articles\" ADD \"author_name\" character varying(200) NOT NULL DEFAULT ''");
    await q.query("ALTER TABLE \"articles\" ADD \"author_address\" character varying(300) NOT NULL DEFAULT ''");
    await q.query("ALTER TABLE \"articles\" ADD \"origin\" character varying(20) NOT NULL DEFAULT 'original'");
    await q.query("ALTER TABLE \"articles\" ADD \"source_reference\" text");
    await q.query("ALTER TABLE \"articles\" ADD \"collector_name\" character varying(200)");
    await q.query("ALTER TABLE \"articles\" ADD \"collector_address\" character varying(300)");
    await q.query("CREATE INDEX \"ix_articles_site_status\" ON \"articles\"  (\"site_id\", \"status\") ");
    await q.query("CREATE INDEX \"ix_articles_site_live\" ON \"articles\"  (\"site_id\", \"live_status\", \"published_at\") ");
    await q.query("ALTER TABLE \"article_revisions\" ADD CONSTRAINT \"FK_d710c0a22d74814285c06f8994d\" FOREIGN KEY (\"article_id\") REFERENCES \"articles\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"article_revisions\" DROP CONSTRAINT \"FK_d710c0a22d74814285c06f8994d\"");
    await q.query("DROP INDEX \"public\".\"ix_articles_site_live\"");
    await q.query("DROP INDEX \"public\".\"ix_articles_site_status\"");
    await q.query("ALTER TABLE \"articles\" DROP COLUMN \"collector_address\"");
    await q.query("ALTER TABLE \"articles\" DROP COLUMN \"collector_name\"");
    await q.query("ALTER TABLE \"articles\" DROP COLUMN \"source_reference\"");
    await q.query("ALTER TABLE \"articles\" DROP COLUMN \"origin\"");
    await q.query("ALTER TABLE \"articles\" DROP COLUMN \"author_address\"");
    await q.query("ALTER TABLE \"articles\" DROP COLUMN \"author_name\"");
    await q.query("ALTER TABLE \"articles\" DROP COLUMN \"cover_media_id\"");
    await q.query("ALTER TABLE \"articles\" DROP COLUMN \"featured\"");
    await q.query("ALTER TABLE \"articles\" DROP COLUMN \"tags\"");
    await q.query("ALTER TABLE \"articles\" DROP COLUMN \"kind\"");
    await q.query("ALTER TABLE \"articles\" DROP COLUMN \"field_id\"");
    await q.query("ALTER TABLE \"articles\" DROP COLUMN \"approved_at\"");
    await q.query("ALTER TABLE \"articles\" DROP COLUMN \"approved_by_id\"");
    await q.query("ALTER TABLE \"articles\" DROP COLUMN \"live_updated_at\"");
    await q.query("ALTER TABLE \"articles\" DROP COLUMN \"unpublish_at\"");
    await q.query("ALTER TABLE \"articles\" DROP COLUMN \"publish_at\"");
    await q.query("ALTER TABLE \"articles\" DROP COLUMN \"scheduled_revision_id\"");
    await q.query("ALTER TABLE \"articles\" DROP COLUMN \"live_status\"");
    await q.query("ALTER TABLE \"articles\" DROP COLUMN \"live_revision_id\"");
    await q.query("ALTER TABLE \"articles\" DROP COLUMN \"submitted_at\"");
    await q.query("ALTER TABLE \"articles\" DROP COLUMN \"no_secret_confirmed\"");
    await q.query("ALTER TABLE \"articles\" DROP COLUMN \"assignee_id\"");
    await q.query("ALTER TABLE \"articles\" DROP COLUMN \"edition\"");
    await q.query("ALTER TABLE \"articles\" DROP COLUMN \"edition_author_id\"");
    await q.query("DROP INDEX \"public\".\"ix_article_transitions_article\"");
    await q.query("DROP TABLE \"article_transitions\"");
    await q.query("DROP INDEX \"public\".\"uq_article_revisions_number\"");
    await q.query("DROP TABLE \"article_revisions\"");
    await q.query("CREATE INDEX \"ix_articles_site_status_published\" ON \"articles\" USING btree (\"site_id\", \"status\", \"published_at\") ");
    await q.query("ALTER TABLE \"articles\" ADD CONSTRAINT \"FK_e025eeefcdb2a269c42484ee43f\" FOREIGN KEY (\"category_id\") REFERENCES \"categories\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }
}

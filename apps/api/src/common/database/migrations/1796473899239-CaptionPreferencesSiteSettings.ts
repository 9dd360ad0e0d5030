import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaptionPreferencesSiteSettings1796473899239 implements MigrationInterface {
  name = 'CaptionPreferencesSiteSettings1796473899239';

  async up(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"users\" ADD \"email_notifications\" boolean NOT NULL DEFAULT true");
    await q.query("ALTER TABLE \"sites\" ADD \"settings\" jsonb NOT NULL DEFAULT '{}'");
    await q.query("ALTER TABLE \"sites\" ADD \"settings_revision\" integer NOT NULL DEFAULT '1'");
    await q.query("ALTER TABLE \"sites\" ADD \"settings_updated_at\" TIMESTAMP WITH TIME ZONE");
    await q.query("ALTER TABLE \"media\" ADD \"caption\" character varying(500)");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"media\" DROP COLUMN \"caption\"");
    await q.query("ALTER TABLE \"sites\" DROP COLUMN \"settings_updated_at\"");
    await q.query("ALTER TABLE \"sites\" DROP COLUMN \"settings_revision\"");
    await q.query("ALTER TABLE \"sites\" DROP COLUMN \"settings\"");
    await q.query("ALTER TABLE \"users\" DROP COLUMN \"email_notifications\"");
  }
}

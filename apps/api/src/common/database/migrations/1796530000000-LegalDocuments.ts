import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: the legal document (Văn bản) becomes a content type, so `content_items.type` allows
 * 'document' (the entity's check says the same; content-limits.spec.ts holds it to CONTENT_TYPES), and a
 * revision's title holds 500 characters (a document's trích yếu is often longer than an article's title; the
 * column is sized to the longest declared title, each type's own limit is checked on save). No new
 * index: a commune's register is read whole from the live items of the type (ix_content_items_site_type_live)
 * and filtered in memory, its validity computed for the day (modules/documents).
 */
export class LegalDocuments1796530000000 implements MigrationInterface {
  name = 'LegalDocuments1796530000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "content_items" DROP CONSTRAINT "ck_content_items_type"');
    await q.query(`ALTER TABLE "content_items" ADD CONSTRAINT "ck_content_items_type" CHECK ("type" IN ('article', 'page', 'document'))`);
    await q.query('ALTER TABLE "content_revisions" ALTER COLUMN "title" TYPE character varying(500)');
  }

  async down(q: QueryRunner): Promise<void> {
    // Refused while documents exist, or a title is longer than 300 (their revisions are append-only): remove them first, on purpose.
    await q.query('ALTER TABLE "content_items" DROP CONSTRAINT "ck_content_items_type"');
    await q.query(`ALTER TABLE "content_items" ADD CONSTRAINT "ck_content_items_type" CHECK ("type" IN ('article', 'page'))`);
    await q.query('ALTER TABLE "content_revisions" ALTER COLUMN "title" TYPE character varying(300)');
  }
}

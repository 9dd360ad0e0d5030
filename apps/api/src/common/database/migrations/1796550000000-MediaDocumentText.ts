import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: a document's readable text is kept on its media row, read once at upload (PDF with unpdf,
 * DOCX), so that a legal document's search entry can carry its files' text inside the publishing transaction
 * and the classification scan does not parse the same PDF at every step. Rows older than the column are read
 * on first use (text_reading NULL).
 */
export class MediaDocumentText1796550000000 implements MigrationInterface {
  name = 'MediaDocumentText1796550000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "media" ADD "text_content" text');
    await q.query('ALTER TABLE "media" ADD "text_reading" character varying(16)');
    await q.query(
      `ALTER TABLE "media" ADD CONSTRAINT "ck_media_text_reading" CHECK ("text_reading" IS NULL OR "text_reading" IN ('full', 'partial', 'scanned', 'unreadable'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "media" DROP CONSTRAINT "ck_media_text_reading"');
    await q.query('ALTER TABLE "media" DROP COLUMN "text_reading"');
    await q.query('ALTER TABLE "media" DROP COLUMN "text_content"');
  }
}

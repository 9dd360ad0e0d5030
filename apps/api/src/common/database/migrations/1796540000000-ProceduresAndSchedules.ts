import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: administrative procedures (Thủ tục hành chính) and weekly work schedules (Lịch công tác
 * tuần) become content types, so `content_items.type` allows 'procedure' and 'schedule' (the entity's check
 * says the same; content-limits.spec.ts holds it to CONTENT_TYPES). Their fields live in the revision's
 * content JSON like a document's; no new table or index.
 */
export class ProceduresAndSchedules1796540000000 implements MigrationInterface {
  name = 'ProceduresAndSchedules1796540000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "content_items" DROP CONSTRAINT "ck_content_items_type"');
    await q.query(`ALTER TABLE "content_items" ADD CONSTRAINT "ck_content_items_type" CHECK ("type" IN ('article', 'page', 'document', 'procedure', 'schedule'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Refused while procedures or schedules exist (their revisions are append-only): remove them first, on purpose.
    await q.query('ALTER TABLE "content_items" DROP CONSTRAINT "ck_content_items_type"');
    await q.query(`ALTER TABLE "content_items" ADD CONSTRAINT "ck_content_items_type" CHECK ("type" IN ('article', 'page', 'document'))`);
  }
}

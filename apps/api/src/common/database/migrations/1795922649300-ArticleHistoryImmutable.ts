import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: the workflow record (who did what, on which revision) and the revisions themselves are
 * append-only, enforced by the database like the audit log.
 */
export class ArticleHistoryImmutable1795922649300 implements MigrationInterface {
  name = 'ArticleHistoryImmutable1795922649300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END;
      $$`);
    await q.query(`CREATE TRIGGER article_transitions_append_only BEFORE UPDATE OR DELETE ON article_transitions FOR EACH ROW EXECUTE FUNCTION append_only()`);
    // Revisions are never changed; they go only with their article (site deletion cascades).
    await q.query(`CREATE TRIGGER article_revisions_no_update BEFORE UPDATE ON article_revisions FOR EACH ROW EXECUTE FUNCTION append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER article_revisions_no_update ON article_revisions');
    await q.query('DROP TRIGGER article_transitions_append_only ON article_transitions');
    await q.query('DROP FUNCTION append_only()');
  }
}

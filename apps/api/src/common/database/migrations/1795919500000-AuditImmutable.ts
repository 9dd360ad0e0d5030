import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written (TypeORM cannot express triggers): audit rows can be inserted, never changed or removed —
 * enforced by the database, whatever code or person connects. TRUNCATE is refused too.
 */
export class AuditImmutable1795919500000 implements MigrationInterface {
  name = 'AuditImmutable1795919500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION audit_log_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END;
      $$`);
    await q.query(`CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_immutable()`);
    await q.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_immutable()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER audit_log_no_truncate ON audit_log');
    await q.query('DROP TRIGGER audit_log_no_update_delete ON audit_log');
    await q.query('DROP FUNCTION audit_log_immutable()');
  }
}

import { createTestApp, type TestApp } from '../../test-support/test-app';
import { pendingSchemaChanges } from './schema-drift';

describe('database (real PostgreSQL, or PGlite when none is reachable)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('should have a UTF-8 character-class locale so lower() and ILIKE work on Vietnamese', async () => {
    // On a database created with LC_CTYPE=C, lower('ĐÀ NẴNG') leaves the capitals untouched.
    const [row] = await t.ds.query(
      `SELECT lower('ĐÀ NẴNG QUYẾT ĐỊNH') AS l, 'Quyết định' ILIKE 'QUYẾT ĐỊNH' AS i, pg_encoding_to_char(encoding) AS enc FROM pg_database WHERE datname = current_database()`,
    );
    expect(row).toEqual({ l: 'đà nẵng quyết định', i: true, enc: 'UTF8' });
  });

  it('should agree with the entities: generating a migration produces nothing', async () => {
    const { up } = await pendingSchemaChanges(t.ds);
    expect(up).toEqual([]);
  });

  it('should refuse UPDATE, DELETE and TRUNCATE on the audit log', async () => {
    await t.ds.query(`INSERT INTO audit_log (action, details) VALUES ('test.entry', '{}')`);
    await expect(t.ds.query(`UPDATE audit_log SET action = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(t.ds.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(t.ds.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    const [{ n }] = await t.ds.query(`SELECT COUNT(*)::int AS n FROM audit_log WHERE action = 'test.entry'`);
    expect(n).toBe(1);
  });
});

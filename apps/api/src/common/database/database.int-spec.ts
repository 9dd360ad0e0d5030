import { createTestApp, type TestApp } from '../../test-support/test-app';
import { Db } from './db.service';
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

  it('should run after-commit work once the transaction has committed, and never after a rollback', async () => {
    const db = t.app.get(Db);
    const seen: string[] = [];
    await db.transaction(async () => {
      await db.afterCommit(() => void seen.push('outer'));
      // A nested transaction joins the outer one: its work waits for the outer commit too.
      await db.transaction(async () => db.afterCommit(() => void seen.push('nested')));
      expect(seen).toEqual([]);
    });
    expect(seen).toEqual(['outer', 'nested']);

    await expect(
      db.transaction(async () => {
        await db.afterCommit(() => void seen.push('rolled back'));
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    await db.afterCommit(() => void seen.push('no transaction'));
    expect(seen).toEqual(['outer', 'nested', 'no transaction']);
  });

  it("should copy the live edition's category and field onto the item whenever the live edition is written", async () => {
    const [site] = await t.ds.query(`INSERT INTO sites (code, slug, name) VALUES ('70707', 'xa-trigger', 'Xã Trigger') RETURNING id`);
    const [cat] = await t.ds.query(`INSERT INTO categories (site_id, name, slug) VALUES ($1, 'Tin', 'tin') RETURNING id`, [site.id]);
    const [field] = await t.ds.query(`INSERT INTO fields (site_id, name, slug) VALUES ($1, 'Kinh tế', 'kinh-te') RETURNING id`, [site.id]);
    await t.ds.transaction(async (m) => {
      const refs = async (id: string) => (await m.query(`SELECT live_category_id AS c, live_field_id AS f FROM content_items WHERE id = $1`, [id]))[0];
      await m.query(`SELECT set_config('congxa.transition', 'on', true)`);
      const [item] = await m.query(`INSERT INTO content_items (site_id, type, slug) VALUES ($1, 'article', 'tin-1') RETURNING id`, [site.id]);
      const [ed] = await m.query(`INSERT INTO content_editions (item_id, site_id, number, status) VALUES ($1, $2, 1, 'published') RETURNING id`, [
        item.id,
        site.id,
      ]);
      const [rev] = await m.query(
        `INSERT INTO content_revisions (item_id, edition_id, site_id, number, reason, title, category_id, field_id) VALUES ($1, $2, $3, 1, 'create', 'Tin', $4, $5) RETURNING id`,
        [item.id, ed.id, site.id, cat.id, field.id],
      );
      expect(await refs(item.id)).toEqual({ c: null, f: null });
      // Not approved yet: nothing to copy.
      await m.query(`UPDATE content_items SET live_edition_id = $2, live_status = 'published' WHERE id = $1`, [item.id, ed.id]);
      expect(await refs(item.id)).toEqual({ c: null, f: null });
      await m.query(`UPDATE content_editions SET approved_revision_id = $2 WHERE id = $1`, [ed.id, rev.id]);
      await m.query(`UPDATE content_items SET live_edition_id = $2 WHERE id = $1`, [item.id, ed.id]);
      expect(await refs(item.id)).toEqual({ c: cat.id, f: field.id });
    });
  });
});

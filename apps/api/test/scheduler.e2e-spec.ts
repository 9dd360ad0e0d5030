import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { testDbMode } from '../src/test-support/test-db';
import { bearer, createSiblingApp, createTestApp, DEMO_SITE_SLUG, type DemoLogin, seedDemoAndLogin, type TestApp } from '../src/test-support/test-app';

// Two API processes on one database need a real server: PGlite is a single session.
const describeOnPg = testDbMode() === 'pg' ? describe : describe.skip;

describeOnPg('scheduler with two API instances on one PostgreSQL database', () => {
  let t: TestApp;
  let tokens: Record<DemoLogin, string>;
  const siblings: NestFastifyApplication[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    tokens = await seedDemoAndLogin(t);
  });
  afterAll(async () => {
    for (const s of siblings) await s.close();
    await t.close();
  });

  it('should publish every due article exactly once when two instances race', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await t
        .http()
        .post(`/api/v1/sites/${DEMO_SITE_SLUG}/articles`)
        .set(bearer(tokens.chief))
        .send({ title: `Tin hẹn giờ số ${i + 1}` })
        .expect(201);
      ids.push(res.body.id);
    }
    // Approved and scheduled a moment ago (the chain itself is tested elsewhere).
    await t.ds.transaction(async (m) => {
      await m.query(`SELECT set_config('congxa.transition', 'on', true)`);
      await m.query(
        `UPDATE content_editions e SET status = 'scheduled', publish_at = now() + interval '300 milliseconds', approved_revision_id = e.head_revision_id
          WHERE e.item_id = ANY($1)`,
        [ids],
      );
    });
    siblings.push(await createSiblingApp(t, { CONGXA_SCHEDULER_INTERVAL_MS: '50' }));
    siblings.push(await createSiblingApp(t, { CONGXA_SCHEDULER_INTERVAL_MS: '50' }));

    const deadline = Date.now() + 15_000;
    let published = 0;
    while (Date.now() < deadline) {
      [{ published }] = await t.ds.query(`SELECT COUNT(*)::int AS published FROM content_items WHERE id = ANY($1) AND live_status = 'published'`, [ids]);
      if (published === ids.length) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(published).toBe(ids.length);
    await new Promise((r) => setTimeout(r, 300));
    const rows: { item_id: string; n: number }[] = await t.ds.query(
      `SELECT item_id, COUNT(*)::int AS n FROM content_transitions WHERE action = 'publish_scheduled' AND item_id = ANY($1) GROUP BY item_id`,
      [ids],
    );
    expect(rows).toHaveLength(ids.length);
    expect(rows.every((r) => r.n === 1)).toBe(true);
  });
});

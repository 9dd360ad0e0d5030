import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type { CategoryResponse } from '@congxa/shared/dto/categories';
import type { Page } from '@congxa/shared/dto/common';
import type { FieldResponse } from '@congxa/shared/dto/fields';
import type { PublicArticleSummary } from '@congxa/shared/dto/public-articles';
import type { PublicSiteResponse, SiteResponse, SiteSettingsResponse } from '@congxa/shared/dto/sites';
import { PublicCache } from '../src/common/cache/public-cache';
import { testDbMode } from '../src/test-support/test-db';
import { bearer, createSiblingApp, createTestApp, DEMO_SITE_SLUG, type DemoLogin, seedDemoAndLogin, type TestApp } from '../src/test-support/test-app';

const SITE = `/api/v1/sites/${DEMO_SITE_SLUG}`;
const PUBLIC = '/api/v1/public';
const VISIBLE_WITHIN_MS = 1000;

/** Poll `probe` until it answers true, at most `deadlineMs`; the milliseconds it took (Infinity when it never did). */
async function within(deadlineMs: number, probe: () => Promise<boolean>): Promise<number> {
  const start = Date.now();
  while (Date.now() - start <= deadlineMs) {
    if (await probe()) return Date.now() - start;
    await new Promise((r) => setTimeout(r, 15));
  }
  return Infinity;
}

/** The staff side of one app: sign-in tokens per role and the site's categories, fields and editor. */
class Board {
  category!: CategoryResponse;
  field!: FieldResponse;
  editorId!: string;

  constructor(
    readonly t: TestApp,
    readonly tokens: Record<DemoLogin, string>,
  ) {}

  as(who: DemoLogin) {
    return {
      get: (path: string) => this.t.http().get(`${SITE}${path}`).set(bearer(this.tokens[who])),
      post: (path: string, body: object) => this.t.http().post(`${SITE}${path}`).set(bearer(this.tokens[who])).send(body),
      patch: (path: string, body: object) => this.t.http().patch(`${SITE}${path}`).set(bearer(this.tokens[who])).send(body),
      put: (path: string, body: object) => this.t.http().put(`${SITE}${path}`).set(bearer(this.tokens[who])).send(body),
    };
  }

  async init(): Promise<this> {
    this.field = (await this.as('chief').get('/fields').expect(200)).body.items.find((f: FieldResponse) => f.name === 'Kinh tế');
    this.category = (await this.as('chief').get('/categories').expect(200)).body.items.find((c: CategoryResponse) => c.slug === 'kinh-te');
    const members = (await this.as('chief').get('/members?pageSize=100').expect(200)).body.items;
    this.editorId = members.find((m: { email: string }) => m.email === 'editor@demo.local').userId;
    return this;
  }

  /** A contributor's draft, carried through the chain up to (not including) the chief's approval. */
  async readyToApprove(title: string): Promise<{ id: string; slug: string }> {
    const created = await this.as('contributor').post('/articles', { title }).expect(201);
    await this.as('contributor')
      .patch(`/articles/${created.body.id}`, {
        revision: created.body.revision,
        summary: 'Tóm tắt tin.',
        body: '<p>Nội dung tin.</p>',
        categoryId: this.category.id,
        fieldId: this.field.id,
        authorName: 'Hoàng Văn Cộng',
        authorAddress: 'Văn phòng UBND xã',
        noSecretConfirmed: true,
      })
      .expect(200);
    for (const [who, body] of [
      ['contributor', { action: 'submit' }],
      ['deputy', { action: 'assign', assigneeId: this.editorId }],
      ['editor', { action: 'verify' }],
      ['deputy', { action: 'forward' }],
    ] as [DemoLogin, object][]) {
      await this.act(who, created.body.id, body);
    }
    return { id: created.body.id, slug: created.body.slug };
  }

  act(who: DemoLogin, id: string, body: object) {
    return this.as(who).post(`/articles/${id}/transitions`, body).expect(201);
  }

  async settings(): Promise<SiteSettingsResponse> {
    return (await this.as('chief').get('/settings').expect(200)).body;
  }
}

const publicGet = (app: NestFastifyApplication, path: string, host = 'localhost') => request(app.getHttpServer()).get(`${PUBLIC}${path}`).set('Host', host);

// Two API processes on one database need a real server: PGlite is a single session (and one process).
const describeOnPg = testDbMode() === 'pg' ? describe : describe.skip;
if (testDbMode() !== 'pg') console.warn('[public-cache.e2e] PostgreSQL not reachable: the two-instance cases are SKIPPED (PGlite is one process)');

describeOnPg('public cache with two API instances on one PostgreSQL database', () => {
  let t: TestApp;
  let a: Board;
  let b: NestFastifyApplication;
  const fromB = (path: string, host?: string) => publicGet(b, path, host);
  const listedOnB = async (slug: string) =>
    ((await fromB('/articles?pageSize=100').expect(200)).body as Page<PublicArticleSummary>).items.some((i) => i.slug === slug);

  beforeAll(async () => {
    t = await createTestApp();
    a = await new Board(t, await seedDemoAndLogin(t)).init();
    b = await createSiblingApp(t, { CONGXA_SCHEDULER_INTERVAL_MS: '0' });
  });
  afterAll(async () => {
    await b.close();
    await t.close();
  });

  it('should listen for the other instance on both, and serve repeated reads from memory', async () => {
    expect(t.app.get(PublicCache).mode).toBe('listening');
    expect(b.get(PublicCache).mode).toBe('listening');
    const before = b.get(PublicCache).stats().hits;
    await fromB('/articles').expect(200);
    await fromB('/articles').expect(200);
    expect(b.get(PublicCache).stats().hits).toBeGreaterThan(before);
  });

  it('should show an article published through instance A on instance B within one second', async () => {
    const item = await a.readyToApprove('Xã tổ chức hội nghị tổng kết năm');
    // B has cached the list without it and the article's 404.
    expect(await listedOnB(item.slug)).toBe(false);
    expect((await fromB(`/articles/${item.slug}`).expect(404)).body.code).toBe('NOT_FOUND');
    const total = ((await fromB('/articles?pageSize=1').expect(200)).body as Page<PublicArticleSummary>).total;

    await a.act('chief', item.id, { action: 'approve' });
    const took = await within(3000, async () => (await fromB(`/articles/${item.slug}`)).status === 200 && (await listedOnB(item.slug)));
    expect(took).toBeLessThan(VISIBLE_WITHIN_MS);
    expect(((await fromB('/articles?pageSize=1').expect(200)).body as Page<PublicArticleSummary>).total).toBe(total + 1);
  });

  it('should withdraw an article unpublished through instance A from instance B within one second', async () => {
    const item = await a.readyToApprove('Lịch tiếp công dân tháng này');
    await a.act('chief', item.id, { action: 'approve' });
    expect(await within(3000, async () => (await fromB(`/articles/${item.slug}`)).status === 200)).toBeLessThan(VISIBLE_WITHIN_MS);

    await a.act('chief', item.id, { action: 'unpublish', note: 'Lịch đã thay đổi.' });
    const took = await within(3000, async () => {
      const res = await fromB(`/articles/${item.slug}`);
      return res.status === 404 && res.body.code === 'ARTICLE_WITHDRAWN' && !(await listedOnB(item.slug));
    });
    expect(took).toBeLessThan(VISIBLE_WITHIN_MS);
  });

  it("should show a banner the deputy switches on, and the chief's footer, through instance B within one second", async () => {
    const site = async () => (await fromB('/site').expect(200)).body as PublicSiteResponse;
    expect((await site()).banner).toBeNull();

    const s = await a.settings();
    const endsAt = new Date(Date.now() + 3_600_000).toISOString();
    await a.as('deputy').put('/banner', { revision: s.revision, text: 'Bão số 3: người dân không ra khơi.', endsAt }).expect(200);
    const on = await within(3000, async () => (await site()).banner?.text === 'Bão số 3: người dân không ra khơi.');
    expect(on).toBeLessThan(VISIBLE_WITHIN_MS);
    expect((await site()).banner).toEqual({ text: 'Bão số 3: người dân không ra khơi.', endsAt });

    const s2 = await a.settings();
    await a.as('chief').patch('/settings', { revision: s2.revision, phone: '0256 3 999 999' }).expect(200);
    expect(await within(3000, async () => (await site()).settings.phone === '0256 3 999 999')).toBeLessThan(VISIBLE_WITHIN_MS);

    const s3 = await a.settings();
    await a.as('deputy').put('/banner', { revision: s3.revision, text: null }).expect(200);
    expect(await within(3000, async () => (await site()).banner === null)).toBeLessThan(VISIBLE_WITHIN_MS);
  });

  it('should serve a site at a domain given to it through instance A from instance B within one second', async () => {
    const admin = (path: string) => t.http().get(path).set(bearer(a.tokens.admin));
    await fromB('/site', 'xa-moi.gov.vn').expect(404);
    const created = await t.http().post('/api/v1/sites').set(bearer(a.tokens.admin)).send({ code: '50505', slug: 'xa-moi', name: 'Xã Mới' }).expect(201);
    const site = (await admin(`/api/v1/sites/${created.body.slug}`).expect(200)).body as SiteResponse;
    await t
      .http()
      .patch(`/api/v1/sites/${site.slug}`)
      .set(bearer(a.tokens.admin))
      .send({ revision: site.revision, domains: ['xa-moi.gov.vn'] })
      .expect(200);
    const took = await within(3000, async () => (await fromB('/site', 'xa-moi.gov.vn')).body?.slug === 'xa-moi');
    expect(took).toBeLessThan(VISIBLE_WITHIN_MS);
  });
});

describe('site-wide banner and public lists (one instance)', () => {
  let t: TestApp;
  let board: Board;
  const site = async () => (await publicGet(t.app, '/site').expect(200)).body as PublicSiteResponse;
  const put = (who: DemoLogin, body: object) => board.as(who).put('/banner', body);

  beforeAll(async () => {
    t = await createTestApp();
    board = await new Board(t, await seedDemoAndLogin(t)).init();
    await t.http().post('/api/v1/sites').set(bearer(board.tokens.admin)).send({ code: '40404', slug: 'xa-khac', name: 'Xã Khác' }).expect(201);
  });
  afterAll(async () => {
    await t.close();
  });

  it('should keep itself right by listening on PostgreSQL, by its own invalidations on the embedded database (one process)', () => {
    expect(t.app.get(PublicCache).mode).toBe(testDbMode() === 'pg' ? 'listening' : 'local');
  });

  it('should let the deputy switch the banner on with an end time, show it to the public, and audit it', async () => {
    const s = await board.settings();
    const endsAt = '2099-01-01T08:00:00+07:00';
    const res = await put('deputy', { revision: s.revision, text: '  Mất điện toàn xã chiều nay. ', endsAt }).expect(200);
    expect(res.body).toMatchObject({ bannerText: 'Mất điện toàn xã chiều nay.', bannerEndsAt: '2099-01-01T01:00:00.000Z', revision: s.revision + 1 });
    expect((await site()).banner).toEqual({ text: 'Mất điện toàn xã chiều nay.', endsAt: '2099-01-01T01:00:00.000Z' });
    const audit = (await board.as('chief').get('/audit?action=site.banner_update').expect(200)).body.items;
    expect(audit[0]).toMatchObject({
      actor: { email: 'deputy@demo.local' },
      details: { bannerText: { from: null, to: 'Mất điện toàn xã chiều nay.' }, bannerEndsAt: { from: null, to: '2099-01-01T01:00:00.000Z' } },
    });
  });

  it('should let the chief switch it, and keep it until switched off when no end time is given', async () => {
    const s = await board.settings();
    await put('chief', { revision: s.revision, text: 'Lịch cắt nước thứ Bảy.' }).expect(200);
    expect((await site()).banner).toEqual({ text: 'Lịch cắt nước thứ Bảy.', endsAt: null });
  });

  it.each(['contributor', 'editor'] as const)('should answer 403 FORBIDDEN when the %s switches the banner, and change nothing', async (who) => {
    const s = await board.settings();
    expect((await put(who, { revision: s.revision, text: 'Không được' }).expect(403)).body.code).toBe('FORBIDDEN');
    expect(await board.settings()).toEqual(s);
  });

  it("should answer 404 SITE_NOT_FOUND for another site's banner", async () => {
    const res = await t.http().put('/api/v1/sites/xa-khac/banner').set(bearer(board.tokens.deputy)).send({ revision: 1, text: 'x' }).expect(404);
    expect(res.body.code).toBe('SITE_NOT_FOUND');
  });

  it('should answer 409 REVISION_CONFLICT with the current settings on a stale revision', async () => {
    const s = await board.settings();
    const res = await put('deputy', { revision: s.revision - 1, text: 'Cũ' }).expect(409);
    expect(res.body).toMatchObject({ code: 'REVISION_CONFLICT', details: { current: { revision: s.revision, bannerText: s.bannerText } } });
  });

  it('should refuse an end time already past (422) and a malformed one (400)', async () => {
    const s = await board.settings();
    const past = await put('deputy', { revision: s.revision, text: 'Hết hạn', endsAt: '2020-01-01T00:00:00Z' }).expect(422);
    expect(past.body).toMatchObject({ code: 'BANNER_ENDS_IN_PAST', details: { field: 'endsAt' } });
    const bad = await put('deputy', { revision: s.revision, text: 'Sai', endsAt: '2099-01-01 08:00' }).expect(400);
    expect(bad.body.details).toContainEqual(expect.objectContaining({ field: 'endsAt', rule: 'isDateTime' }));
    expect((await put('deputy', { revision: s.revision }).expect(400)).body.details).toContainEqual(expect.objectContaining({ field: 'text' }));
  });

  it('should stop showing the banner to the public once its end time has passed', async () => {
    const s = await board.settings();
    const endsAt = new Date(Date.now() + 1200).toISOString();
    await put('deputy', { revision: s.revision, text: 'Tạm ngừng cấp nước.', endsAt }).expect(200);
    expect((await site()).banner).toEqual({ text: 'Tạm ngừng cấp nước.', endsAt });
    const took = await within(4000, async () => (await site()).banner === null);
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(endsAt));
    expect(took).toBeLessThan(4000);
    // Staff still see what was set (the settings keep it until someone changes it).
    expect(await board.settings()).toMatchObject({ bannerText: 'Tạm ngừng cấp nước.', bannerEndsAt: endsAt });
  });

  it('should switch the banner off with text null, clearing its end time', async () => {
    const s = await board.settings();
    await put('deputy', { revision: s.revision, text: 'Bật', endsAt: '2099-01-01T00:00:00Z' }).expect(200);
    const off = await put('deputy', { revision: s.revision + 1, text: null, endsAt: '2099-01-01T00:00:00Z' }).expect(200);
    expect(off.body).toMatchObject({ bannerText: null, bannerEndsAt: null });
    expect((await site()).banner).toBeNull();
  });

  it("should show the chief's footer settings, social links and logo to the public, and not the banner's keys", async () => {
    const s = await board.settings();
    await board
      .as('chief')
      .patch('/settings', { revision: s.revision, governingBody: 'Ủy ban nhân dân xã Ân Hảo Đông', email: 'ubnd@anhaodong.gov.vn' })
      .expect(200);
    const { settings } = await site();
    expect(settings).toMatchObject({ governingBody: 'Ủy ban nhân dân xã Ân Hảo Đông', email: 'ubnd@anhaodong.gov.vn', phone: null });
    expect(Object.keys(settings).sort()).toEqual([
      'address',
      'email',
      'facebookUrl',
      'footerNote',
      'governingBody',
      'licence',
      'logoMediaId',
      'phone',
      'responsiblePerson',
      'youtubeUrl',
      'zaloUrl',
    ]);
  });

  describe('list totals', () => {
    /** The published articles of a selection counted independently: through the approved revision of each live edition. */
    async function counted(where = 'true', params: unknown[] = []): Promise<number> {
      const [{ n }] = await t.ds.query(
        `SELECT count(*)::int AS n FROM content_items i
           JOIN content_editions e ON e.id = i.live_edition_id JOIN content_revisions r ON r.id = e.approved_revision_id
           JOIN sites s ON s.id = i.site_id
          WHERE s.slug = '${DEMO_SITE_SLUG}' AND i.type = 'article' AND i.live_status = 'published' AND ${where}`,
        params,
      );
      return n;
    }
    const list = async (query: string) => (await publicGet(t.app, `/articles?${query}`).expect(200)).body as Page<PublicArticleSummary>;

    it('should count what the list pages through, whole and by category, subcategory and field', async () => {
      // Published through the chain, so the count changes after the first reads were kept.
      const before = await list('pageSize=1');
      const item = await board.readyToApprove('Hợp tác xã mở rộng vùng trồng rau an toàn');
      await board.act('chief', item.id, { action: 'approve' });
      const all = await list('pageSize=1');
      expect(all.total).toBe(before.total + 1);
      expect(all.total).toBe(await counted());

      const categories = (await board.as('chief').get('/categories').expect(200)).body.items as CategoryResponse[];
      for (const c of categories) {
        const ids = [c.id, ...categories.filter((x) => x.parentId === c.id).map((x) => x.id)];
        const expected = await counted('r.category_id = ANY($1::uuid[])', [ids]);
        expect([c.slug, (await list(`category=${c.slug}&pageSize=1`)).total]).toEqual([c.slug, expected]);
        expect([c.slug, (await list(`category=${c.slug}&pageSize=100`)).items.length]).toEqual([c.slug, Math.min(expected, 100)]);
      }
      const fields = (await board.as('chief').get('/fields').expect(200)).body.items as FieldResponse[];
      for (const f of fields) {
        expect([f.slug, (await list(`field=${f.slug}&pageSize=1`)).total]).toEqual([f.slug, await counted('r.field_id = $1', [f.id])]);
      }
      expect(await list(`category=${board.category.slug}&field=${board.field.slug}&pageSize=1`)).toMatchObject({
        total: await counted('r.category_id = $1 AND r.field_id = $2', [board.category.id, board.field.id]),
      });
      expect(await list('category=khong-co&pageSize=1')).toMatchObject({ items: [], total: 0 });
    });

    it('should keep the total on a page past the end, and page without gaps or repeats', async () => {
      const total = await counted();
      expect(await list('page=99&pageSize=50')).toMatchObject({ items: [], total, page: 99 });
      const seen: string[] = [];
      for (let page = 1; seen.length < total; page++) {
        const p = await list(`page=${page}&pageSize=2`);
        expect(p.total).toBe(total);
        seen.push(...p.items.map((i) => i.slug));
        if (p.items.length === 0) break;
      }
      expect(new Set(seen).size).toBe(total);
    });

    it('should show a renamed category in the published articles at once', async () => {
      const c = board.category;
      const current = ((await board.as('chief').get('/categories').expect(200)).body.items as CategoryResponse[]).find((x) => x.id === c.id)!;
      await list(`category=${c.slug}&pageSize=5`);
      await board.as('chief').patch(`/categories/${c.id}`, { revision: current.revision, name: 'Kinh tế - Nông nghiệp' }).expect(200);
      expect((await list(`category=${c.slug}&pageSize=5`)).items[0]?.category).toEqual({ name: 'Kinh tế - Nông nghiệp', slug: c.slug });
    });
  });
});

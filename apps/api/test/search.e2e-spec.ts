import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { Page } from '@congxa/shared/dto/common';
import type { CategoryResponse } from '@congxa/shared/dto/categories';
import type { FieldResponse } from '@congxa/shared/dto/fields';
import type { PublicSearchItem } from '@congxa/shared/dto/search';
import { createApp } from '../src/bootstrap';
import { loadConfig } from '../src/common/config/config';
import { Db } from '../src/common/database/db.service';
import { EMBEDDED_POOL_SIZE } from '../src/common/database/embedded';
import { SearchIndexer } from '../src/modules/publishing/search-indexer';
import { SearchDocumentsRepository } from '../src/modules/search/search-documents.repository';
import { SearchIndexService } from '../src/modules/search/search-index.service';
import { parseSearchQuery, planSearch, toTsQuery } from '../src/modules/search/search-query';
import { monthLexemes } from '../src/modules/search/search-text';
import { EMBEDDED_SERVER } from '../src/test-support/test-env';
import { testDbMode } from '../src/test-support/test-db';
import { bearer, createTestApp, DEMO_SITE_SLUG, type DemoLogin, seedDemoAndLogin, type TestApp } from '../src/test-support/test-app';

/**
 * The public search over HTTP, on the articles and pages the workflow publishes. The relevance cases run on
 * the engine the suite uses (PostgreSQL in CI) and, when that is PostgreSQL, on a fresh embedded PGlite as
 * well: the same migrations, lexemes and SQL must give the same answers on both.
 */

const SITE = `/api/v1/sites/${DEMO_SITE_SLUG}`;

/** A fresh embedded database (no template: migrated here, as the app does on start) and the API on it. */
async function createPgliteApp(): Promise<TestApp> {
  const child = spawn(process.execPath, [EMBEDDED_SERVER, '--serve'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`embedded database exited with ${code}`)));
  });
  const { url } = JSON.parse(line) as { url: string };
  const config = loadConfig({
    CONGXA_SERVE_APPS: '0',
    CONGXA_DEMO: '0',
    LOG_LEVEL: 'error',
    CONGXA_SCHEDULER_INTERVAL_MS: '0',
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
    DATABASE_URL: url,
  });
  const app = await createApp(config, { url, poolSize: EMBEDDED_POOL_SIZE });
  await app.get(Db).migrate();
  await app.getHttpAdapter().getInstance().ready();
  const drop = async () => {
    const exited = new Promise((r) => child.once('exit', r));
    child.stdin.end();
    await exited;
  };
  return {
    app,
    db: { url, poolSize: EMBEDDED_POOL_SIZE, mode: 'pglite', drop },
    ds: app.get(DataSource),
    http: () => request(app.getHttpServer()),
    async close() {
      await app.close();
      await drop();
    },
  };
}

/** The demo board publishing through the whole chain over HTTP, and the public search of the demo site. */
class Portal {
  private kinhTe!: FieldResponse;
  private category!: CategoryResponse;
  editorId!: string;
  tokens!: Record<DemoLogin, string>;

  constructor(readonly t: TestApp) {}

  async init(): Promise<this> {
    this.tokens = await seedDemoAndLogin(this.t);
    this.kinhTe = (await this.as('chief').get('/fields').expect(200)).body.items.find((f: FieldResponse) => f.name === 'Kinh tế');
    this.category = (await this.as('chief').get('/categories').expect(200)).body.items.find((c: CategoryResponse) => c.slug === 'kinh-te');
    const members = (await this.as('chief').get('/members?pageSize=100').expect(200)).body.items;
    this.editorId = members.find((m: { email: string }) => m.email === 'editor@demo.local').userId;
    return this;
  }

  as(who: DemoLogin) {
    const auth = bearer(this.tokens[who]);
    return {
      get: (path: string) => this.t.http().get(`${SITE}${path}`).set(auth),
      post: (path: string, body: object) => this.t.http().post(`${SITE}${path}`).set(auth).send(body),
      patch: (path: string, body: object) => this.t.http().patch(`${SITE}${path}`).set(auth).send(body),
    };
  }

  act(who: DemoLogin, id: string, body: object) {
    return this.as(who).post(`/articles/${id}/transitions`, body).expect(201);
  }

  /** Through the chain to the public: written by the contributor, assigned, verified, forwarded, approved. */
  async publish(a: { title: string; summary?: string; body: string }): Promise<{ id: string; slug: string }> {
    const created = await this.as('contributor').post('/articles', { title: a.title }).expect(201);
    await this.as('contributor')
      .patch(`/articles/${created.body.id}`, {
        revision: created.body.revision,
        summary: a.summary ?? '',
        body: a.body,
        categoryId: this.category.id,
        fieldId: this.kinhTe.id,
        authorName: 'Hoàng Văn Cộng',
        authorAddress: 'Văn phòng UBND xã',
        noSecretConfirmed: true,
      })
      .expect(200);
    await this.act('contributor', created.body.id, { action: 'submit' });
    await this.act('deputy', created.body.id, { action: 'assign', assigneeId: this.editorId });
    await this.act('editor', created.body.id, { action: 'verify' });
    await this.act('deputy', created.body.id, { action: 'forward' });
    await this.act('chief', created.body.id, { action: 'approve' });
    return { id: created.body.id, slug: created.body.slug };
  }

  search(query: Record<string, string | number>, host = 'localhost') {
    return this.t.http().get('/api/v1/public/search').query(query).set('Host', host);
  }

  async find(q: string, extra: Record<string, string | number> = {}): Promise<Page<PublicSearchItem>> {
    return (await this.search({ q, pageSize: 100, ...extra }).expect(200)).body;
  }

  /** The slugs found, in order. */
  async slugs(q: string, extra: Record<string, string | number> = {}): Promise<string[]> {
    return (await this.find(q, extra)).items.map((i) => i.slug);
  }
}

/** The fixtures, oldest first (each is published after the one before it, so later is more recent). */
const FIXTURES = {
  decision: { title: 'Quyết định phê duyệt kế hoạch phòng chống thiên tai', body: '<p>Ủy ban nhân dân xã ban hành kế hoạch mùa mưa bão.</p>' },
  evidence: { title: 'Thu thập chứng cứ vi phạm hành chính về đất đai', body: '<p>Đoàn kiểm tra lập biên bản và thu thập chứng cứ.</p>' },
  apartment: { title: 'Khởi công xây dựng chung cư cho người thu nhập thấp', body: '<p>Công trình chung cư 9 tầng ở trung tâm xã.</p>' },
  bodyOnly: { title: 'Hội nghị dân vận khéo năm nay', body: '<p>Hội nghị thông qua quyết định khen thưởng các tập thể.</p>' },
  apart: { title: 'Nông dân quyết tâm vượt định mức sản xuất', body: '<p>Bà con quyết tâm đạt định mức năng suất lúa.</p>' },
  docNumber: { title: 'Triển khai chuyển đổi số trong cải cách hành chính', body: '<p>Theo Quyết định số 12/QĐ-UBND ngày 5/3/2026 của UBND tỉnh.</p>' },
  road: { title: 'Đường giao thông nông thôn về đích sớm', body: '<p>Tuyến đường dài 2 km được bê tông hóa.</p>' },
  riceOld: { title: 'Gieo sạ lúa đông xuân đúng lịch thời vụ', body: '<p>Bà con xuống giống theo lịch.</p>' },
  riceNew: { title: 'Lúa đông xuân sinh trưởng tốt', body: '<p>Cán bộ khuyến nông thăm đồng.</p>' },
  script: {
    title: '<script>alert(1)</script> Lịch trực phòng cháy chữa cháy',
    summary: 'Lịch <b>trực</b> <script>alert("x")</script> phòng cháy & chữa cháy cuối năm.',
    body: '<p>Các thôn bố trí người trực.</p>',
  },
};
type FixtureName = keyof typeof FIXTURES;

async function publishFixtures(p: Portal): Promise<Record<FixtureName, { id: string; slug: string }>> {
  const out = {} as Record<FixtureName, { id: string; slug: string }>;
  for (const [name, a] of Object.entries(FIXTURES) as [FixtureName, (typeof FIXTURES)[FixtureName]][]) out[name] = await p.publish(a);
  return out;
}

const ENGINES: ('default' | 'pglite')[] = testDbMode() === 'pg' ? ['default', 'pglite'] : ['default'];
if (testDbMode() !== 'pg') console.warn('[search.e2e] PostgreSQL not reachable: the relevance cases run on PGlite only (SKIPPED on PostgreSQL)');

describe.each(ENGINES)('public search relevance (%s engine)', (engine) => {
  let t: TestApp;
  let p: Portal;
  let f: Record<FixtureName, { id: string; slug: string }>;
  const only = (slugs: string[], names: FixtureName[]) => slugs.filter((s) => names.some((n) => f[n].slug === s));

  beforeAll(async () => {
    t = engine === 'pglite' ? await createPgliteApp() : await createTestApp();
    p = await new Portal(t).init();
    f = await publishFixtures(p);
  });
  afterAll(async () => {
    await t.close();
  });

  it('should find "Quyết định" when typed without marks, titles first, words side by side before words apart', async () => {
    const slugs = await p.slugs('quyet dinh');
    expect(only(slugs, ['decision', 'docNumber', 'bodyOnly', 'apart'])).toEqual([f.decision.slug, f.docNumber.slug, f.bodyOnly.slug, f.apart.slug]);
  });

  it('should treat đ and d as the same letter, both ways', async () => {
    expect(await p.slugs('duong giao thong')).toContain(f.road.slug);
    expect(await p.slugs('ĐƯỜNG')).toContain(f.road.slug);
    expect(await p.slugs('dinh muc')).toContain(f.apart.slug);
  });

  it('should keep the syllables of a quoted phrase next to each other', async () => {
    const phrase = await p.slugs('"quyết định"');
    expect(phrase).toEqual(expect.arrayContaining([f.decision.slug, f.bodyOnly.slug, f.docNumber.slug]));
    expect(phrase).not.toContain(f.apart.slug);
    expect(await p.slugs('"dinh quyet"')).toEqual([]);
  });

  it('should rank the exact marks typed above the same letters with other marks (chứng cứ before chung cư)', async () => {
    expect(only(await p.slugs('chứng cứ'), ['evidence', 'apartment'])).toEqual([f.evidence.slug, f.apartment.slug]);
    expect(only(await p.slugs('chung cư'), ['evidence', 'apartment'])).toEqual([f.apartment.slug, f.evidence.slug]);
    // Without marks the user said nothing about them: the more recent first.
    expect(only(await p.slugs('chung cu'), ['evidence', 'apartment'])).toEqual([f.apartment.slug, f.evidence.slug]);
  });

  it('should rank the more recent first at equal relevance', async () => {
    expect(only(await p.slugs('lúa đông xuân'), ['riceOld', 'riceNew'])).toEqual([f.riceNew.slug, f.riceOld.slug]);
  });

  it('should find a document number however it is written, and mark it in the snippet', async () => {
    for (const q of ['12/QĐ-UBND', '12/qd-ubnd', '"12 QĐ UBND"']) {
      const page = await p.find(q);
      expect(page.items.map((i) => i.slug)).toEqual([f.docNumber.slug]);
      expect(page.items[0]!.snippet).toContain('<mark>12/QĐ-UBND</mark>');
    }
    expect(await p.slugs('13/QĐ-UBND')).toEqual([]);
  });

  it('should tolerate a typo through the vocabulary when the full text finds little', async () => {
    expect(await p.slugs('phong chong thien taii')).toContain(f.decision.slug);
    expect(await p.slugs('chuyenn doi so')).toContain(f.docNumber.slug);
  });

  it('should give the same page and total with a recency window as over all time', async () => {
    // A site of 40 documents over 40 months; the window is their last 6 months.
    const [site] = await t.ds.query(`INSERT INTO sites (code, slug, name, domains) VALUES ('40404', 'xa-cua-so', 'Xã Cửa Sổ', '{}') RETURNING id`);
    const index = t.app.get(SearchIndexService);
    for (let i = 0; i < 40; i++) {
      const [item] = await t.ds.query(`INSERT INTO content_items (site_id, type, slug) VALUES ($1, 'article', $2) RETURNING id`, [site.id, `bai-${i}`]);
      const words = [i % 3 === 0 ? 'quyết định' : 'quyết tâm', i < 4 ? 'chuyện cũ' : 'tin mới', i % 7 === 0 ? 'lúa đông xuân' : 'rau màu'];
      await index.put({
        itemId: item.id,
        siteId: site.id,
        type: 'article',
        slug: `bai-${i}`,
        url: `/tin-tuc/bai-${i}`,
        title: i % 5 === 0 ? `Tiêu đề ${words[0]}` : `Bài số ${i}`,
        text: `Nội dung ${words.join(', ')} của xã.`,
        publishedAt: new Date(Date.UTC(2023, i, 15)),
        updatedAt: new Date(Date.UTC(2023, i, 15)),
      });
    }
    const repo = t.app.get(SearchDocumentsRepository);
    const window = monthLexemes(new Date(Date.UTC(2023, 34, 1)), new Date(Date.UTC(2023, 40, 1)));
    for (const q of ['quyết định', 'quyet dinh', '"quyết định"', 'chuyện cũ', 'lúa', 'xã', 'tiêu đề']) {
      const plan = planSearch(parseSearchQuery(q))!;
      for (const [offset, limit, countCap] of [
        [0, 3, 4],
        [3, 3, 4],
        [0, 5, 100],
        [12, 5, 100],
      ] as const) {
        const spec = { siteId: site.id, match: toTsQuery(plan.match), tiers: plan.tiers.map(toTsQuery), offset, limit, countCap };
        const [all, recent] = [await repo.find({ ...spec, window: [] }), await repo.find({ ...spec, window })];
        expect([q, offset, recent.hits.map((h) => h.slug)]).toEqual([q, offset, all.hits.map((h) => h.slug)]);
        expect([q, Math.min(recent.total, countCap)]).toEqual([q, Math.min(all.total, countCap)]);
      }
    }
  });
});

describe('public search (HTTP)', () => {
  let t: TestApp;
  let p: Portal;
  let f: Record<FixtureName, { id: string; slug: string }>;

  beforeAll(async () => {
    t = await createTestApp();
    p = await new Portal(t).init();
    f = await publishFixtures(p);
  });
  afterAll(async () => {
    await t.close();
  });

  it('should answer the list shape with type, slug, url, title, snippet and publication time', async () => {
    const page = await p.find('giao thông nông thôn');
    expect(page).toMatchObject({ page: 1, pageSize: 100 });
    const road = page.items.find((i) => i.slug === f.road.slug)!;
    expect(road).toEqual({
      type: 'article',
      slug: f.road.slug,
      url: `/tin-tuc/${f.road.slug}`,
      title: FIXTURES.road.title,
      snippet: 'Tuyến đường dài 2 km được bê tông hóa.',
      publishedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(page.total).toBe(page.items.length);
  });

  it('should escape the snippet and mark the hits, and give the title as typed', async () => {
    const [hit] = (await p.find('phòng cháy')).items.filter((i) => i.slug === f.script.slug);
    expect(hit!.title).toBe(FIXTURES.script.title);
    expect(hit!.snippet).toBe(
      'Lịch &lt;b&gt;trực&lt;/b&gt; &lt;script&gt;alert("x")&lt;/script&gt; <mark>phòng cháy</mark> &amp; chữa <mark>cháy</mark> cuối năm. Các thôn bố trí người trực.',
    );
    expect(hit!.snippet).not.toMatch(/<(?!\/?mark>)/);
  });

  it('should filter by type: pages with their path, articles with theirs', async () => {
    const pages = await p.find('lịch sử truyền thống', { type: 'page' });
    expect(pages.items.map((i) => [i.type, i.url])).toEqual([['page', '/gioi-thieu/lich-su']]);
    const articles = await p.find('lịch sử truyền thống', { type: 'article' });
    expect(articles.items.every((i) => i.type === 'article')).toBe(true);
    expect(articles.items.map((i) => i.url)).not.toContain('/gioi-thieu/lich-su');
  });

  it('should page through the results in the same order', async () => {
    const all = await p.find('xã');
    expect(all.total).toBeGreaterThanOrEqual(4);
    const second = (await p.search({ q: 'xã', page: 2, pageSize: 2 }).expect(200)).body as Page<PublicSearchItem>;
    expect(second).toMatchObject({ total: all.total, page: 2, pageSize: 2 });
    expect(second.items.map((i) => i.slug)).toEqual(all.items.slice(2, 4).map((i) => i.slug));
    const past = (await p.search({ q: 'xã', page: 50, pageSize: 100 }).expect(200)).body as Page<PublicSearchItem>;
    expect(past).toMatchObject({ items: [], total: all.total });
  });

  it('should drop an unpublished item at once and show it again when it is republished', async () => {
    expect(await p.slugs('chứng cứ')).toContain(f.evidence.slug);
    await p.act('chief', f.evidence.id, { action: 'unpublish', note: 'Cần kiểm tra lại.' });
    expect(await p.slugs('chứng cứ')).not.toContain(f.evidence.slug);
    await p.act('chief', f.evidence.id, { action: 'republish', note: 'Đã kiểm tra.' });
    expect(await p.slugs('chứng cứ')).toContain(f.evidence.slug);
  });

  it('should show the new content of an edited live item only once it is approved again', async () => {
    const live = (await p.as('contributor').get(`/articles/${f.riceOld.id}`).expect(200)).body;
    await p
      .as('contributor')
      .patch(`/articles/${f.riceOld.id}`, { revision: live.revision, title: 'Gieo sạ lúa hè thu đúng lịch thời vụ', noSecretConfirmed: true })
      .expect(200);
    // The new edition is a draft: the public (and its search) still has the live one.
    expect(await p.slugs('hè thu')).not.toContain(f.riceOld.slug);
    expect(await p.slugs('gieo sạ đông xuân')).toContain(f.riceOld.slug);
    await p.act('contributor', f.riceOld.id, { action: 'submit' });
    await p.act('deputy', f.riceOld.id, { action: 'assign', assigneeId: p.editorId });
    await p.act('editor', f.riceOld.id, { action: 'verify' });
    await p.act('deputy', f.riceOld.id, { action: 'forward' });
    expect(await p.slugs('hè thu')).not.toContain(f.riceOld.slug);
    await p.act('chief', f.riceOld.id, { action: 'approve' });
    const found = (await p.find('hè thu')).items.find((i) => i.slug === f.riceOld.slug);
    expect(found?.title).toBe('Gieo sạ lúa hè thu đúng lịch thời vụ');
    expect(await p.slugs('gieo sạ đông xuân')).not.toContain(f.riceOld.slug);
  });

  it('should follow a live item whose slug changes', async () => {
    const live = (await p.as('chief').get(`/articles/${f.road.id}`).expect(200)).body;
    await p.as('chief').patch(`/articles/${f.road.id}`, { revision: live.revision, slug: 'duong-giao-thong-ve-dich' }).expect(200);
    const hit = (await p.find('đường giao thông')).items.find((i) => i.title === FIXTURES.road.title);
    expect(hit).toMatchObject({ slug: 'duong-giao-thong-ve-dich', url: '/tin-tuc/duong-giao-thong-ve-dich' });
  });

  it('should index at start what was live before the search had its document', async () => {
    await t.ds.query(`DELETE FROM search_documents WHERE item_id = $1`, [f.docNumber.id]);
    expect(await p.slugs('12/QĐ-UBND')).toEqual([]);
    expect(await t.app.get(SearchIndexer).backfill()).toBe(1);
    expect(await p.slugs('12/QĐ-UBND')).toEqual([f.docNumber.slug]);
  });

  it('should search only the site of the Host header, and answer 404 for an unknown host', async () => {
    await t.ds.query(`INSERT INTO sites (code, slug, name, domains) VALUES ('30303', 'xa-khac', 'Xã Khác', ARRAY['xa-khac.gov.vn'])`);
    expect((await p.search({ q: 'quyết định' }, 'xa-khac.gov.vn').expect(200)).body).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
    expect((await p.search({ q: 'quyết định' }, 'khong-ton-tai.example').expect(404)).body.code).toBe('SITE_NOT_FOUND');
  });

  it('should refuse a missing, empty or too long query, an unknown type and a page below 1, naming the field', async () => {
    const cases: [Record<string, string | number>, string][] = [
      [{}, 'q'],
      [{ q: '   ' }, 'q'],
      [{ q: 'a'.repeat(201) }, 'q'],
      [{ q: 'xã', type: 'video' }, 'type'],
      [{ q: 'xã', page: 0 }, 'page'],
    ];
    for (const [query, field] of cases) {
      const res = await p.search(query).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    // NFC: a query typed with combining marks finds what precomposed text holds.
    expect(await p.slugs('chu\u031B\u0301ng cu\u031B\u0301')).toContain(f.evidence.slug);
    expect((await p.search({ q: 'a'.repeat(200) }).expect(200)).body.total).toBe(0);
  });
});

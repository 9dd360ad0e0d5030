import type { Page } from '@congxa/shared/dto/common';
import type { PublicArticle, PublicArticleSummary } from '@congxa/shared/dto/public-articles';
import { slugify } from '@congxa/shared/text';
import { DemoSeedService } from '../src/modules/demo/demo-seed.service';
import { DEMO_ARTICLES, DEMO_PASSWORD } from '../src/modules/demo/demo-content';
import { bearer, createTestApp, DEMO_EMAILS, login, type TestApp } from '../src/test-support/test-app';

const PUBLIC = '/api/v1/public';
const OTHER_HOST = 'xa-khac.gov.vn';
/** The footer of a site whose settings nobody filled in. */
const NO_FOOTER = {
  governingBody: null,
  address: null,
  phone: null,
  email: null,
  responsiblePerson: null,
  licence: null,
  footerNote: null,
  facebookUrl: null,
  zaloUrl: null,
  youtubeUrl: null,
  logoMediaId: null,
};

/** Articles that exist in the demo site but must never reach the public. */
const HIDDEN = [
  { slug: 'ban-nhap-chua-duyet', status: 'draft', live: null },
  { slug: 'tin-hen-gio-dang', status: 'scheduled', live: null },
  { slug: 'tin-da-go', status: 'unpublished', live: 'unpublished' },
  { slug: 'tin-cho-duyet', status: 'pending_approval', live: null },
];

/**
 * An article as the workflow leaves it, written in SQL for the fixture (the chain itself is tested in
 * articles-workflow): an item, its edition in `status`, a revision; a live one points at its edition.
 */
async function insertArticle(t: TestApp, siteId: string, a: { slug: string; status: string; live: string | null; title?: string }): Promise<void> {
  const title = a.title ?? `Bài ${a.slug}`;
  await t.ds.transaction(async (m) => {
    await m.query(`SELECT set_config('congxa.transition', 'on', true)`);
    const [item] = await m.query(
      `INSERT INTO content_items (site_id, type, slug, published_at) VALUES ($1, 'article', $2, CASE WHEN $3::varchar IS NULL THEN NULL ELSE now() - interval '1 minute' END) RETURNING id`,
      [siteId, a.slug, a.live],
    );
    const [ed] = await m.query(`INSERT INTO content_editions (item_id, site_id, number, status) VALUES ($1, $2, 1, $3) RETURNING id`, [
      item.id,
      siteId,
      a.live ? 'published' : a.status,
    ]);
    const [rev] = await m.query(
      `INSERT INTO content_revisions (item_id, edition_id, site_id, number, reason, title, content)
       VALUES ($1, $2, $3, 1, 'create', $4, '{"summary": "Tóm tắt", "body": "<p>Nội dung</p>"}') RETURNING id`,
      [item.id, ed.id, siteId, title],
    );
    await m.query(
      'UPDATE content_editions SET head_revision_id = $1, approved_revision_id = CASE WHEN $3::varchar IS NULL THEN NULL ELSE $1::uuid END WHERE id = $2',
      [rev.id, ed.id, a.live],
    );
    await m.query(
      'UPDATE content_items SET current_edition_id = $1, live_edition_id = CASE WHEN $3::varchar IS NULL THEN NULL ELSE $1::uuid END, live_status = $3 WHERE id = $2',
      [ed.id, item.id, a.live],
    );
  });
}

describe('public portal API (HTTP)', () => {
  let t: TestApp;
  const get = (path: string, host = 'localhost') => t.http().get(`${PUBLIC}${path}`).set('Host', host);

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(DemoSeedService).seedIfEmpty();
    const [demo] = await t.ds.query(`SELECT id FROM sites WHERE slug = 'an-hao-dong'`);
    for (const a of HIDDEN) await insertArticle(t, demo.id, a);
    const [other] = await t.ds.query(`INSERT INTO sites (code, slug, name, domains) VALUES ('30303', 'xa-khac', 'Xã Khác', ARRAY[$1]) RETURNING id`, [
      OTHER_HOST,
    ]);
    await insertArticle(t, other.id, { slug: 'tin-xa-khac', status: 'published', live: 'published', title: 'Tin của xã khác' });
  });
  afterAll(async () => {
    await t.close();
  });

  describe('site resolution', () => {
    it.each(['localhost', 'localhost:3000', 'LOCALHOST', '127.0.0.1:8080'])('should serve the demo site when the Host header is %s', async (host) => {
      const res = await get('/site', host).expect(200);
      expect(res.body).toEqual({ code: '99999', slug: 'an-hao-dong', name: 'Xã Ân Hảo Đông', settings: NO_FOOTER, banner: null });
    });

    it('should serve the site that owns the domain when the Host header is another site’s domain', async () => {
      const res = await get('/site', OTHER_HOST).expect(200);
      expect(res.body).toEqual({ code: '30303', slug: 'xa-khac', name: 'Xã Khác', settings: NO_FOOTER, banner: null });
    });

    it('should answer 404 SITE_NOT_FOUND on every public route when the host is unknown and no default site is configured', async () => {
      for (const path of ['/site', '/articles', `/articles/${slugify(DEMO_ARTICLES[0]!.title)}`]) {
        const vi = await get(path, 'khong-ton-tai.example').expect(404);
        expect(vi.body).toEqual({ statusCode: 404, code: 'SITE_NOT_FOUND', message: 'Không tìm thấy trang thông tin.' });
      }
      const en = await get('/site', 'khong-ton-tai.example').set('Accept-Language', 'en-US,en;q=0.9').expect(404);
      expect(en.body.message).toBe('Site not found.');
    });
  });

  describe('articles', () => {
    it('should list the published articles newest first with title, summary, date and category', async () => {
      const res = await get('/articles').expect(200);
      const page = res.body as Page<PublicArticleSummary>;
      expect(page).toMatchObject({ total: DEMO_ARTICLES.length, page: 1, pageSize: 20 });
      const expected = [...DEMO_ARTICLES].sort((a, b) => a.daysAgo - b.daysAgo);
      expect(page.items.map((a) => a.title)).toEqual(expected.map((a) => a.title));
      const times = page.items.map((a) => Date.parse(a.publishedAt));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
      const first = page.items[0]!;
      expect(Object.keys(first).sort()).toEqual(['category', 'coverImageId', 'featured', 'field', 'id', 'kind', 'publishedAt', 'slug', 'summary', 'title']);
      expect(first).toMatchObject({
        slug: slugify(expected[0]!.title),
        summary: expected[0]!.summary,
        category: { name: 'Tin chỉ đạo điều hành', slug: 'tin-chi-dao-dieu-hanh' },
      });
    });

    it('should return the next articles when a later page is asked for', async () => {
      const all = ((await get('/articles').expect(200)).body as Page<PublicArticleSummary>).items;
      const second = (await get('/articles?page=2&pageSize=2').expect(200)).body as Page<PublicArticleSummary>;
      expect(second).toMatchObject({ total: all.length, page: 2, pageSize: 2 });
      expect(second.items.map((a) => a.id)).toEqual(all.slice(2, 4).map((a) => a.id));
      const bad = await get('/articles?pageSize=0').expect(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
    });

    it('should return the whole article with body and author when it is asked for by slug', async () => {
      const demo = DEMO_ARTICLES.find((a) => a.category === 'Kinh tế')!;
      const res = await get(`/articles/${slugify(demo.title)}`).expect(200);
      const article = res.body as PublicArticle;
      expect(article).toMatchObject({
        title: demo.title,
        summary: demo.summary,
        body: demo.body,
        author: 'Hoàng Văn Cộng',
        category: { name: 'Kinh tế', slug: 'kinh-te' },
      });
      expect(Date.parse(article.updatedAt)).not.toBeNaN();
      expect(Object.keys(article).sort()).toEqual([
        'archived',
        'author',
        'body',
        'category',
        'coverImageId',
        'featured',
        'field',
        'id',
        'kind',
        'publishedAt',
        'slug',
        'source',
        'summary',
        'tags',
        'title',
        'updatedAt',
      ]);
    });

    it('should answer 404 NOT_FOUND when no article has the slug', async () => {
      const res = await get('/articles/khong-co-bai-nay').expect(404);
      expect(res.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    });

    it('should never list nor serve an article that is not published, even to a signed-in chief', async () => {
      const chief = await login(t, DEMO_EMAILS.chief, DEMO_PASSWORD);
      const listed = (await get('/articles?pageSize=100').set(bearer(chief)).expect(200)).body as Page<PublicArticleSummary>;
      expect(listed.total).toBe(DEMO_ARTICLES.length);
      const slugs = listed.items.map((a) => a.slug);
      for (const a of HIDDEN) {
        expect(slugs).not.toContain(a.slug);
        const res = await get(`/articles/${a.slug}`).set(bearer(chief));
        expect([a.slug, a.status, res.status]).toEqual([a.slug, a.status, 404]);
      }
    });

    it('should keep each site’s articles on its own domain', async () => {
      await get('/articles/tin-xa-khac').expect(404);
      const other = (await get('/articles', OTHER_HOST).expect(200)).body as Page<PublicArticleSummary>;
      expect(other).toMatchObject({ total: 1, items: [{ slug: 'tin-xa-khac', title: 'Tin của xã khác', category: null }] });
      await get(`/articles/${slugify(DEMO_ARTICLES[0]!.title)}`, OTHER_HOST).expect(404);
    });
  });

  describe('with DEFAULT_SITE configured', () => {
    let d: TestApp;
    beforeAll(async () => {
      // Configuration is read at start-up, so the fallback needs an app of its own.
      d = await createTestApp({ DEFAULT_SITE: 'an-hao-dong' });
      await d.app.get(DemoSeedService).seedIfEmpty();
    });
    afterAll(async () => {
      await d.close();
    });

    it('should serve the default site when the host matches no site', async () => {
      const site = await d.http().get(`${PUBLIC}/site`).set('Host', 'cong-thong-tin.example').expect(200);
      expect(site.body).toEqual({ code: '99999', slug: 'an-hao-dong', name: 'Xã Ân Hảo Đông', settings: NO_FOOTER, banner: null });
      const articles = await d.http().get(`${PUBLIC}/articles`).set('Host', 'cong-thong-tin.example').expect(200);
      expect(articles.body.total).toBe(DEMO_ARTICLES.length);
    });
  });
});

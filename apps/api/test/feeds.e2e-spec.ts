import { currentWeek, shiftWeek } from '@congxa/shared/schedule';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { CategoryResponse } from '@congxa/shared/dto/categories';
import type { Page } from '@congxa/shared/dto/common';
import type { FieldResponse } from '@congxa/shared/dto/fields';
import type { PublicArticle, PublicArticleSummary } from '@congxa/shared/dto/public-articles';
import type { PublicCategoryNode } from '@congxa/shared/dto/public-categories';
import { SITEMAP_LIMITS } from '../src/modules/feeds/feeds.service';
import { bearer, createTestApp, DEMO_SITE_SLUG, type DemoLogin, seedDemoAndLogin, type TestApp } from '../src/test-support/test-app';

/**
 * The portal's machine-readable face over HTTP: RSS feeds, the sitemap (and its index past the part size),
 * robots.txt and the public category tree, on content the workflow published. Every XML answer is checked
 * well-formed by a validating parser, then read element by element.
 */

const SITE = `/api/v1/sites/${DEMO_SITE_SLUG}`;
const OTHER_HOST = 'xa-khac.gov.vn';
const BIG_HOST = 'xa-lon.gov.vn';
const ORIGIN = 'http://localhost';

/** RFC 822 as RSS 2.0 wants it, four-digit year, GMT. */
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
/** W3C date-time, to the second, in UTC. */
const W3C = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** What this file publishes through the chain: category name → articles (the demo already has three). */
const ARTICLES = {
  escaping: {
    title: 'Khởi công cầu Suối Đá & đường <liên thôn> "Hội Phú"',
    summary: 'Cầu dài 24 m; vốn 3 tỷ đồng & nhân dân góp <công lao động>.',
    category: 'Kinh tế',
  },
  culture: { title: 'Hội thi văn nghệ quần chúng mừng Đảng, mừng Xuân', summary: 'Mười hai đội văn nghệ của các thôn tham gia.', category: 'Văn hóa - Xã hội' },
  news: { title: 'Đẩy mạnh cải cách hành chính trên địa bàn xã', summary: 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99%.', category: 'Tin tức - Sự kiện' },
  notice: { title: 'Thông báo lịch cắt điện tháng 12', summary: 'Cắt điện từ 7 giờ đến 17 giờ ngày Chủ nhật.', category: 'Thông báo' },
  withdrawn: { title: 'Tin sẽ được gỡ xuống', summary: 'Một tin cần kiểm tra lại số liệu.', category: 'Kinh tế' },
} as const;
type Name = keyof typeof ARTICLES;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => ['item', 'url', 'sitemap'].includes(name),
});

/** Refuse anything not well-formed (the validator reports the first error), then parse. */
function parseXml(text: string): Record<string, unknown> {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  return parser.parse(text) as Record<string, unknown>;
}

interface RssItem {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  pubDate: string;
  description: string;
  category?: string;
}
interface RssChannel {
  title: string;
  link: string;
  description: string;
  language: string;
  lastBuildDate: string;
  'atom:link': { '@_href': string; '@_rel': string; '@_type': string };
  item?: RssItem[];
}
interface SitemapUrl {
  loc: string;
  lastmod?: string;
}

describe('feeds, sitemap, robots.txt and the public category tree (HTTP)', () => {
  let t: TestApp;
  let tokens: Record<DemoLogin, string>;
  let categories: CategoryResponse[];
  const published = {} as Record<Name, { id: string; slug: string }>;
  const get = (path: string, host = 'localhost') => t.http().get(path).set('Host', host);
  const as = (who: DemoLogin) => ({
    get: (path: string) => t.http().get(`${SITE}${path}`).set(bearer(tokens[who])),
    post: (path: string, body: object) => t.http().post(`${SITE}${path}`).set(bearer(tokens[who])).send(body),
    patch: (path: string, body: object) => t.http().patch(`${SITE}${path}`).set(bearer(tokens[who])).send(body),
  });
  const categoryId = (name: string) => categories.find((c) => c.name === name)!.id;
  const slugOf = (name: string) => categories.find((c) => c.name === name)!.slug;

  async function rss(path: string, host = 'localhost'): Promise<{ channel: RssChannel; text: string; root: Record<string, string> }> {
    const res = await get(path, host).expect(200);
    expect(res.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    const doc = parseXml(res.text) as { rss: RssChannel & { channel: RssChannel } };
    return { channel: doc.rss.channel, text: res.text, root: doc.rss as unknown as Record<string, string> };
  }

  async function urlset(path: string, host = 'localhost'): Promise<SitemapUrl[]> {
    const res = await get(path, host).expect(200);
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    const doc = parseXml(res.text) as { urlset?: { '@_xmlns': string; url?: SitemapUrl[] } };
    expect(doc.urlset?.['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    return doc.urlset!.url ?? [];
  }

  /** The public list API's answer for the same selection: the feeds must agree with it. */
  async function listed(query = ''): Promise<PublicArticleSummary[]> {
    return ((await get(`/api/v1/public/articles?pageSize=100${query}`).expect(200)).body as Page<PublicArticleSummary>).items;
  }

  /** Through the chain: written by the contributor, assigned, verified, forwarded, approved by the chief. */
  async function publish(a: { title: string; summary: string; category: string }, field: FieldResponse, editorId: string) {
    const created = await as('contributor').post('/articles', { title: a.title }).expect(201);
    await as('contributor')
      .patch(`/articles/${created.body.id}`, {
        revision: created.body.revision,
        summary: a.summary,
        body: '<p>Nội dung chi tiết.</p>',
        categoryId: categoryId(a.category),
        fieldId: field.id,
        authorName: 'Hoàng Văn Cộng',
        authorAddress: 'Văn phòng UBND xã',
        noSecretConfirmed: true,
      })
      .expect(200);
    const act = (who: DemoLogin, body: object) => as(who).post(`/articles/${created.body.id}/transitions`, body).expect(201);
    await act('contributor', { action: 'submit' });
    await act('deputy', { action: 'assign', assigneeId: editorId });
    await act('editor', { action: 'verify' });
    await act('deputy', { action: 'forward' });
    await act('chief', { action: 'approve' });
    return { id: created.body.id as string, slug: created.body.slug as string };
  }

  /** An article as the workflow leaves it, written in SQL (for other sites than the demo board's). */
  async function insertPublished(siteId: string, slug: string, title: string, categoryId: string | null = null): Promise<void> {
    await t.ds.transaction(async (m) => {
      await m.query(`SELECT set_config('congxa.transition', 'on', true)`);
      const [item] = await m.query(`INSERT INTO content_items (site_id, type, slug, published_at) VALUES ($1, 'article', $2, now()) RETURNING id`, [
        siteId,
        slug,
      ]);
      const [ed] = await m.query(`INSERT INTO content_editions (item_id, site_id, number, status) VALUES ($1, $2, 1, 'published') RETURNING id`, [
        item.id,
        siteId,
      ]);
      const [rev] = await m.query(
        `INSERT INTO content_revisions (item_id, edition_id, site_id, number, reason, title, category_id, content)
         VALUES ($1, $2, $3, 1, 'create', $4, $5, '{"summary": "Tóm tắt của xã khác"}') RETURNING id`,
        [item.id, ed.id, siteId, title, categoryId],
      );
      await m.query('UPDATE content_editions SET head_revision_id = $1, approved_revision_id = $1 WHERE id = $2', [rev.id, ed.id]);
      await m.query(`UPDATE content_items SET current_edition_id = $1, live_edition_id = $1, live_status = 'published' WHERE id = $2`, [ed.id, item.id]);
    });
  }

  beforeAll(async () => {
    t = await createTestApp();
    tokens = await seedDemoAndLogin(t);
    categories = (await as('chief').get('/categories').expect(200)).body.items;
    const field = (await as('chief').get('/fields').expect(200)).body.items.find((f: FieldResponse) => f.name === 'Kinh tế') as FieldResponse;
    const members = (await as('chief').get('/members?pageSize=100').expect(200)).body.items as { email: string; userId: string }[];
    const editorId = members.find((m) => m.email === 'editor@demo.local')!.userId;
    for (const [name, a] of Object.entries(ARTICLES) as [Name, (typeof ARTICLES)[Name]][]) published[name] = await publish(a, field, editorId);

    // Another commune on its own domain, with one category and one article of its own.
    const [other] = await t.ds.query(`INSERT INTO sites (code, slug, name, domains) VALUES ('30303', 'xa-khac', 'Xã Khác', ARRAY[$1]) RETURNING id`, [
      OTHER_HOST,
    ]);
    const [cat] = await t.ds.query(`INSERT INTO categories (site_id, name, slug) VALUES ($1, 'Tin xã khác', 'tin-xa-khac') RETURNING id`, [other.id]);
    await insertPublished(other.id, 'tin-cua-xa-khac', 'Tin của xã khác', cat.id);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('RSS', () => {
    it('should answer a valid RSS 2.0 feed of the site’s published articles, newest first, with every required element', async () => {
      const { channel, root } = await rss('/rss.xml');
      expect(root['@_version']).toBe('2.0');
      expect(root['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
      expect(channel).toMatchObject({ title: 'Xã Ân Hảo Đông', link: `${ORIGIN}/`, language: 'vi' });
      expect(channel.description).toContain('Xã Ân Hảo Đông');
      expect(channel.lastBuildDate).toMatch(RFC822);
      expect(channel['atom:link']).toEqual({ '@_href': `${ORIGIN}/rss.xml`, '@_rel': 'self', '@_type': 'application/rss+xml' });

      const list = await listed();
      expect(list.length).toBe(3 + Object.keys(ARTICLES).length);
      const items = channel.item!;
      expect(items.map((i) => i.link)).toEqual(list.map((a) => `${ORIGIN}/tin-tuc/${a.slug}`));
      for (const [item, article] of items.map((i, n) => [i, list[n]!] as const)) {
        expect(item).toEqual({
          title: article.title,
          link: `${ORIGIN}/tin-tuc/${article.slug}`,
          guid: { '#text': `${ORIGIN}/tin-tuc/${article.slug}`, '@_isPermaLink': 'true' },
          pubDate: new Date(article.publishedAt).toUTCString(),
          description: article.summary,
          category: article.category!.name,
        });
        expect(item.pubDate).toMatch(RFC822);
      }
      const times = items.map((i) => Date.parse(i.pubDate));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
      // lastBuildDate: the newest change among the items.
      expect(Date.parse(channel.lastBuildDate)).toBeGreaterThanOrEqual(Math.max(...times));
    });

    it('should escape & and < in titles and summaries, and keep Vietnamese letters as they are', async () => {
      const { channel, text } = await rss('/rss.xml');
      expect(text).toContain('<title>Khởi công cầu Suối Đá &amp; đường &lt;liên thôn&gt; &quot;Hội Phú&quot;</title>');
      expect(text).toContain('<description>Cầu dài 24 m; vốn 3 tỷ đồng &amp; nhân dân góp &lt;công lao động&gt;.</description>');
      const item = channel.item!.find((i) => i.link.endsWith(`/tin-tuc/${published.escaping.slug}`))!;
      expect(item.title).toBe(ARTICLES.escaping.title);
      expect(item.description).toBe(ARTICLES.escaping.summary);
    });

    it('should cache for five minutes with an ETag, and answer 304 when the reader already has it', async () => {
      const first = await get('/rss.xml').expect(200);
      expect(first.headers['cache-control']).toBe('public, max-age=300');
      expect(first.headers.etag).toMatch(/^"[\w-]{32}"$/);
      const again = await get('/rss.xml').set('If-None-Match', first.headers.etag!).expect(304);
      expect(again.text ?? '').toBe('');
      expect((await get('/rss.xml').expect(200)).headers.etag).toBe(first.headers.etag);
    });

    it('should give a category’s feed its own articles and those of its direct subcategories, as the public list does', async () => {
      const parent = await rss(`/chuyen-muc/${slugOf('Tin tức - Sự kiện')}/rss.xml`);
      expect(parent.channel.title).toBe('Tin tức - Sự kiện — Xã Ân Hảo Đông');
      expect(parent.channel.link).toBe(`${ORIGIN}/chuyen-muc/${slugOf('Tin tức - Sự kiện')}`);
      expect(parent.channel['atom:link']['@_href']).toBe(`${ORIGIN}/chuyen-muc/${slugOf('Tin tức - Sự kiện')}/rss.xml`);
      const inParent = (await listed(`&category=${slugOf('Tin tức - Sự kiện')}`)).map((a) => `${ORIGIN}/tin-tuc/${a.slug}`);
      expect(parent.channel.item!.map((i) => i.link)).toEqual(inParent);
      expect(new Set(parent.channel.item!.map((i) => i.category))).toEqual(
        new Set(['Tin tức - Sự kiện', 'Tin chỉ đạo điều hành', 'Kinh tế', 'Văn hóa - Xã hội']),
      );
      expect(inParent).toContain(`${ORIGIN}/tin-tuc/${published.news.slug}`);
      expect(inParent).not.toContain(`${ORIGIN}/tin-tuc/${published.notice.slug}`);

      const economy = await rss(`/chuyen-muc/${slugOf('Kinh tế')}/rss.xml`);
      expect(economy.channel.item!.length).toBeGreaterThanOrEqual(2);
      expect(economy.channel.item!.every((i) => i.category === 'Kinh tế')).toBe(true);

      const empty = await rss(`/chuyen-muc/${slugOf('Giới thiệu')}/rss.xml`);
      expect(empty.channel.item).toBeUndefined();
    });

    it('should answer 404 CATEGORY_NOT_FOUND for a category the site does not have', async () => {
      const res = await get('/chuyen-muc/khong-co-chuyen-muc-nay/rss.xml').expect(404);
      expect(res.body).toMatchObject({ statusCode: 404, code: 'CATEGORY_NOT_FOUND' });
      await get('/chuyen-muc/tin-xa-khac/rss.xml').expect(404);
    });
  });

  describe('sitemap', () => {
    it('should list the home, every category, the reachable pages, the legal documents and every published article with its last change', async () => {
      const urls = await urlset('/sitemap.xml');
      const locs = urls.map((u) => u.loc);
      expect(new Set(locs).size).toBe(locs.length);
      expect(locs[0]).toBe(`${ORIGIN}/`);
      for (const c of categories) expect(locs).toContain(`${ORIGIN}/chuyen-muc/${c.slug}`);
      for (const path of ['/gioi-thieu', '/gioi-thieu/lich-su', '/lien-he']) expect(urls.find((u) => u.loc === `${ORIGIN}${path}`)?.lastmod).toMatch(W3C);
      const list = await listed();
      for (const a of list) {
        const url = urls.find((u) => u.loc === `${ORIGIN}/tin-tuc/${a.slug}`)!;
        const full = (await get(`/api/v1/public/articles/${a.slug}`).expect(200)).body as PublicArticle;
        expect(url.lastmod).toMatch(W3C);
        expect(Date.parse(url.lastmod!)).toBe(Math.floor(Date.parse(full.updatedAt) / 1000) * 1000);
      }
      // The legal documents' register and each published document (the demo has 10), the procedures and each procedure (10).
      const documents = locs.filter((l) => l.startsWith(`${ORIGIN}/van-ban/`));
      expect(documents.length).toBe(10);
      expect(locs).toContain(`${ORIGIN}/van-ban`);
      const procedures = locs.filter((l) => l.startsWith(`${ORIGIN}/thu-tuc/`));
      expect(procedures.length).toBe(10);
      expect(locs).toContain(`${ORIGIN}/thu-tuc`);
      // The schedule's front page and each published week (the demo has last week and this week).
      const weeks = locs.filter((l) => l.startsWith(`${ORIGIN}/lich-cong-tac/`));
      expect(weeks).toEqual([
        `${ORIGIN}/lich-cong-tac/${currentWeek().toLowerCase()}`,
        `${ORIGIN}/lich-cong-tac/${shiftWeek(currentWeek(), -1).toLowerCase()}`,
      ]);
      expect(locs).toContain(`${ORIGIN}/lich-cong-tac`);
      expect(urls.length).toBe(1 + categories.length + 3 + 1 + documents.length + 1 + procedures.length + 1 + weeks.length + list.length);
      expect(locs.some((l) => l.includes('tin-cua-xa-khac'))).toBe(false);
    });

    it('should become an index of parts, which together hold the same URLs in the same order, when the part size is exceeded', async () => {
      const whole = (await urlset('/sitemap.xml')).map((u) => u.loc);
      const saved = SITEMAP_LIMITS.urlsPerPart;
      SITEMAP_LIMITS.urlsPerPart = 4;
      try {
        const res = await get('/sitemap.xml').expect(200);
        expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
        const doc = parseXml(res.text) as { sitemapindex?: { '@_xmlns': string; sitemap: SitemapUrl[] }; urlset?: unknown };
        expect(doc.urlset).toBeUndefined();
        expect(doc.sitemapindex!['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
        const parts = doc.sitemapindex!.sitemap;
        expect(parts.map((p) => p.loc)).toEqual(Array.from({ length: Math.ceil(whole.length / 4) }, (_, i) => `${ORIGIN}/sitemap-${i + 1}.xml`));
        // The last parts hold articles: their newest change is given.
        expect(parts.at(-1)!.lastmod).toMatch(W3C);
        const joined: string[] = [];
        for (const p of parts) {
          const urls = await urlset(new URL(p.loc).pathname);
          expect(urls.length).toBeLessThanOrEqual(4);
          expect(urls.length).toBeGreaterThan(0);
          joined.push(...urls.map((u) => u.loc));
        }
        expect(joined).toEqual(whole);
        for (const bad of [`/sitemap-${parts.length + 1}.xml`, '/sitemap-0.xml', '/sitemap-abc.xml', '/sitemap-01.xml', '/sitemap--1.xml']) {
          expect([bad, (await get(bad)).status]).toEqual([bad, 404]);
        }
      } finally {
        SITEMAP_LIMITS.urlsPerPart = saved;
      }
      expect((await urlset('/sitemap.xml')).map((u) => u.loc)).toEqual(whole);
    });
  });

  describe('publishing and withdrawing', () => {
    it('should drop an unpublished article from the feeds and the sitemap at once', async () => {
      const link = `${ORIGIN}/tin-tuc/${published.withdrawn.slug}`;
      const categoryFeed = `/chuyen-muc/${slugOf('Kinh tế')}/rss.xml`;
      const before = await get('/rss.xml').expect(200);
      expect((await rss('/rss.xml')).channel.item!.map((i) => i.link)).toContain(link);
      expect((await rss(categoryFeed)).channel.item!.map((i) => i.link)).toContain(link);
      expect((await urlset('/sitemap.xml')).map((u) => u.loc)).toContain(link);

      await as('chief').post(`/articles/${published.withdrawn.id}/transitions`, { action: 'unpublish', note: 'Cần kiểm tra lại số liệu.' }).expect(201);

      expect((await rss('/rss.xml')).channel.item!.map((i) => i.link)).not.toContain(link);
      expect((await rss(categoryFeed)).channel.item!.map((i) => i.link)).not.toContain(link);
      expect((await urlset('/sitemap.xml')).map((u) => u.loc)).not.toContain(link);
      // A reader holding the old version gets the new one, not a 304.
      await get('/rss.xml').set('If-None-Match', before.headers.etag!).expect(200);
    });
  });

  describe('robots.txt', () => {
    it('should allow everything but the admin and the API, and name the sitemap on the request’s origin', async () => {
      const res = await get('/robots.txt').expect(200);
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(res.headers['cache-control']).toBe('public, max-age=300');
      expect(res.text).toBe(
        ['User-agent: *', 'Allow: /', 'Disallow: /admin/', 'Disallow: /api/', 'Allow: /api/v1/public/media/', '', `Sitemap: ${ORIGIN}/sitemap.xml`, ''].join(
          '\n',
        ),
      );
      expect((await get('/robots.txt', `${OTHER_HOST}:8443`).expect(200)).text).toContain(`Sitemap: http://${OTHER_HOST}:8443/sitemap.xml`);
    });

    it('should not believe X-Forwarded-Proto or X-Forwarded-Host unless TRUST_PROXY is set', async () => {
      const res = await get('/robots.txt').set('X-Forwarded-Proto', 'https').set('X-Forwarded-Host', 'gia-mao.example').expect(200);
      expect(res.text).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
    });

    it('should answer 404 SITE_NOT_FOUND on every root URL when the host is no site’s', async () => {
      for (const path of ['/robots.txt', '/rss.xml', '/sitemap.xml', '/sitemap-1.xml', '/chuyen-muc/kinh-te/rss.xml', '/api/v1/public/categories']) {
        const res = await get(path, 'khong-ton-tai.example').expect(404);
        expect([path, res.body.code]).toEqual([path, 'SITE_NOT_FOUND']);
      }
    });
  });

  describe('the public category tree', () => {
    it('should answer the site’s categories as a tree, siblings in the editors’ order', async () => {
      const res = await get('/api/v1/public/categories').expect(200);
      const tree = res.body as PublicCategoryNode[];
      expect(tree.map((c) => c.name)).toEqual(['Tin tức - Sự kiện', 'Thông báo', 'Giới thiệu']);
      expect(Object.keys(tree[0]!).sort()).toEqual(['children', 'id', 'name', 'parentId', 'position', 'slug']);
      expect(tree[0]).toMatchObject({ parentId: null, slug: slugOf('Tin tức - Sự kiện'), position: 0 });
      expect(tree[0]!.children.map((c) => [c.name, c.parentId, c.children])).toEqual([
        ['Tin chỉ đạo điều hành', tree[0]!.id, []],
        ['Kinh tế', tree[0]!.id, []],
        ['Văn hóa - Xã hội', tree[0]!.id, []],
      ]);
      const flat = (nodes: PublicCategoryNode[]): PublicCategoryNode[] => nodes.flatMap((n) => [n, ...flat(n.children)]);
      expect(
        flat(tree)
          .map((c) => c.id)
          .sort(),
      ).toEqual(categories.map((c) => c.id).sort());
    });

    it('should carry an ETag and answer 304 when nothing changed, and the change when something did', async () => {
      const first = await get('/api/v1/public/categories').expect(200);
      expect(first.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
      await get('/api/v1/public/categories').set('If-None-Match', first.headers.etag!).expect(304);
      const c = categories.find((x) => x.name === 'Giới thiệu')!;
      await as('chief').patch(`/categories/${c.id}`, { revision: c.revision, name: 'Giới thiệu chung' }).expect(200);
      const changed = await get('/api/v1/public/categories').set('If-None-Match', first.headers.etag!).expect(200);
      expect((changed.body as PublicCategoryNode[]).map((x) => x.name)).toContain('Giới thiệu chung');
    });
  });

  describe('another site on its own domain', () => {
    it('should see only its own articles, categories and URLs', async () => {
      const { channel } = await rss('/rss.xml', OTHER_HOST);
      expect(channel.title).toBe('Xã Khác');
      expect(channel.link).toBe(`http://${OTHER_HOST}/`);
      expect(channel.item!.map((i) => [i.title, i.link, i.category])).toEqual([
        ['Tin của xã khác', `http://${OTHER_HOST}/tin-tuc/tin-cua-xa-khac`, 'Tin xã khác'],
      ]);
      expect((await rss('/chuyen-muc/tin-xa-khac/rss.xml', OTHER_HOST)).channel.item).toHaveLength(1);
      await get(`/chuyen-muc/${slugOf('Kinh tế')}/rss.xml`, OTHER_HOST).expect(404);

      const urls = (await urlset('/sitemap.xml', OTHER_HOST)).map((u) => u.loc);
      expect(urls).toEqual([`http://${OTHER_HOST}/`, `http://${OTHER_HOST}/chuyen-muc/tin-xa-khac`, `http://${OTHER_HOST}/tin-tuc/tin-cua-xa-khac`]);

      const tree = (await get('/api/v1/public/categories', OTHER_HOST).expect(200)).body as PublicCategoryNode[];
      expect(tree.map((c) => [c.name, c.slug, c.children])).toEqual([['Tin xã khác', 'tin-xa-khac', []]]);

      expect((await rss('/rss.xml')).channel.item!.map((i) => i.title)).not.toContain('Tin của xã khác');
    });
  });

  describe('past 50,000 URLs (the protocol’s limit, unlowered)', () => {
    const COUNT = 50_001;
    beforeAll(async () => {
      // 50,001 published articles with the rows the workflow leaves (item, live edition, approved revision), in bulk.
      const [site] = await t.ds.query(`INSERT INTO sites (code, slug, name, domains) VALUES ('70707', 'xa-lon', 'Xã Lớn', ARRAY[$1]) RETURNING id`, [BIG_HOST]);
      await t.ds.transaction(async (m) => {
        await m.query(`SELECT set_config('congxa.transition', 'on', true)`);
        await m.query(
          `INSERT INTO content_items (site_id, type, slug, published_at, live_updated_at)
           SELECT $1, 'article', 'bai-' || g, timestamptz '2026-01-01 00:00Z' + g * interval '1 minute', timestamptz '2026-01-01 00:00Z' + g * interval '1 minute'
             FROM generate_series(1, $2::int) g`,
          [site.id, COUNT],
        );
        await m.query(
          `INSERT INTO content_editions (item_id, site_id, number, status) SELECT id, site_id, 1, 'published' FROM content_items WHERE site_id = $1`,
          [site.id],
        );
        await m.query(
          `INSERT INTO content_revisions (item_id, edition_id, site_id, number, reason, title, content)
           SELECT e.item_id, e.id, e.site_id, 1, 'create', 'Tin số ' || i.slug, '{"summary": "Tóm tắt"}' FROM content_editions e JOIN content_items i ON i.id = e.item_id WHERE e.site_id = $1`,
          [site.id],
        );
        await m.query(
          `UPDATE content_editions e SET head_revision_id = r.id, approved_revision_id = r.id FROM content_revisions r WHERE r.edition_id = e.id AND e.site_id = $1`,
          [site.id],
        );
        await m.query(
          `UPDATE content_items i SET current_edition_id = e.id, live_edition_id = e.id, live_status = 'published' FROM content_editions e WHERE e.item_id = i.id AND i.site_id = $1`,
          [site.id],
        );
      });
      await t.ds.query('ANALYZE content_items');
    }, 120_000);

    it('should answer a sitemap index of two parts, the first with exactly 50,000 URLs', async () => {
      expect(SITEMAP_LIMITS.urlsPerPart).toBe(50_000);
      const started = Date.now();
      const res = await get('/sitemap.xml', BIG_HOST).expect(200);
      const index = parseXml(res.text) as { sitemapindex: { sitemap: SitemapUrl[] } };
      expect(index.sitemapindex.sitemap).toEqual([
        { loc: `http://${BIG_HOST}/sitemap-1.xml`, lastmod: '2026-02-04T17:19:00Z' },
        { loc: `http://${BIG_HOST}/sitemap-2.xml`, lastmod: '2026-02-04T17:21:00Z' },
      ]);
      const first = await urlset('/sitemap-1.xml', BIG_HOST);
      expect(first).toHaveLength(50_000);
      expect(first[0]).toEqual({ loc: `http://${BIG_HOST}/` });
      expect(first[1]).toEqual({ loc: `http://${BIG_HOST}/tin-tuc/bai-1`, lastmod: '2026-01-01T00:01:00Z' });
      const second = await urlset('/sitemap-2.xml', BIG_HOST);
      expect(second.map((u) => u.loc)).toEqual([`http://${BIG_HOST}/tin-tuc/bai-50000`, `http://${BIG_HOST}/tin-tuc/bai-50001`]);
      await get('/sitemap-3.xml', BIG_HOST).expect(404);
      console.log(`[feeds.e2e] sitemap index and both parts over ${COUNT} articles: ${Date.now() - started} ms (parsing included)`);

      const { channel } = await rss('/rss.xml', BIG_HOST);
      expect(channel.item).toHaveLength(50);
      expect(channel.item![0]!.link).toBe(`http://${BIG_HOST}/tin-tuc/bai-50001`);
    });
  });
  // Last: a second app in this process takes over passport's (process-wide) JWT strategy, so signed-in
  // requests to the first app would no longer be recognised after it starts.
  describe('behind a trusted proxy', () => {
    let p: TestApp;
    beforeAll(async () => {
      p = await createTestApp({ TRUST_PROXY: 'true' });
      await p.ds.query(`INSERT INTO sites (code, slug, name, domains) VALUES ('50505', 'xa-proxy', 'Xã Sau Proxy', ARRAY['xa-proxy.gov.vn'])`);
    });
    afterAll(async () => {
      await p.close();
    });

    it('should write https URLs on the forwarded host when the proxy says the client used them', async () => {
      const res = await p
        .http()
        .get('/robots.txt')
        .set('Host', 'xa-proxy.gov.vn')
        .set('X-Forwarded-Proto', 'https')
        .set('X-Forwarded-Host', 'www.xa-proxy.gov.vn')
        .expect(200);
      expect(res.text).toContain('Sitemap: https://www.xa-proxy.gov.vn/sitemap.xml');
      const feed = await p.http().get('/rss.xml').set('Host', 'xa-proxy.gov.vn').set('X-Forwarded-Proto', 'https').expect(200);
      const channel = (parseXml(feed.text) as { rss: { channel: RssChannel } }).rss.channel;
      expect(channel['atom:link']['@_href']).toBe('https://xa-proxy.gov.vn/rss.xml');
      expect(channel.item).toBeUndefined();
    });
  });
});

import type { Page } from '@congxa/shared/dto/common';
import type { PublicArticleSummary } from '@congxa/shared/dto/public-articles';
import { PublicCache } from '../src/common/cache/public-cache';
import { insertArticle } from '../src/test-support/content-fixtures';
import { bearer, createTestApp, DEMO_SITE_SLUG, seedDemoAndLogin, type DemoLogin, type TestApp } from '../src/test-support/test-app';

/**
 * The public portal rendered on the server by the API process (the public app's server build, which
 * `npm test` builds first): every page type is complete HTML with its meta, without running any script.
 */
describe('server-rendered portal (HTTP)', () => {
  let t: TestApp;
  let tokens: Record<DemoLogin, string>;
  let latest: PublicArticleSummary[];
  const page = (path: string, host = 'localhost') => t.http().get(path).set('Host', host);
  /** The value of a meta tag (name= or property=) in the HTML. */
  const meta = (html: string, key: string) => new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1];
  const jsonLd = (html: string) => JSON.parse(/<script type="application\/ld\+json" data-h>(.*?)<\/script>/s.exec(html)![1]!) as Record<string, unknown>;
  const state = (html: string) => JSON.parse(/<script type="application\/json" id="congxa-state">(.*?)<\/script>/s.exec(html)![1]!) as Record<string, unknown>;
  const title = (html: string) => /<title data-h>(.*?)<\/title>/.exec(html)?.[1];

  beforeAll(async () => {
    t = await createTestApp({ CONGXA_SERVE_APPS: '1' });
    tokens = await seedDemoAndLogin(t);
    const [demo] = await t.ds.query(`SELECT id FROM sites WHERE slug = $1`, [DEMO_SITE_SLUG]);
    await insertArticle(t, demo.id, { slug: 'tin-da-go', status: 'unpublished', live: 'unpublished', title: 'Tin đã gỡ' });
    await insertArticle(t, demo.id, {
      slug: 'thong-bao-co-ky-tu-dac-biet',
      status: 'published',
      live: 'published',
      title: 'Thông báo <khẩn> & "quan trọng"',
      summary: 'Tóm tắt có <thẻ> & dấu "ngoặc"',
    });
    latest = ((await t.http().get('/api/v1/public/articles?pageSize=50').set('Host', 'localhost').expect(200)).body as Page<PublicArticleSummary>).items;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('should render the home page with the site, the menu and the latest articles as real links', async () => {
    const res = await page('/').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
    const html = res.text;
    expect(html).toMatch(/^<!doctype html>\s*<html lang="vi">/);
    expect(title(html)).toBe('Xã Ân Hảo Đông');
    expect(html).toContain('data-testid="site-name">Xã Ân Hảo Đông<');
    for (const a of latest.slice(0, 5)) expect(html).toContain(`href="/tin-tuc/${a.slug}"`);
    // The menu: pages and categories, links that work without scripts.
    expect(html).toContain('href="/gioi-thieu"');
    expect(html).toMatch(/href="\/chuyen-muc\/[a-z0-9-]+"/);
    expect(jsonLd(html)).toMatchObject({ '@type': 'WebSite', name: 'Xã Ân Hảo Đông' });
    expect(meta(html, 'og:title')).toBe('Xã Ân Hảo Đông');
    expect(html).toContain('<link rel="canonical" href="http://localhost/"');
    // The state the browser hydrates from, as a data block (no inline script for the CSP).
    expect(state(html)).toMatchObject({ origin: 'http://localhost', page: { key: '/', result: { status: 200 } } });
  });

  it('should escape what editors typed, in the markup, the head and the state', async () => {
    const html = (await page('/tin-tuc/thong-bao-co-ky-tu-dac-biet').expect(200)).text;
    expect(html).toContain('Thông báo &lt;khẩn&gt; &amp; &quot;quan trọng&quot;');
    expect(html).not.toContain('<khẩn>');
    expect(html).not.toContain('<thẻ>');
    expect(meta(html, 'description')).toBe('Tóm tắt có &lt;thẻ&gt; &amp; dấu &quot;ngoặc&quot;');
    expect(state(html)).toMatchObject({ page: { result: { data: { article: { title: 'Thông báo <khẩn> & "quan trọng"' } } } } });
  });

  it('should render an article with its provenance, dates as dd/mm/yyyy, sharing tags and NewsArticle data', async () => {
    const a = latest.find((x) => x.slug !== 'thong-bao-co-ky-tu-dac-biet')!;
    const res = await page(`/tin-tuc/${a.slug}`).expect(200);
    const html = res.text;
    expect(title(html)).toBe(`${a.title} – Xã Ân Hảo Đông`);
    expect(html).toContain(`<h1 class="article__title">${a.title}</h1>`);
    expect(html).toMatch(/Ngày đăng \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(meta(html, 'og:type')).toBe('article');
    expect(meta(html, 'og:url')).toBe(`http://localhost/tin-tuc/${a.slug}`);
    expect(meta(html, 'article:published_time')).toBe(a.publishedAt);
    expect(jsonLd(html)).toMatchObject({ '@type': 'NewsArticle', headline: a.title, datePublished: a.publishedAt, publisher: { name: 'Xã Ân Hảo Đông' } });
    expect(html).toContain(`href="/tin-tuc/${a.slug}/in"`);
    expect(html).toContain('https://www.facebook.com/sharer/sharer.php?u=');
    if (a.category) expect(html).toContain(`href="/chuyen-muc/${a.category.slug}"`);
  });

  it('should render the print view without the menu, not to be indexed', async () => {
    const a = latest[0]!;
    const html = (await page(`/tin-tuc/${a.slug}/in`).expect(200)).text;
    expect(html).toContain('data-testid="article"');
    expect(html).not.toContain('data-testid="site-menu"');
    expect(meta(html, 'robots')).toBe('noindex');
    expect(html).toContain(`<link rel="canonical" href="http://localhost/tin-tuc/${a.slug}"`);
  });

  it('should render a category with its articles and real pagination links, and 404 past the last page', async () => {
    const withCategory = latest.find((x) => x.category)!;
    const slug = withCategory.category!.slug;
    const html = (await page(`/chuyen-muc/${slug}`).expect(200)).text;
    expect(html).toContain(`<h1 id="category-title" class="panel__title">${withCategory.category!.name}</h1>`);
    expect(html).toContain(`href="/tin-tuc/${withCategory.slug}"`);
    expect(html).toContain(`href="/chuyen-muc/${slug}/rss.xml"`);
    await page(`/chuyen-muc/${slug}?trang=999`).expect(404);
    await page('/chuyen-muc/khong-co-chuyen-muc-nay').expect(404);
  });

  it('should render a page of the page tree with its breadcrumb', async () => {
    const html = (await page('/gioi-thieu/lich-su').expect(200)).text;
    expect(html).toContain('data-testid="page"');
    expect(html).toMatch(/<nav class="breadcrumb"[^>]*>.*href="\/gioi-thieu"/s);
    expect(jsonLd(html)).toMatchObject({ '@type': 'WebPage' });
  });

  it('should render search results with the hits marked, found without diacritics', async () => {
    const a = latest[0]!;
    const words = a.title.split(/\s+/).slice(0, 2).join(' ');
    const folded = words.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    const html = (await page(`/tim-kiem?q=${encodeURIComponent(folded)}`).expect(200)).text;
    expect(html).toContain('data-testid="search-result"');
    expect(html).toContain('<mark>');
    expect(html).toContain(`href="/tin-tuc/${a.slug}"`);
    expect(meta(html, 'robots')).toBe('noindex');
    // The form works without scripts: a GET to the same URL.
    expect(html).toMatch(/<form[^>]*method="get"[^>]*action="\/tim-kiem"/);
  });

  it('should answer 404 with the not-found page for an unknown path and article', async () => {
    for (const path of ['/khong-co-trang-nay', '/tin-tuc/khong-co-bai-nay']) {
      const html = (await page(path).expect(404)).text;
      expect(html).toContain('data-status="404"');
      expect(title(html)).toBe('Không tìm thấy trang – Xã Ân Hảo Đông');
    }
  });

  it('should answer 410 with the notice for a withdrawn article', async () => {
    const html = (await page('/tin-tuc/tin-da-go').expect(410)).text;
    expect(html).toContain('Tin bài đã được gỡ xuống');
  });

  it('should render the portal’s own words in English under /en', async () => {
    const html = (await page('/en').expect(200)).text;
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('Skip to main content');
    expect(html).toMatch(/href="\/en\/tin-tuc\/[a-z0-9-]+"/);
    await page('/en/khong-co').expect(404);
  });

  it('should answer 304 to a revalidation with the same ETag', async () => {
    const first = await page('/').expect(200);
    expect(first.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"/);
    await page('/').set('If-None-Match', etag).expect(304);
  });

  it('should send the page compressed as the browser asks, brotli first, each with its own ETag', async () => {
    const plain = await page('/').set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    // supertest decodes brotli and gzip: the header says what travelled, the text that it is the same page.
    const br = await page('/').set('Accept-Encoding', 'gzip, deflate, br').expect(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Host, Accept-Encoding');
    expect(br.text).toBe(plain.text);
    const gz = await page('/').set('Accept-Encoding', 'gzip;q=1, br;q=0').expect(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.text).toBe(plain.text);
    const etags = new Set([plain.headers.etag, br.headers.etag, gz.headers.etag]);
    expect(etags.size).toBe(3);
    await page('/')
      .set('Accept-Encoding', 'br')
      .set('If-None-Match', br.headers.etag as string)
      .expect(304);
    // Another encoding's validator does not match this representation.
    await page('/')
      .set('Accept-Encoding', 'identity')
      .set('If-None-Match', br.headers.etag as string)
      .expect(200);
  });

  it('should render a page once and serve it from the cache until the site changes', async () => {
    const cache = t.app.get(PublicCache);
    await page('/tin-tuc/thong-bao-co-ky-tu-dac-biet?lan=1').expect(200);
    const before = cache.stats();
    const again = await page('/tin-tuc/thong-bao-co-ky-tu-dac-biet?lan=1').expect(200);
    // One hit for the page itself (and for the host lookup); nothing rendered again.
    expect(cache.stats().misses).toBe(before.misses);
    expect(cache.stats().hits).toBeGreaterThan(before.hits);
    // Another host naming the same site keeps its own page (its links and canonical URL name that host).
    const other = (await page('/tin-tuc/thong-bao-co-ky-tu-dac-biet?lan=1', '127.0.0.1').expect(200)).text;
    expect(other).toContain('<link rel="canonical" href="http://127.0.0.1/tin-tuc/thong-bao-co-ky-tu-dac-biet"');
    expect(again.text).toContain('<link rel="canonical" href="http://localhost/tin-tuc/thong-bao-co-ky-tu-dac-biet"');
  });

  it('should show an unpublished article as withdrawn on the next request', async () => {
    const a = latest.find((x) => x.slug !== 'thong-bao-co-ky-tu-dac-biet')!;
    await page(`/tin-tuc/${a.slug}`).expect(200);
    expect((await page('/').expect(200)).text).toContain(`href="/tin-tuc/${a.slug}"`);
    await t
      .http()
      .post(`/api/v1/sites/${DEMO_SITE_SLUG}/articles/${a.id}/transitions`)
      .set(bearer(tokens.chief))
      .send({ action: 'unpublish', note: 'Gỡ để kiểm tra lại số liệu.' })
      .expect(201);
    await page(`/tin-tuc/${a.slug}`).expect(410);
    expect((await page('/').expect(200)).text).not.toContain(`href="/tin-tuc/${a.slug}"`);
  });

  it('should answer 301 from the old address of a renamed article, for the page, its print view and in English', async () => {
    const a = latest.find((x) => x.slug !== 'thong-bao-co-ky-tu-dac-biet' && x.slug !== latest[0]!.slug)!;
    const as = `/api/v1/sites/${DEMO_SITE_SLUG}/articles/${a.id}`;
    const current = (await t.http().get(as).set(bearer(tokens.chief)).expect(200)).body as { revision: number };
    await t.http().patch(as).set(bearer(tokens.chief)).send({ revision: current.revision, slug: 'dia-chi-moi' }).expect(200);

    const old = await page(`/tin-tuc/${a.slug}?nguon=zalo`).expect(301);
    expect(old.headers.location).toBe('/tin-tuc/dia-chi-moi?nguon=zalo');
    expect((await page(`/tin-tuc/${a.slug}/in`).expect(301)).headers.location).toBe('/tin-tuc/dia-chi-moi/in');
    expect((await page(`/en/tin-tuc/${a.slug}`).expect(301)).headers.location).toBe('/en/tin-tuc/dia-chi-moi');
    expect(title((await page('/tin-tuc/dia-chi-moi').expect(200)).text)).toBe(`${a.title} – Xã Ân Hảo Đông`);
    // The API answers the old slug with the article under its current one (the portal compares them).
    const api = await t.http().get(`/api/v1/public/articles/${a.slug}`).set('Host', 'localhost').expect(200);
    expect(api.body.slug).toBe('dia-chi-moi');
    // Renamed again: both old addresses lead to the newest one.
    const again = (await t.http().get(as).set(bearer(tokens.chief)).expect(200)).body as { revision: number };
    await t.http().patch(as).set(bearer(tokens.chief)).send({ revision: again.revision, slug: 'dia-chi-moi-nhat' }).expect(200);
    expect((await page(`/tin-tuc/${a.slug}`).expect(301)).headers.location).toBe('/tin-tuc/dia-chi-moi-nhat');
    expect((await page('/tin-tuc/dia-chi-moi').expect(301)).headers.location).toBe('/tin-tuc/dia-chi-moi-nhat');
  });

  it('should send a public JSON answer again from memory, with its headers, ETag and compression, until the site changes', async () => {
    const cache = t.app.get(PublicCache);
    const path = `/api/v1/public/articles?pageSize=50&page=1`; // over 1 KB: compressed when asked
    const first = await t.http().get(path).set('Host', 'localhost').expect(200);
    const before = cache.stats();
    const again = await t.http().get(path).set('Host', 'localhost').expect(200);
    // The whole answer came from memory (a kept answer missing would count a miss) — the same bytes and headers.
    expect(cache.stats().misses).toBe(before.misses);
    expect(cache.stats().hits).toBe(before.hits + 1); // the answer (the host's site is remembered)
    expect(again.text).toBe(first.text);
    for (const h of ['etag', 'cache-control', 'vary', 'content-type', 'content-security-policy', 'x-content-type-options'])
      expect(again.headers[h]).toBe(first.headers[h]);
    await t
      .http()
      .get(path)
      .set('Host', 'localhost')
      .set('If-None-Match', first.headers.etag as string)
      .expect(304);
    const gz = await t.http().get(path).set('Host', 'localhost').set('Accept-Encoding', 'gzip').expect(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body).toEqual(first.body);
    // Signed-in requests are not answered from it (and not stored by anyone).
    const signedIn = await t.http().get(path).set('Host', 'localhost').set(bearer(tokens.chief)).expect(200);
    expect(signedIn.headers['cache-control']).toBe('no-store');
    // A change to the site: the next request computes the answer again.
    await cache.invalidate((await t.ds.query(`SELECT id FROM sites WHERE slug = $1`, [DEMO_SITE_SLUG]))[0].id);
    const misses = cache.stats().misses;
    await t.http().get(path).set('Host', 'localhost').expect(200);
    expect(cache.stats().misses).toBeGreaterThan(misses);
  });

  it('should serve another site’s portal from its own domain only', async () => {
    await t.ds.query(`INSERT INTO sites (code, slug, name, domains) VALUES ('30303', 'xa-khac', 'Xã Khác', ARRAY['xa-khac.gov.vn'])`);
    const html = (await page('/', 'xa-khac.gov.vn').expect(200)).text;
    expect(title(html)).toBe('Xã Khác');
    expect(html).not.toContain(`href="/tin-tuc/${latest[0]!.slug}"`);
  });
});

import { join } from 'node:path';
import { REPO_ROOT, startApp, type RunningApp } from '../support/start-app';

/** The portal run on its own (apps/public/scripts/serve.mjs) against the API in another process. */
describe('portal on its own against a remote API (built apps)', () => {
  let api: RunningApp;
  let portal: RunningApp;

  beforeAll(async () => {
    api = await startApp();
    // startApp waits for GET /api/v1/health: answered through the portal's pass-through to the API.
    portal = await startApp({ mainJs: join(REPO_ROOT, 'apps/public/scripts/serve.mjs'), env: { CONGXA_API_URL: api.baseUrl } });
  });
  afterAll(async () => {
    await portal?.stop();
    await api?.stop();
  });

  it('should render the pages with the API’s data, pass the API’s own URLs through and serve the assets', async () => {
    const home = await fetch(`${portal.baseUrl}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await home.text();
    expect(html).toContain('Xã Ân Hảo Đông');
    const slug = /href="\/tin-tuc\/([a-z0-9-]+)"/.exec(html)?.[1];
    expect(slug).toBeDefined();

    const article = await fetch(`${portal.baseUrl}/tin-tuc/${slug}`);
    expect(article.status).toBe(200);
    expect(await article.text()).toMatch(/<h1 class="article__title">[^<]+<\/h1>/);
    expect((await fetch(`${portal.baseUrl}/khong-co-trang-nay`)).status).toBe(404);

    const json = await fetch(`${portal.baseUrl}/api/v1/public/articles/${slug}`);
    expect(json.status).toBe(200);
    expect(((await json.json()) as { slug: string }).slug).toBe(slug);
    const feed = await fetch(`${portal.baseUrl}/rss.xml`);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain('<rss');

    const script = /<script type="module"[^>]*src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    const asset = await fetch(`${portal.baseUrl}${script}`, { headers: { 'Accept-Encoding': 'br' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${portal.baseUrl}/assets/../../package.json`)).status).not.toBe(200);
  });
});

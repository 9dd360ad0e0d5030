import { rm } from 'node:fs/promises';
import type { LoginResponse, MeResponse } from '@congxa/shared/dto/auth';
import { makeDataDir, startApp, type RunningApp } from '../support/start-app';

const CHIEF = { email: 'chief@demo.local', password: 'CongXa@demo1' };
const DEMO_SITE_SLUG = 'an-hao-dong';
/** What the demo seeder logs when (and only when) it creates the demo data. */
const SEED_BANNER = /Demo data created/;

async function login(baseUrl: string): Promise<LoginResponse> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(CHIEF),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as LoginResponse;
}

async function me(baseUrl: string, token: string): Promise<MeResponse> {
  const response = await fetch(`${baseUrl}/api/v1/me`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as MeResponse;
}

async function publicArticleTotal(baseUrl: string): Promise<number> {
  const response = await fetch(`${baseUrl}/api/v1/public/articles?page=1&pageSize=10`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { total: number }).total;
}

describe('embedded mode (built app, PGlite, demo data)', () => {
  let dataDir: string;
  let app: RunningApp | null = null;

  beforeAll(async () => {
    dataDir = await makeDataDir('congxa-smoke-');
  });

  afterEach(async () => {
    // A failed test must not leave the server running.
    if (app && !app.exit()) await app.stop().catch(() => undefined);
    app = null;
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  let articlesOnFirstRun = 0;

  it('should serve the API, both SPAs and JSON/HTML 404s when started on an empty data dir', async () => {
    app = await startApp({ dataDir });
    const { baseUrl } = app;
    try {
      const session = await login(baseUrl);
      expect(session.accessToken).toEqual(expect.any(String));
      expect(session.user.email).toBe(CHIEF.email);

      const profile = await me(baseUrl, session.accessToken);
      const membership = profile.memberships.find((m) => m.site.slug === DEMO_SITE_SLUG);
      expect(membership?.role).toBe('chief');
      expect(membership?.permissions).toContain('member.remove');

      articlesOnFirstRun = await publicArticleTotal(baseUrl);
      expect(articlesOnFirstRun).toBeGreaterThan(0);
      expect(app.output()).toMatch(SEED_BANNER);

      const home = await fetch(`${baseUrl}/`);
      expect(home.status).toBe(200);
      expect(home.headers.get('content-type')).toMatch(/text\/html/);
      const homeHtml = await home.text();
      expect(homeHtml).toContain('<html lang="vi">');
      expect(homeHtml).toContain('<div id="app">');
      expect(homeHtml).not.toContain('/admin/assets/');

      const admin = await fetch(`${baseUrl}/admin/`);
      expect(admin.status).toBe(200);
      expect(admin.headers.get('content-type')).toMatch(/text\/html/);
      expect(await admin.text()).toContain('/admin/assets/');

      // Deep links into the admin SPA get its index.html too.
      const adminDeep = await fetch(`${baseUrl}/admin/dang-nhap`);
      expect(adminDeep.status).toBe(200);
      expect(await adminDeep.text()).toContain('/admin/assets/');

      const apiMissing = await fetch(`${baseUrl}/api/v1/nope`);
      expect(apiMissing.status).toBe(404);
      expect(apiMissing.headers.get('content-type')).toMatch(/application\/json/);
      expect(await apiMissing.json()).toMatchObject({ statusCode: 404, code: 'ROUTE_NOT_FOUND' });

      const pageMissing = await fetch(`${baseUrl}/khong-co-trang-nay`);
      expect(pageMissing.status).toBe(404);
      expect(pageMissing.headers.get('content-type')).toMatch(/text\/html/);
      expect(await pageMissing.text()).toContain('<div id="app">');
    } catch (error) {
      throw new Error(`${String(error)}\n--- app output ---\n${app.output()}`, { cause: error });
    }

    const exit = await app.stop();
    expect(exit).toEqual({ code: 0, signal: null });
  });

  it('should keep the demo data and not seed again when restarted on the same data dir', async () => {
    app = await startApp({ dataDir });
    try {
      const session = await login(app.baseUrl);
      const profile = await me(app.baseUrl, session.accessToken);
      expect(profile.memberships.find((m) => m.site.slug === DEMO_SITE_SLUG)?.role).toBe('chief');
      expect(await publicArticleTotal(app.baseUrl)).toBe(articlesOnFirstRun);
      expect(app.output()).not.toMatch(SEED_BANNER);
    } catch (error) {
      throw new Error(`${String(error)}\n--- app output ---\n${app.output()}`, { cause: error });
    }

    const exit = await app.stop();
    expect(exit).toEqual({ code: 0, signal: null });
  });
});

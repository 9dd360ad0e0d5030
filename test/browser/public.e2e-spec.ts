import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, horizontalOverflow, launchChromium, newTestContext, screenshot, watchConsole } from './chromium';
import { describeBrowser, sharedApp, type SharedApp } from './shared-app';

/**
 * The public portal in real Chromium, as a reader meets it: server-rendered pages that hydrate into an SPA
 * without a mismatch, a phone menu, links followed without reloading, the header search, the reading aids
 * remembered across reloads, complete pages with scripts off, the print view, and axe-core (WCAG 2.0/2.1 A
 * and AA) on every kind of page at phone and desktop widths. Screenshots go to
 * test-output/screenshots/public-*.png. What the server answers (status codes, headers, redirects) is
 * apps/api/test/portal.e2e-spec.ts's business, not this file's.
 */

const SITE_NAME = 'Xã Ân Hảo Đông';
/** Seeded by the demo data (apps/api/src/modules/demo/demo-content.ts); no other test file changes it. */
const ARTICLE = { slug: 'thong-bao-lich-tiep-cong-dan-thang-12-nam-2026', title: 'Thông báo lịch tiếp công dân tháng 12 năm 2026' };
const ARTICLE_PATH = `/tin-tuc/${ARTICLE.slug}`;
const PAGE = { path: '/gioi-thieu', title: 'Giới thiệu xã Ân Hảo Đông' };
const CATEGORY = { path: '/chuyen-muc/tin-tuc-su-kien', name: 'Tin tức - Sự kiện' };
const SEARCH_PATH = '/tim-kiem?q=tiep+cong+dan';
/** A demo legal document that replaces an earlier one (demo-content.ts DEMO_DOCUMENTS). */
const DOCUMENT = {
  path: '/van-ban/quyet-dinh-ban-hanh-quy-che-lam-viec-cua-uy-ban-nhan-dan-xa-an-hao-dong-thay-the-quyet-dinh-so-15-qd-ubnd',
  title: 'Quyết định ban hành Quy chế làm việc của Ủy ban nhân dân xã Ân Hảo Đông (thay thế Quyết định số 15/QĐ-UBND)',
};
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } as const;
const DESKTOP = { viewport: { width: 1280, height: 800 } } as const;

/**
 * A reader's context under the portal's real Content-Security-Policy (newTestContext bypasses it for axe):
 * a script or style the policy refuses shows up as a console error. The browser speaks en-US in New York,
 * so a date formatted in the browser's zone instead of Vietnam's would not match the server's HTML.
 */
function readerContext(browser: Browser, options: { phone: boolean; javaScriptEnabled?: boolean }): Promise<BrowserContext> {
  return browser.newContext({
    ...(options.phone ? PHONE : DESKTOP),
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    locale: 'en-US',
    timezoneId: 'America/New_York',
  });
}

/** watchConsole's errors and failed requests, plus console warnings (a dev build's hydration details are warnings). */
function watchPage(page: Page): () => string[] {
  const problems = watchConsole(page);
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(`console.warn: ${message.text()}`);
  });
  return () => [...problems(), ...warnings];
}

/**
 * Waits until Vue has hydrated the server's HTML (mount sets #app.__vue_app__). A mismatch has been
 * reported by then: hydration, and the mounted hooks it flushes, run inside mount.
 */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean((document.getElementById('app') as unknown as { __vue_app__?: unknown } | null)?.__vue_app__));
}

/** The tab's title once the client has applied it (head tags follow the route a tick after it changes). */
async function titleOf(page: Page, expected: string): Promise<string> {
  await page.waitForFunction((t) => document.title === t, expected, { timeout: 5_000 }).catch(() => undefined);
  return page.title();
}

const h1Text = async (page: Page) => ((await page.locator('h1').first().textContent()) ?? '').trim();

/** Set before a click, still there after it: the page was not reloaded. */
const setMarker = (page: Page) => page.evaluate(() => ((window as unknown as { __marker?: number }).__marker = 1));
const marker = (page: Page) => page.evaluate(() => (window as unknown as { __marker?: number }).__marker ?? null);

/** Anchors a reader without scripts could not follow (no href, "#", javascript:). */
const deadLinks = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('a')]
      .filter((a) => {
        const href = a.getAttribute('href') ?? '';
        return href === '' || href === '#' || href.startsWith('javascript:');
      })
      .map((a) => a.outerHTML.slice(0, 120)),
  );

/** Lower case without diacritics ("Tiếp" → "tiep", "đ" → "d"), to compare a highlight with the query. */
const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase();

describeBrowser('public portal in Chromium', () => {
  let app: SharedApp;
  let browser: Browser;
  let context: BrowserContext | undefined;
  const url = (path: string) => `${app.baseUrl}${path}`;

  beforeAll(async () => {
    app = sharedApp();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  it('should let a phone reader open the menu and follow links without a reload, and go back', async () => {
    context = await readerContext(browser, { phone: true });
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.goto(url('/'));
    await hydrated(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect((await page.getByTestId('site-name').textContent())?.trim()).toBe(SITE_NAME);
    const items = page.getByTestId('article-item');
    expect(await items.count()).toBeGreaterThan(0);
    expect(await items.first().locator('time').textContent()).toMatch(/^Ngày đăng \d{2}\/\d{2}\/\d{4}$/);
    expect(await horizontalOverflow(page)).toBe(0);
    await setMarker(page);

    // The menu folds behind its button on a phone, and the button says whether it is open.
    const toggle = page.getByTestId('menu-toggle');
    const menu = page.getByTestId('site-menu');
    expect(await page.getByRole('button', { name: 'Danh mục', exact: true }).getAttribute('aria-expanded')).toBe('false');
    expect(await menu.isHidden()).toBe(true);
    await toggle.tap();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect((await toggle.textContent())?.trim()).toContain('Đóng danh mục');
    await menu.getByRole('link', { name: 'Trang chủ' }).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await toggle.tap();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await menu.waitFor({ state: 'hidden' });

    // A page from the menu: shown in place, the menu folds again, focus moves to the new content.
    await toggle.tap();
    await menu.getByRole('link', { name: PAGE.title, exact: true }).tap();
    await page.waitForURL(url(PAGE.path));
    await page.getByRole('heading', { level: 1, name: PAGE.title }).waitFor();
    expect(await titleOf(page, `${PAGE.title} – ${SITE_NAME}`)).toBe(`${PAGE.title} – ${SITE_NAME}`);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(await marker(page)).toBe(1);

    await page.goBack();
    await page.waitForURL(url('/'));
    await items.first().waitFor();

    // An article from the list: its title becomes the heading and the tab's title, without a reload.
    const link = items.first().locator('.news-item__title a');
    const title = ((await link.textContent()) ?? '').trim();
    expect(title.length).toBeGreaterThan(0);
    await link.tap();
    await page.waitForURL(/\/tin-tuc\/[a-z0-9-]+$/);
    await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
    expect(((await page.locator('.article__body').textContent()) ?? '').trim().length).toBeGreaterThan(0);
    expect(await titleOf(page, `${title} – ${SITE_NAME}`)).toBe(`${title} – ${SITE_NAME}`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await marker(page)).toBe(1);

    // Back: the home page again, still the same document.
    await page.goBack();
    await page.waitForURL(url('/'));
    await page.getByRole('heading', { level: 1, name: SITE_NAME }).waitFor();
    expect(await titleOf(page, SITE_NAME)).toBe(SITE_NAME);
    expect(await items.count()).toBeGreaterThan(0);
    expect(await marker(page)).toBe(1);
    expect(problems()).toEqual([]);
  });

  it('should send the header search to /tim-kiem?q= and highlight the words found', async () => {
    context = await readerContext(browser, { phone: false });
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.goto(url('/'));
    await hydrated(page);
    await page.getByRole('searchbox', { name: 'Tìm trên trang' }).fill('tiếp công dân');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/tim-kiem');
    expect(new URL(page.url()).searchParams.get('q')).toBe('tiếp công dân');
    await hydrated(page);

    expect(await h1Text(page)).toBe('Tìm kiếm');
    expect(await page.getByTestId('search-form').getByRole('searchbox').inputValue()).toBe('tiếp công dân');
    expect(await page.getByTestId('search-count').textContent()).toContain('tiếp công dân');
    const results = page.getByTestId('search-result');
    expect(await results.count()).toBeGreaterThan(0);
    expect(await results.locator(`a[href="${ARTICLE_PATH}"]`).count()).toBe(1);
    // Highlights: some, and each made of the query's words only (accents aside).
    const marks = await results.locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.map(plain)).toContain('tiep cong dan');
    const words = new Set(['tiep', 'cong', 'dan']);
    expect(marks.flatMap((m) => plain(m).split(/\s+/)).filter((w) => !words.has(w))).toEqual([]);
    expect(await titleOf(page, `Tìm kiếm: tiếp công dân – ${SITE_NAME}`)).toBe(`Tìm kiếm: tiếp công dân – ${SITE_NAME}`);
    expect(problems()).toEqual([]);
  });

  it('should enlarge the text and raise the contrast, and keep both after a reload', async () => {
    context = await readerContext(browser, { phone: true });
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.goto(url(ARTICLE_PATH));
    await hydrated(page);
    const root = page.locator('html');
    const fontSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    const larger = page.getByRole('button', { name: /^A\+ / });
    const contrast = page.getByRole('button', { name: 'Tương phản cao' });
    expect(await fontSize()).toBe('17px');
    expect(await root.getAttribute('class')).not.toMatch(/text-lg|contrast/);

    await larger.tap();
    expect(await root.getAttribute('class')).toContain('text-lg');
    expect(await fontSize()).toBe('21px');
    expect(await larger.getAttribute('aria-pressed')).toBe('true');
    await contrast.tap();
    expect((await root.getAttribute('class'))?.split(' ')).toContain('contrast');
    expect(await contrast.getAttribute('aria-pressed')).toBe('true');
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('congxa.a11y'))) ?? 'null')).toEqual({ size: 1, contrast: true });
    expect(await horizontalOverflow(page)).toBe(0);

    // After a reload the classes are there before the body is parsed (public/a11y.js in the head), so
    // the page never flashes at the small size; the buttons say so once hydrated.
    await page.addInitScript(() => {
      new MutationObserver((_records, observer) => {
        if (!document.body) return;
        (window as unknown as { __classAtBody?: string }).__classAtBody = document.documentElement.className;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    await hydrated(page);
    const atBody = await page.evaluate(() => (window as unknown as { __classAtBody?: string }).__classAtBody ?? '');
    expect(atBody.split(' ')).toEqual(expect.arrayContaining(['js', 'text-lg', 'contrast']));
    expect(await fontSize()).toBe('21px');
    expect(await larger.getAttribute('aria-pressed')).toBe('true');
    expect(await contrast.getAttribute('aria-pressed')).toBe('true');

    // Back to normal, and remembered too.
    await page.getByRole('button', { name: /^A / }).tap();
    await contrast.tap();
    expect(await root.getAttribute('class')).not.toMatch(/text-lg|contrast/);
    expect(await fontSize()).toBe('17px');
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('congxa.a11y'))) ?? 'null')).toEqual({ size: 0, contrast: false });
    expect(problems()).toEqual([]);
  });

  it('should serve complete, readable pages with real links when JavaScript is off', async () => {
    context = await readerContext(browser, { phone: true, javaScriptEnabled: false });
    const page = await context.newPage();
    const problems = watchPage(page);

    await page.goto(url('/'));
    // a11y.js never ran: the menu is not folded, and a reader without scripts sees every link in it.
    expect(await page.locator('html').getAttribute('class')).toBeNull();
    expect((await page.getByTestId('site-name').textContent())?.trim()).toBe(SITE_NAME);
    const menu = page.getByTestId('site-menu');
    expect(await menu.isVisible()).toBe(true);
    for (const name of ['Trang chủ', 'Tin tức', PAGE.title, CATEGORY.name]) {
      expect(await menu.getByRole('link', { name, exact: true }).isVisible()).toBe(true);
    }
    const links = page.getByTestId('article-item').locator('.news-item__title a');
    expect(await links.count()).toBeGreaterThan(0);
    expect(await links.first().getAttribute('href')).toMatch(/^\/tin-tuc\/[a-z0-9-]+$/);
    expect(await deadLinks(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);

    // The link is followed by the browser itself: the server sends the whole article.
    const title = ((await links.first().textContent()) ?? '').trim();
    const href = (await links.first().getAttribute('href'))!;
    await links.first().click();
    await page.waitForURL(url(href));
    expect(await h1Text(page)).toBe(title);
    expect(await page.title()).toBe(`${title} – ${SITE_NAME}`);
    expect(((await page.locator('.article__body').textContent()) ?? '').trim().length).toBeGreaterThan(20);
    expect(await page.getByTestId('article-meta').locator('time').first().textContent()).toMatch(/^Ngày đăng \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(await page.getByTestId('print-link').getAttribute('href')).toBe(`${href}/in`);
    expect(await deadLinks(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);

    // The header's search is a plain form.
    await page.getByRole('searchbox', { name: 'Tìm trên trang' }).fill('tiep cong dan');
    await page.getByRole('searchbox', { name: 'Tìm trên trang' }).press('Enter');
    await page.waitForURL(url(SEARCH_PATH));
    expect(await h1Text(page)).toBe('Tìm kiếm');
    const results = page.getByTestId('search-result');
    expect(await results.count()).toBeGreaterThan(0);
    expect(await results.locator(`a[href="${ARTICLE_PATH}"]`).count()).toBe(1);
    expect(await results.locator('mark').count()).toBeGreaterThan(0);
    expect(await deadLinks(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(problems()).toEqual([]);
  });

  interface PortalPage {
    name: string;
    path: string;
    status: number;
    h1: string;
    /** What else must be on the page; returns what is wrong. */
    check?: (page: Page, viewport: 'phone' | 'desktop') => Promise<string[]>;
    /** Kept as test-output/screenshots/public-<name>-<viewport>.png. */
    screenshot?: boolean;
  }

  const atLeastOne = (testId: string) => async (page: Page) => ((await page.getByTestId(testId).count()) > 0 ? [] : [`no [data-testid="${testId}"]`]);

  const PAGES: PortalPage[] = [
    { name: 'home', path: '/', status: 200, h1: SITE_NAME, check: atLeastOne('article-item'), screenshot: true },
    {
      name: 'article',
      path: ARTICLE_PATH,
      status: 200,
      h1: ARTICLE.title,
      check: async (page) => ((await page.locator('.article__body').textContent())?.includes('tiếp công dân') ? [] : ['the article body is missing']),
      screenshot: true,
    },
    { name: 'category', path: CATEGORY.path, status: 200, h1: CATEGORY.name, check: atLeastOne('article-item') },
    { name: 'page', path: PAGE.path, status: 200, h1: PAGE.title },
    { name: 'search', path: SEARCH_PATH, status: 200, h1: 'Tìm kiếm', check: atLeastOne('search-result'), screenshot: true },
    { name: 'documents', path: '/van-ban', status: 200, h1: 'Văn bản', check: atLeastOne('document-table'), screenshot: true },
    {
      name: 'document',
      path: DOCUMENT.path,
      status: 200,
      h1: DOCUMENT.title,
      check: async (page) => [
        ...(await atLeastOne('validity-reason')(page)),
        ...(await atLeastOne('document-files')(page)),
        ...(await atLeastOne('document-relations')(page)),
      ],
      screenshot: true,
    },
    { name: 'procedures', path: '/thu-tuc', status: 200, h1: 'Thủ tục hành chính', check: atLeastOne('procedure-table'), screenshot: true },
    {
      name: 'procedure',
      path: '/thu-tuc/1-001193-dang-ky-khai-sinh',
      status: 200,
      h1: 'Đăng ký khai sinh',
      check: async (page) => [
        ...(await atLeastOne('procedure-dossier')(page)),
        ...(await atLeastOne('procedure-basis')(page)),
        ...(await atLeastOne('procedure-national')(page)),
      ],
      screenshot: true,
    },
    { name: 'procedure-print', path: '/thu-tuc/1-001193-dang-ky-khai-sinh/in', status: 200, h1: 'Đăng ký khai sinh', check: atLeastOne('print-button') },
    { name: 'not-found', path: '/khong-co-trang-nay', status: 404, h1: 'Không tìm thấy trang' },
    {
      name: 'english',
      path: '/en',
      status: 200,
      h1: SITE_NAME,
      check: async (page, viewport) => {
        const wrong: string[] = [];
        const lang = await page.locator('html').getAttribute('lang');
        if (lang !== 'en') wrong.push(`html lang="${lang}"`);
        if (viewport === 'phone' && (await page.getByRole('button', { name: 'Menu', exact: true }).count()) !== 1) wrong.push('no "Menu" button');
        return wrong;
      },
    },
  ];

  it.each(['phone', 'desktop'] as const)('should hydrate every kind of page without a console error or warning, and pass axe, on a %s', async (viewport) => {
    context = await newTestContext(browser, { phone: viewport === 'phone' });
    const page = await context.newPage();
    const problems = watchPage(page);
    const report: Record<string, string[]> = {};
    for (const p of PAGES) {
      const seen = problems().length;
      const response = await page.goto(url(p.path));
      await hydrated(page);
      await page.evaluate(() => document.fonts.ready);
      const wrong: string[] = [];
      if (response?.status() !== p.status) wrong.push(`HTTP ${response?.status()}, want ${p.status}`);
      const h1 = await h1Text(page);
      if (h1 !== p.h1) wrong.push(`h1 "${h1}", want "${p.h1}"`);
      wrong.push(...((await p.check?.(page, viewport)) ?? []));
      const overflow = await horizontalOverflow(page);
      if (overflow > 0) wrong.push(`${overflow} px wider than the screen`);
      wrong.push(...(await axeViolations(page)).map((v) => `axe: ${v}`));
      wrong.push(...problems().slice(seen));
      if (p.screenshot) await screenshot(page, `public-${p.name}-${viewport}`);
      if (wrong.length) report[`${p.name} ${p.path}`] = wrong;
    }
    expect(report).toEqual({});
  });

  it('should show the print view with the article and without the site navigation', async () => {
    context = await readerContext(browser, { phone: false });
    const page = await context.newPage();
    const problems = watchPage(page);
    const siteChrome = () => page.locator('header, footer, nav, .site-nav, [data-testid="site-menu"]').count();
    const expectPrintView = async () => {
      await page.getByRole('heading', { level: 1, name: ARTICLE.title }).waitFor();
      expect(await siteChrome()).toBe(0);
      expect(await page.locator('.article__body').textContent()).toContain('tiếp công dân');
      expect(await page.locator('.print__site').textContent()).toContain(SITE_NAME);
      expect(await page.locator('.print__url').textContent()).toBe(url(ARTICLE_PATH));
      expect(await titleOf(page, `${ARTICLE.title} (Bản in) – ${SITE_NAME}`)).toBe(`${ARTICLE.title} (Bản in) – ${SITE_NAME}`);
    };

    // From the article's "In bài" link (the layout changes in place) …
    await page.goto(url(ARTICLE_PATH));
    await hydrated(page);
    expect(await siteChrome()).toBeGreaterThan(0);
    await page.getByTestId('print-link').click();
    await page.waitForURL(url(`${ARTICLE_PATH}/in`));
    await expectPrintView();

    // … and loaded directly (a bookmarked print view), then as the printer sees it.
    const response = await page.reload();
    expect(response?.status()).toBe(200);
    await hydrated(page);
    await expectPrintView();
    const printButton = page.getByTestId('print-button');
    expect(await printButton.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await printButton.isHidden()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(problems()).toEqual([]);
  });
});

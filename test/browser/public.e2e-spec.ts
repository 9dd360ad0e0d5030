import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, screenshot, watchConsole } from './chromium';
import { describeBrowser, sharedApp, type SharedApp } from './shared-app';

const SITE_NAME = 'Xã Ân Hảo Đông';

describeBrowser('public portal in Chromium (phone)', () => {
  let app: SharedApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: () => string[];

  beforeAll(async () => {
    app = sharedApp();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'vi-VN',
    });
    page = await context.newPage();
    problems = watchConsole(page);
  });

  afterEach(async () => {
    // Undefined when beforeAll or beforeEach failed: that failure is the one to report.
    await context?.close();
  });

  it('should show the site name and the latest articles, and open one when its title is tapped', async () => {
    await page.goto(`${app.baseUrl}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    const siteName = page.getByTestId('site-name');
    await page.waitForFunction(() => document.querySelector('[data-testid="site-name"]')?.textContent?.trim());
    expect(await siteName.textContent()).toBe(SITE_NAME);

    const items = page.getByTestId('article-item');
    await items.first().waitFor();
    expect(await items.count()).toBeGreaterThan(0);
    const firstDate = await items.first().locator('time').textContent();
    expect(firstDate).toMatch(/^Ngày đăng \d{2}\/\d{2}\/\d{4}$/);
    // The page fits the phone: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'public-home-phone');

    const link = items.first().getByRole('link');
    const title = (await link.textContent())?.trim() ?? '';
    expect(title.length).toBeGreaterThan(0);
    await link.click();
    await page.waitForURL(/\/tin-tuc\/[a-z0-9-]+$/);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect((await heading.textContent())?.trim()).toBe(title);
    expect(((await page.locator('.article__body').textContent()) ?? '').trim().length).toBeGreaterThan(0);
    expect(await page.title()).toBe(`${title} – ${SITE_NAME}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'public-article-phone');

    // A direct load of the article URL (a shared link) shows the article too.
    await page.goto(page.url());
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(problems()).toEqual([]);
  });

  it('should show the Vietnamese not-found page with a 404 when the path is unknown', async () => {
    const response = await page.goto(`${app.baseUrl}/khong-co-trang-nay`);
    expect(response?.status()).toBe(404);
    const heading = page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' });
    await heading.waitFor();
    await page.getByRole('link', { name: 'Về trang chủ' }).waitFor();
    await screenshot(page, 'public-not-found-phone');
  });

  it('should show the not-found page when an article slug does not exist', async () => {
    await page.goto(`${app.baseUrl}/tin-tuc/bai-viet-khong-ton-tai`);
    await page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' }).waitFor();
  });
});

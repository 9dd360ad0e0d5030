import type { Browser, BrowserContext, Page } from 'playwright-core';
import { encodeTcvn3, encodeViqr, encodeVni } from '@congxa/shared/text';
import { DEMO, openAdmin, signIn } from './admin-session';
import { axeViolations, launchChromium, screenshot } from './chromium';
import { describeBrowser, sharedApp, type SharedApp } from './shared-app';

/** A volunteer contributor with no field: any signed-in user may use the tool. */
const USER = DEMO.contributor2;

const NOTICE = [
  'THÔNG BÁO',
  'Ủy ban nhân dân xã Ân Hảo Đông thông báo lịch tiếp công dân tháng Mười hai.',
  'Người dân đến Bộ phận Một cửa vào sáng thứ Hai.',
].join('\n');

describeBrowser('"Chuyển mã" tool page in Chromium', () => {
  let app: SharedApp;
  let browser: Browser;
  let context: BrowserContext | undefined;
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
    ({ context, page, problems } = await openAdmin(browser));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.baseUrl });
    await signIn(app.baseUrl, page, USER);
  });

  afterEach(async () => {
    // Undefined when beforeAll or beforeEach failed: that failure is the one to report.
    const current = context;
    context = undefined;
    if (!current) return;
    await current.close();
    // Only the expected 401: the session refresh at start-up, before signing in.
    expect(problems().filter((p) => p !== 'HTTP 401 POST /api/v1/auth/refresh')).toEqual([]);
  });

  const source = () => page.getByLabel('Văn bản cần chuyển');
  const convert = () => page.getByRole('button', { name: 'Chuyển mã', exact: true }).click();
  const outcome = () => page.getByTestId('text-outcome');

  /** From wherever sign-in landed, through the sidebar's "Công cụ" group. */
  async function openTool(): Promise<void> {
    await page.getByTestId('main-nav').getByRole('link', { name: 'Chuyển mã TCVN3, VNI' }).click();
    await page.waitForURL('**/admin/chuyen-ma');
    await page.getByRole('heading', { level: 1, name: 'Chuyển mã văn bản sang Unicode' }).waitFor();
  }

  it('should convert pasted TCVN3 text, show it before and after, and copy the result when the user pastes from an old document', async () => {
    await openTool();
    expect(await page.title()).toBe('Chuyển mã · Quản trị Trang thông tin điện tử xã');

    // A real paste through the clipboard: the soft hyphen (ư) must survive it.
    const legacy = encodeTcvn3(NOTICE);
    expect(legacy).toContain('\u00ad');
    await page.evaluate((text) => navigator.clipboard.writeText(text), legacy);
    await source().focus();
    await page.keyboard.press('Control+V');
    expect(await source().inputValue()).toBe(legacy);

    await convert();
    await outcome().waitFor();
    expect(await outcome().textContent()).toMatch(/Đã nhận ra bảng mã TCVN3 \(độ tin cậy \d+%\) và chuyển sang Unicode\./);
    const after = page.getByTestId('text-after');
    expect(await after.innerText()).toBe(NOTICE);
    expect(await page.getByTestId('text-before').innerText()).toBe(legacy);
    // Every line changed, and each is marked.
    expect(await after.locator('.text-tool__line--changed').count()).toBe(3);
    // Focus moves to the result so a screen reader reads it next.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('text-result-title');
    expect(await page.getByTestId('nav-text-convert').getAttribute('aria-current')).toBe('page');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'admin-text-tool-tcvn3');

    await page.getByRole('button', { name: 'Sao chép kết quả' }).click();
    await page.getByTestId('copy-status').getByText('Đã sao chép kết quả.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(NOTICE);
  });

  it('should convert VNI when chosen, and use an H font named in the hint for TCVN3 capitals', async () => {
    await page.goto(`${app.baseUrl}/admin/chuyen-ma`);
    await source().fill(encodeVni('Tiếng Việt là ngôn ngữ chính thức.'));
    await page.getByLabel('Bảng mã của văn bản').selectOption('vni');
    await convert();
    await outcome().getByText('Đã chuyển từ bảng mã VNI sang Unicode.').waitFor();
    expect(await page.getByTestId('text-after').innerText()).toBe('Tiếng Việt là ngôn ngữ chính thức.');

    await source().fill(encodeTcvn3('cộng hòa xã hội chủ nghĩa việt nam'));
    await page.getByLabel('Bảng mã của văn bản').selectOption('auto');
    await page.getByLabel('Phông chữ của văn bản gốc (không bắt buộc)').fill('.VnTimeH');
    await convert();
    await page.getByTestId('text-after').getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').waitFor();
    await screenshot(page, 'admin-text-tool-h-font');
  });

  it('should leave Unicode alone and convert VIQR only when it is chosen', async () => {
    await page.goto(`${app.baseUrl}/admin/chuyen-ma`);
    await source().fill(NOTICE);
    await convert();
    await outcome().getByText('Văn bản đã là chữ Unicode, không cần chuyển.').waitFor();
    expect(await page.getByTestId('text-after').innerText()).toBe(NOTICE);
    expect(await page.locator('.text-tool__line--changed').count()).toBe(0);

    const viqr = encodeViqr(NOTICE);
    await source().fill(viqr);
    await convert();
    await outcome().getByText('Văn bản có vẻ gõ kiểu VIQR.', { exact: false }).waitFor();
    expect(await page.getByTestId('text-after').innerText()).toBe(viqr);

    await page.getByLabel('Bảng mã của văn bản').selectOption('viqr');
    await convert();
    await outcome().getByText('Đã chuyển từ bảng mã VIQR sang Unicode.').waitFor();
    expect(await page.getByTestId('text-after').innerText()).toBe(NOTICE);
  });

  it('should ask for text beside the box when nothing was pasted, and speak English when switched', async () => {
    await page.goto(`${app.baseUrl}/admin/chuyen-ma`);
    await convert();
    expect(await page.locator('#source-text-error').textContent()).toBe('Vui lòng nhập thông tin này.');
    expect(await source().getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('source-text');

    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Convert text to Unicode' }).waitFor();
    await page.getByLabel('Text to convert').fill('Tieáng Vieät');
    await page.getByRole('button', { name: 'Convert', exact: true }).click();
    await outcome().getByText('Detected the VNI encoding', { exact: false }).waitFor();
    expect(await page.getByTestId('text-after').innerText()).toBe('Tiếng Việt');
    await screenshot(page, 'admin-text-tool-en');
    await page.getByLabel('Language').selectOption('vi');
  });
});

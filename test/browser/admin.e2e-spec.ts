import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO, DEMO_SITE, fillSignIn, openAdmin } from './admin-session';
import { axeViolations, launchChromium, screenshot } from './chromium';
import { describeBrowser, sharedApp, type SharedApp } from './shared-app';

/** The chief editor of the demo commune (apps/api/src/modules/demo/demo-content.ts). */
const CHIEF_NAME = 'Nguyễn Văn Trưởng';
const SITE_NAME = 'Xã Ân Hảo Đông';
/** Only the expected 401s: the session refresh at start-up without a cookie (and after signing out). */
const onlyExpected = (problems: string[]) => problems.filter((p) => p !== 'HTTP 401 POST /api/v1/auth/refresh');

describeBrowser('admin SPA in Chromium', () => {
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
    ({ context, page, problems } = await openAdmin(browser));
  });

  afterEach(async () => {
    // Undefined when beforeAll or beforeEach failed: that failure is the one to report.
    await context?.close();
  });

  async function openLogin(): Promise<void> {
    await page.goto(`${app.baseUrl}/admin/`);
    await page.waitForURL('**/admin/dang-nhap');
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
  }

  /** The links of the sidebar, in order. */
  const navLinks = async () => (await page.getByTestId('main-nav').getByRole('link').allTextContents()).map((s) => s.trim());

  it('should show the Vietnamese error beside the form when the password is wrong', async () => {
    await openLogin();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    // Signed out: no shell (navigation, user menu) around the form.
    expect(await page.getByTestId('main-nav').count()).toBe(0);
    expect(await page.getByTestId('user-menu').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'admin-login');

    await fillSignIn(page, DEMO.chief, 'sai-mat-khau-1');
    const error = page.getByTestId('login-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Email hoặc mật khẩu không đúng.');
    // Focus moves to the message so a screen reader announces it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('login-error');
    expect(page.url()).toContain('/admin/dang-nhap');
    await screenshot(page, 'admin-login-wrong-password');
  });

  it('should show field messages when the form is sent empty or the email is malformed', async () => {
    await openLogin();
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const emailInput = page.getByLabel('Email');
    expect(await emailInput.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#email-error').textContent()).toBe('Vui lòng nhập thông tin này.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('email');

    // The API's VALIDATION_FAILED details land beside the field they are about.
    await fillSignIn(page, 'khong-phai-email', 'mat-khau-bat-ky');
    await page.locator('#email-error').getByText('Không phải địa chỉ email hợp lệ.').waitFor();
    expect(await page.getByTestId('login-error').textContent()).toContain('Dữ liệu gửi lên không hợp lệ.');
    expect(await page.locator('#password-error').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'admin-login-validation');
  });

  it('should sign in to the site dashboard, keep the session across a reload, relabel in English, and sign out when the chief uses the form', async () => {
    await openLogin();
    await fillSignIn(page, DEMO.chief);

    // A site member lands on the dashboard of their site.
    const dashboardUrl = `${app.baseUrl}/admin/sites/${DEMO_SITE}`;
    await page.waitForURL(dashboardUrl);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.getByText('Việc của tôi').waitFor();
    await page.getByText(`Xin chào, ${CHIEF_NAME}`).waitFor();
    // The shell: who is signed in, on which site, and what they may open.
    expect((await page.getByTestId('user-menu').textContent())?.trim()).toContain(CHIEF_NAME);
    expect((await page.getByTestId('current-site').textContent())?.trim()).toBe(SITE_NAME);
    const role = page.getByTestId('dashboard-role');
    expect(await role.textContent()).toContain(`Vai trò của bạn ở ${SITE_NAME}: Trưởng ban biên tập`);
    // The chief manages the board: the administration links are there (members replace the old "Gỡ thành viên" on the dashboard).
    expect(await navLinks()).toEqual(expect.arrayContaining(['Việc của tôi', 'Tin bài', 'Thành viên', 'Lĩnh vực', 'Cài đặt trang', 'Nhật ký hoạt động']));
    expect(await page.getByTestId('nav-dashboard').getAttribute('aria-current')).toBe('page');
    // The chief's own work comes first: what waits for approval.
    await page.getByTestId('work-approve').getByRole('heading', { name: 'Chờ tôi duyệt đăng' }).waitFor();
    await page.getByTestId('recent-activity').waitFor();
    expect(await page.title()).toBe('Việc của tôi · Quản trị Trang thông tin điện tử xã');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'admin-dashboard');

    // The access token lives in memory only: the reload goes through the refresh cookie.
    expect(await page.evaluate(() => JSON.stringify(localStorage).includes('eyJ'))).toBe(false);
    await page.reload();
    await role.waitFor();
    expect(page.url()).toBe(dashboardUrl);
    expect(await role.textContent()).toContain('Trưởng ban biên tập');

    // The language switch (in the header) relabels the page from the same data.
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    expect(await role.textContent()).toContain(`Your role in ${SITE_NAME}: Editor-in-chief`);
    expect(await navLinks()).toEqual(expect.arrayContaining(['My work', 'Articles', 'Members']));
    await page.getByTestId('work-approve').getByRole('heading', { name: 'Awaiting my approval' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect((await page.getByTestId('user-menu').textContent())?.trim()).toContain(CHIEF_NAME);
    await screenshot(page, 'admin-dashboard-en');
    await page.getByLabel('Language').selectOption('vi');
    await page.getByRole('heading', { level: 1, name: 'Việc của tôi' }).waitFor();

    // Sign out through the user menu.
    await page.getByTestId('user-menu').click();
    const logout = page.getByRole('menuitem', { name: 'Đăng xuất' });
    await logout.waitFor();
    expect(await page.getByRole('menuitem').allTextContents()).toEqual(
      ['Hồ sơ của tôi', 'Tất cả thông báo', 'Đăng xuất'].map((s) => expect.stringContaining(s)),
    );
    await logout.click();
    await page.waitForURL('**/admin/dang-nhap');
    await page.getByText('Bạn đã đăng xuất.').waitFor();
    expect(await page.getByTestId('user-menu').count()).toBe(0);

    // Signed out for real: a reload stays on the sign-in page, and the dashboard's address leads to it.
    await page.reload();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    expect(page.url()).toContain('/admin/dang-nhap');
    await page.goto(dashboardUrl);
    await page.waitForURL(/\/admin\/dang-nhap\?redirect=/);
    expect(onlyExpected(problems())).toEqual([]);
  });

  it('should land the platform administrator on the list of commune sites, with no site-work links', async () => {
    await openLogin();
    await fillSignIn(page, DEMO.admin);
    await page.waitForURL(`${app.baseUrl}/admin/he-thong/trang-xa`);
    await page.getByRole('heading', { level: 1, name: 'Trang xã' }).waitFor();
    expect((await page.getByTestId('user-menu').textContent())?.trim()).toContain('Quản trị hệ thống');
    // No site is being worked on: no current site, no site links; the platform's own link is there.
    expect(await page.getByTestId('current-site').count()).toBe(0);
    const links = await navLinks();
    expect(links).toContain('Các trang xã');
    expect(links).not.toContain('Tin bài');
    expect(links).not.toContain('Việc của tôi');
    await page.getByTestId('site-row').getByRole('link', { name: SITE_NAME }).waitFor();
    await screenshot(page, 'admin-platform-home');
    expect(onlyExpected(problems())).toEqual([]);
  });

  it('should show the forgot-password confirmation when an email is sent', async () => {
    await openLogin();
    await page.getByRole('link', { name: 'Quên mật khẩu?' }).click();
    await page.getByRole('heading', { name: 'Quên mật khẩu' }).waitFor();
    await page.getByLabel('Email').fill('ai-do@demo.local');
    await page.getByRole('button', { name: 'Gửi liên kết đặt lại mật khẩu' }).click();
    await page.getByText('một liên kết đặt lại mật khẩu đã được gửi').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'admin-forgot-password');
  });

  it('should set a new password from the reset link and sign in with it when the editor forgot theirs', async () => {
    // No other browser test signs in as editor2: changing its password here affects none of them.
    const email = DEMO.editor2;
    const newPassword = 'MatKhauMoi2026';
    // The app is shared: only a link logged after this request is this test's.
    const logOffset = app.output().length;
    await page.goto(`${app.baseUrl}/admin/quen-mat-khau`);
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Gửi liên kết đặt lại mật khẩu' }).click();
    await page.getByText('một liên kết đặt lại mật khẩu đã được gửi').waitFor();

    // Without a mail server, the outbox logs each mail it sends (it sends every few seconds).
    const linkPattern = new RegExp(`${email.replace(/\./g, '\\.')}: \\S*(/admin/dat-mat-khau\\?token=[A-Za-z0-9%._~-]+)`);
    let link: string | undefined;
    for (let i = 0; i < 100 && !link; i++) {
      link = linkPattern.exec(app.output().slice(logOffset))?.[1];
      if (!link) await new Promise((r) => setTimeout(r, 200));
    }
    expect(link).toBeDefined();

    await page.goto(`${app.baseUrl}${link}`);
    await page.getByRole('heading', { name: 'Đặt mật khẩu' }).waitFor();
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('ngan');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('ngan');
    await page.getByRole('button', { name: 'Lưu mật khẩu' }).click();
    await page.locator('#password-error').getByText('Mật khẩu phải có ít nhất 10 ký tự, gồm chữ và số.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'admin-set-password-weak');

    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(newPassword);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(newPassword);
    await page.getByRole('button', { name: 'Lưu mật khẩu' }).click();
    await page.getByText('Đã đặt mật khẩu.').waitFor();

    await page.getByRole('link', { name: 'Quay lại trang đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await fillSignIn(page, email, newPassword);
    await page.waitForURL(`${app.baseUrl}/admin/sites/${DEMO_SITE}`);
    const role = page.getByTestId('dashboard-role');
    await role.waitFor();
    expect(await role.textContent()).toContain(`Vai trò của bạn ở ${SITE_NAME}: Biên tập viên`);
    expect(await role.textContent()).toMatch(/lĩnh vực phụ trách: .*Văn hóa - Xã hội/);
    expect((await page.getByTestId('user-menu').textContent())?.trim()).toContain('Phạm Thị Tập');
    // An editor does not manage the board.
    expect(await navLinks()).not.toContain('Cài đặt trang');
  });

  it('should show the API message when a set-password link is invalid', async () => {
    await page.goto(`${app.baseUrl}/admin/dat-mat-khau?token=khong-hop-le`);
    await page.getByRole('heading', { name: 'Đặt mật khẩu' }).waitFor();
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('MatKhauMoi2025');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('MatKhauMoi2025');
    await page.getByRole('button', { name: 'Lưu mật khẩu' }).click();
    await page.getByText('Liên kết không hợp lệ hoặc đã hết hạn.').waitFor();
    await screenshot(page, 'admin-set-password-invalid');
  });
});

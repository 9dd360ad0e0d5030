import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, screenshot, watchConsole } from './chromium';
import { describeBrowser, sharedApp, type SharedApp } from './shared-app';

const CHIEF = { email: 'chief@demo.local', password: 'CongXa@demo1', name: 'Trưởng' };

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
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
    page = await context.newPage();
    problems = watchConsole(page);
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

  async function fillLogin(email: string, password: string): Promise<void> {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
  }

  it('should show the Vietnamese error beside the form when the password is wrong', async () => {
    await openLogin();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await screenshot(page, 'admin-login');

    await fillLogin(CHIEF.email, 'sai-mat-khau-1');
    const error = page.getByTestId('login-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Email hoặc mật khẩu không đúng.');
    // Focus moves to the message so a screen reader announces it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('login-error');
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
    await fillLogin('khong-phai-email', 'mat-khau-bat-ky');
    await page.locator('#email-error').getByText('Không phải địa chỉ email hợp lệ.').waitFor();
    expect(await page.getByTestId('login-error').textContent()).toContain('Dữ liệu gửi lên không hợp lệ.');
    expect(await page.locator('#password-error').count()).toBe(0);
    await screenshot(page, 'admin-login-validation');
  });

  it('should sign in, keep the session across a reload, and sign out when the chief uses the form', async () => {
    await openLogin();
    await fillLogin(CHIEF.email, CHIEF.password);

    await page.waitForURL(`${app.baseUrl}/admin/`);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await heading.textContent()).toContain('Xin chào');
    const membership = page.getByTestId('membership').filter({ hasText: 'Xã Ân Hảo Đông' });
    await membership.waitFor();
    expect(await membership.getByTestId('membership-role').textContent()).toContain('Trưởng ban biên tập');
    expect(await membership.textContent()).toContain('Gỡ thành viên');
    const userName = (await page.locator('.app-header__user').textContent())?.trim() ?? '';
    expect(userName.length).toBeGreaterThan(0);
    expect(await heading.textContent()).toContain(userName);
    await screenshot(page, 'admin-dashboard');

    // The access token lives in memory only: the reload goes through the refresh cookie.
    expect(await page.evaluate(() => JSON.stringify(localStorage).includes('eyJ'))).toBe(false);
    await page.reload();
    await page.getByTestId('membership').first().waitFor();
    expect(page.url()).toBe(`${app.baseUrl}/admin/`);
    expect(await page.getByTestId('membership-role').first().textContent()).toContain('Trưởng ban biên tập');

    // The language switch relabels the page from the same data.
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await page.getByRole('heading', { name: 'Your sites' }).waitFor();
    expect(await page.getByTestId('membership-role').first().textContent()).toContain('Editor-in-chief');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, 'admin-dashboard-en');
    await page.getByLabel('Language').selectOption('vi');

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL('**/admin/dang-nhap');
    await page.getByText('Bạn đã đăng xuất.').waitFor();

    // Signed out for real: a reload stays on the sign-in page.
    await page.reload();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    expect(page.url()).toContain('/admin/dang-nhap');
    // Only the expected 401s: the refresh at start-up without a cookie and after signing out.
    expect(problems().filter((p) => p !== 'HTTP 401 POST /api/v1/auth/refresh')).toEqual([]);
  });

  it('should show the forgot-password confirmation when an email is sent', async () => {
    await openLogin();
    await page.getByRole('link', { name: 'Quên mật khẩu?' }).click();
    await page.getByRole('heading', { name: 'Quên mật khẩu' }).waitFor();
    await page.getByLabel('Email').fill('ai-do@demo.local');
    await page.getByRole('button', { name: 'Gửi liên kết đặt lại mật khẩu' }).click();
    await page.getByText('một liên kết đặt lại mật khẩu đã được gửi').waitFor();
    await screenshot(page, 'admin-forgot-password');
  });

  it('should set a new password from the reset link and sign in with it when the editor forgot theirs', async () => {
    // No other browser test signs in as editor2: changing its password here affects none of them.
    const email = 'editor2@demo.local';
    const newPassword = 'MatKhauMoi2026';
    // The app is shared: only a link logged after this request is this test's.
    const logOffset = app.output().length;
    await page.goto(`${app.baseUrl}/admin/quen-mat-khau`);
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Gửi liên kết đặt lại mật khẩu' }).click();
    await page.getByText('một liên kết đặt lại mật khẩu đã được gửi').waitFor();

    // Until mail delivery exists, the server writes the link to its log.
    const linkPattern = new RegExp(`${email.replace(/\./g, '\\.')}: \\S*(/admin/dat-mat-khau\\?token=[A-Za-z0-9%._~-]+)`);
    let link: string | undefined;
    for (let i = 0; i < 50 && !link; i++) {
      link = linkPattern.exec(app.output().slice(logOffset))?.[1];
      if (!link) await new Promise((r) => setTimeout(r, 100));
    }
    expect(link).toBeDefined();

    await page.goto(`${app.baseUrl}${link}`);
    await page.getByRole('heading', { name: 'Đặt mật khẩu' }).waitFor();
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('ngan');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('ngan');
    await page.getByRole('button', { name: 'Lưu mật khẩu' }).click();
    await page.locator('#password-error').getByText('Mật khẩu phải có ít nhất 10 ký tự, gồm chữ và số.').waitFor();
    await screenshot(page, 'admin-set-password-weak');

    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(newPassword);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(newPassword);
    await page.getByRole('button', { name: 'Lưu mật khẩu' }).click();
    await page.getByText('Đã đặt mật khẩu.').waitFor();

    await page.getByRole('link', { name: 'Quay lại trang đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await fillLogin(email, newPassword);
    const membership = page.getByTestId('membership').filter({ hasText: 'Xã Ân Hảo Đông' });
    await membership.waitFor();
    expect(await membership.getByTestId('membership-role').textContent()).toContain('Biên tập viên');
    expect(await membership.textContent()).toContain('Văn hóa - Xã hội');
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

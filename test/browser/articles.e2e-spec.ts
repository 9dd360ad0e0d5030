import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { LoginResponse } from '@congxa/shared/dto/auth';
import { launchChromium, screenshot, watchConsole } from './chromium';
import { describeBrowser, sharedApp, uniqueNumber, type SharedApp } from './shared-app';

/**
 * The editorial chain clicked through in the admin SPA, one browser context per person (QC Điều 9–12):
 * the contributor writes and states the provenance, the deputy assigns the field's editor, the editor
 * verifies, the deputy forwards, the chief approves; the portal shows the article; the chief takes it down
 * with a reason and the contributor reads that reason.
 */
const PASSWORD = 'CongXa@demo1';
/** Unique: the app is shared with the other browser test files (and their articles). */
const TITLE = `Xã Ân Hảo Đông ra quân làm đường giao thông nông thôn đợt ${uniqueNumber()}`;
const UNPUBLISH_REASON = 'Số liệu về kinh phí chưa được UBND xã xác nhận, cần kiểm tra lại.';

/** Failures the chain provokes on purpose, or that a sign-in page always makes. */
const EXPECTED_PROBLEMS = [
  'HTTP 401 POST /api/v1/auth/refresh', // start-up without a refresh cookie
  /^HTTP 422 POST \/api\/v1\/sites\/an-hao-dong\/articles\/[0-9a-f-]+\/transitions$/, // the submit without the address
  /^HTTP 404 GET \/api\/v1\/public\/articles\/[a-z0-9-]+$/, // the portal asked for the article after it was taken down
];
const isExpected = (problem: string) => EXPECTED_PROBLEMS.some((p) => (typeof p === 'string' ? p === problem : p.test(problem)));

describeBrowser('article workflow in the admin SPA (Chromium)', () => {
  let app: SharedApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const problems: (() => string[])[] = [];

  beforeAll(async () => {
    app = sharedApp();
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    problems.push(watchConsole(page));
    return page;
  }

  async function signIn(email: string): Promise<Page> {
    const page = await newPage();
    await page.goto(`${app.baseUrl}/admin/dang-nhap`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByTestId('articles-card').waitFor();
    return page;
  }

  /** Clicks a workflow button, fills the dialog, confirms, and waits for the new status. */
  async function act(page: Page, action: string, status: string, fill?: (dialog: ReturnType<Page['locator']>) => Promise<void>, shot?: string) {
    await page.getByTestId('workflow-actions').getByRole('button', { name: action, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: action });
    await dialog.waitFor();
    if (fill) await fill(dialog);
    if (shot) await screenshot(page, shot);
    await dialog.getByTestId('transition-confirm').click();
    await page.getByTestId('article-notice').getByText(`Đã thực hiện “${action}”. Trạng thái mới: ${status}.`).waitFor();
    expect((await page.getByTestId('article-status').first().textContent())?.trim()).toBe(status);
  }

  async function openFromQueue(page: Page, reason: string): Promise<void> {
    await page.goto(`${app.baseUrl}/admin/tin-bai`);
    const row = page.getByTestId('article-row').filter({ hasText: TITLE });
    await row.getByText(reason).waitFor();
    await row.getByRole('link', { name: TITLE }).click();
    await page.getByTestId('article-heading').getByText(TITLE).waitFor();
  }

  /** Marks every notification of the user read, through the API: the test then counts only its own. */
  async function readAllNotifications(email: string): Promise<void> {
    const login = await fetch(`${app.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const { accessToken } = (await login.json()) as LoginResponse;
    const readAll = await fetch(`${app.baseUrl}/api/v1/me/notifications/read-all`, { method: 'POST', headers: { Authorization: `Bearer ${accessToken}` } });
    expect(readAll.ok).toBe(true);
  }

  it('should carry an article from the contributor to the portal and back down when each person clicks their step', async () => {
    // Other files may have left the contributor unread notifications on the shared app.
    await readAllNotifications('contributor@demo.local');

    // --- Contributor: write, state the provenance, confirm, submit.
    const contributor = await signIn('contributor@demo.local');
    await screenshot(contributor, 'articles-01-dashboard-contributor');
    await contributor.getByTestId('articles-card').getByRole('link', { name: 'Mở danh sách tin bài' }).click();
    await contributor.getByRole('heading', { name: 'Tin bài', level: 1 }).waitFor();
    await contributor.getByRole('button', { name: 'Viết tin mới' }).click();
    await contributor.getByLabel('Tiêu đề tin bài mới').fill(TITLE);
    await screenshot(contributor, 'articles-02-new');
    await contributor.getByRole('button', { name: 'Tạo và mở trình soạn thảo' }).click();
    await contributor.getByTestId('article-heading').getByText(TITLE).waitFor();
    expect((await contributor.getByTestId('article-status').textContent())?.trim()).toBe('Bản nháp');

    await contributor.locator('#article-summary').fill('Hơn 300 người dân cùng cán bộ xã làm mới 2 km đường bê tông.');
    const body = contributor.getByRole('textbox', { name: 'Nội dung', exact: true });
    await body.click();
    await contributor.keyboard.type('Sáng 29/11, UBND xã tổ chức ra quân làm đường giao thông nông thôn tại thôn Hòa Hội.');
    await contributor.keyboard.press('Enter');
    await contributor.getByRole('button', { name: 'Đậm' }).click();
    await contributor.keyboard.type('Tổng kinh phí 1,2 tỷ đồng');
    await contributor.getByRole('button', { name: 'Đậm' }).click();
    await contributor.keyboard.type(', do Nhà nước và nhân dân cùng làm.');
    const category = await contributor.locator('#article-categoryId option', { hasText: 'Kinh tế' }).getAttribute('value');
    await contributor.locator('#article-categoryId').selectOption(category!);
    await contributor.locator('#article-fieldId').selectOption({ label: 'Kinh tế' });
    await contributor.locator('#article-tags').fill('giao thông, nông thôn mới');
    await contributor.getByLabel('Tôi xác nhận nội dung không chứa thông tin bí mật nhà nước.').check();
    // The address is left empty: the API refuses the submit and the form marks the field.
    await contributor.getByTestId('workflow-actions').getByRole('button', { name: 'Gửi duyệt', exact: true }).click();
    await contributor.getByRole('dialog', { name: 'Gửi duyệt' }).getByTestId('transition-confirm').click();
    await contributor.locator('#article-authorAddress-error').getByText('Cần điền mục này trước khi gửi duyệt.').waitFor();
    expect(await contributor.locator('#article-authorAddress').getAttribute('aria-invalid')).toBe('true');
    expect(await contributor.getByTestId('article-error').textContent()).toContain('Thiếu thông tin nguồn tin');
    expect(await contributor.evaluate(() => document.activeElement?.id)).toBe('article-authorAddress');
    await screenshot(contributor, 'articles-03-provenance-missing');

    await contributor.locator('#article-authorAddress').fill('Văn phòng HĐND và UBND xã Ân Hảo Đông');
    await act(contributor, 'Gửi duyệt', 'Đã gửi');
    expect(await contributor.locator('#article-authorName').inputValue()).toBe('Hoàng Văn Cộng');
    // What was typed in the rich-text box was saved, bold included, and sanitised by the server.
    expect(await body.innerHTML()).toMatch(/<(b|strong)>Tổng kinh phí 1,2 tỷ đồng<\/(b|strong)>/);
    await screenshot(contributor, 'articles-04-submitted');

    // --- Deputy: the item is first in the intake, marked as priority; assign the field's editor.
    const deputy = await signIn('deputy@demo.local');
    expect(await deputy.getByTestId('queue-count').textContent()).toMatch(/Việc chờ tôi: [1-9]/);
    await deputy.goto(`${app.baseUrl}/admin/tin-bai`);
    const intake = deputy.getByTestId('article-row').filter({ hasText: TITLE });
    await intake.getByText('Chờ tiếp nhận, phân công').waitFor();
    expect(await intake.getByTestId('priority-badge').textContent()).toBe('Ưu tiên (cán bộ phụ trách lĩnh vực)');
    expect(await deputy.getByTestId('article-row').first().textContent()).toContain(TITLE);
    await screenshot(deputy, 'articles-05-deputy-queue');
    await intake.getByRole('link', { name: TITLE }).click();
    await deputy.getByTestId('article-heading').getByText(TITLE).waitFor();
    await act(
      deputy,
      'Phân công',
      'Đang biên tập',
      async (dialog) => {
        const select = dialog.getByLabel('Biên tập viên phụ trách');
        await select.locator('option', { hasText: 'Lê Văn Biên' }).waitFor({ state: 'attached' });
        // Only the editors of the article's field are offered.
        expect(await select.locator('option').allTextContents()).toEqual(['— Chọn —', 'Lê Văn Biên (Kinh tế)']);
        await select.selectOption({ label: 'Lê Văn Biên (Kinh tế)' });
      },
      'articles-06-assign-dialog',
    );
    expect(await deputy.locator('.editor-aside').textContent()).toContain('Lê Văn Biên');

    // --- Editor: the bell says there is work; the notification opens the article; verify.
    const editor = await signIn('editor@demo.local');
    await editor.getByTestId('notifications-count').waitFor();
    expect(Number(await editor.getByTestId('notifications-count').textContent())).toBeGreaterThanOrEqual(1);
    await editor.getByTestId('notifications-bell').click();
    const notification = editor.getByTestId('notification-item').filter({ hasText: TITLE });
    await notification.waitFor();
    await screenshot(editor, 'articles-07-editor-bell');
    await notification.click();
    await editor.getByTestId('article-heading').getByText(TITLE).waitFor();
    await act(editor, 'Xác nhận đã kiểm tra', 'Đã kiểm tra');

    // --- Deputy: forward to the chief.
    await openFromQueue(deputy, 'Đã kiểm tra, chờ trình Trưởng ban');
    await act(deputy, 'Trình Trưởng ban', 'Chờ duyệt');

    // --- Chief: approve now (the times stay empty), read the history, compare two revisions.
    const chief = await signIn('chief@demo.local');
    await openFromQueue(chief, 'Chờ Trưởng ban duyệt');
    await act(
      chief,
      'Duyệt đăng',
      'Đã đăng',
      async (dialog) => {
        await dialog.getByLabel('Đăng lúc (giờ Việt Nam)').waitFor();
        await dialog.getByLabel('Tự gỡ xuống lúc (giờ Việt Nam)').waitFor();
      },
      'articles-08-approve-dialog',
    );
    const transitions = chief.getByTestId('history-transitions');
    await transitions.getByText('Duyệt đăng').waitFor();
    for (const step of ['Gửi duyệt', 'Phân công', 'Xác nhận đã kiểm tra', 'Trình Trưởng ban']) await transitions.getByText(step, { exact: true }).waitFor();
    await chief.getByLabel('Chọn phiên bản 1 để so sánh').check();
    const revisionNumbers = await chief.getByTestId('history-revisions').locator('tbody tr td:nth-child(2) strong').allTextContents();
    await chief.getByLabel(`Chọn phiên bản ${revisionNumbers[0]} để so sánh`).check();
    await chief.getByRole('button', { name: 'So sánh hai phiên bản đã chọn' }).click();
    const comparison = chief.getByTestId('compare-result');
    await comparison.locator('ins').first().waitFor();
    expect(await comparison.textContent()).toContain('Tổng kinh phí 1,2 tỷ đồng');
    await screenshot(chief, 'articles-09-chief-published-history');

    // The approval slip opens as a PDF in a new tab.
    const [slip] = await Promise.all([chief.context().waitForEvent('page'), chief.getByTestId('article-slip').click()]);
    await slip.waitForURL(/^blob:/);
    await slip.close();

    // --- The portal shows it.
    const publicHref = await chief.getByRole('link', { name: 'Xem trên cổng thông tin' }).getAttribute('href');
    expect(publicHref).toMatch(/^\/tin-tuc\/[a-z0-9-]+$/);
    const reader = await newPage();
    const response = await reader.goto(`${app.baseUrl}${publicHref}`);
    expect(response?.status()).toBe(200);
    await reader.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await screenshot(reader, 'articles-10-public');

    // --- Chief: take it down; the reason is required.
    await chief.getByTestId('workflow-actions').getByRole('button', { name: 'Gỡ xuống', exact: true }).click();
    const takeDown = chief.getByRole('dialog', { name: 'Gỡ xuống' });
    await takeDown.getByTestId('transition-confirm').click();
    await takeDown.getByText('Hãy ghi lý do.').waitFor();
    await takeDown.getByLabel('Lý do (bắt buộc)').fill(UNPUBLISH_REASON);
    await screenshot(chief, 'articles-11-unpublish-dialog');
    await takeDown.getByTestId('transition-confirm').click();
    await chief.getByTestId('article-notice').getByText('Đã thực hiện “Gỡ xuống”. Trạng thái mới: Đã gỡ.').waitFor();
    expect((await reader.goto(`${app.baseUrl}${publicHref}`))?.status()).toBe(404);
    // The portal tells the reader the item was withdrawn, not merely missing.
    await reader.getByRole('heading', { name: 'Tin bài đã được gỡ xuống' }).waitFor();
    await screenshot(reader, 'articles-11b-public-withdrawn');

    // --- Contributor: the bell brings the news; the editor shows the reason on top.
    await contributor.goto(`${app.baseUrl}/admin/`);
    await contributor.getByTestId('notifications-count').waitFor();
    await contributor.getByTestId('notifications-bell').click();
    await contributor.getByTestId('notification-item').filter({ hasText: 'gỡ xuống' }).first().click();
    const lastNote = contributor.getByTestId('last-note');
    await lastNote.waitFor();
    // Two arrived (approved, taken down); one is read now.
    expect(await contributor.getByTestId('notifications-count').textContent()).toBe('1');
    expect(await lastNote.textContent()).toContain('Tin bài đã bị gỡ xuống');
    expect(await lastNote.textContent()).toContain(UNPUBLISH_REASON);
    expect(await lastNote.textContent()).toContain('Nguyễn Văn Trưởng');
    await contributor.getByTestId('history-transitions').getByText('Gỡ xuống', { exact: true }).waitFor();
    expect(await contributor.locator('#article-categoryId option:checked').textContent()).toContain('Kinh tế');
    await screenshot(contributor, 'articles-12-contributor-sees-reason');

    // The same screen in English, from the same data.
    await contributor.getByLabel('Ngôn ngữ').selectOption('en');
    await lastNote.getByText('Article taken down').waitFor();
    expect(await contributor.getByTestId('article-status').textContent()).toContain('Unpublished');
    await screenshot(contributor, 'articles-13-contributor-en');

    expect(problems.flatMap((p) => p()).filter((p) => !isExpected(p))).toEqual([]);
  });
});

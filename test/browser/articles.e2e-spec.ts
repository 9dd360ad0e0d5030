import type { Browser, Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { apiJson, apiToken, DEMO, DEMO_SITE, openAdmin, signedIn, type AdminSession } from './admin-session';
import { axeViolations, horizontalOverflow, launchChromium, screenshot } from './chromium';
import { describeBrowser, sharedApp, uniqueNumber, type SharedApp } from './shared-app';

/**
 * The editorial chain clicked through in the admin SPA, one browser context per person (QC Điều 9–12), each
 * starting from "Việc của tôi" and opening the article with one click from the list it waits in: the
 * contributor writes (with two images, their alt text and the provenance) and submits; the deputy assigns
 * the field's editor; the editor returns it with a note; the contributor reads the note on the phone, fixes
 * and resubmits; the deputy assigns again, the editor verifies, the deputy forwards, the chief approves; the
 * portal shows it; the chief takes it down with a reason, the contributor reads the reason and the portal
 * no longer shows it. Every screen passed is checked with axe (WCAG 2.1 AA).
 */
/** Unique: the app is shared with the other browser test files (and their articles). */
const TITLE = `Xã Ân Hảo Đông ra quân làm đường giao thông nông thôn đợt ${uniqueNumber()}`;
const SUMMARY = 'Hơn 300 người dân cùng cán bộ xã làm mới 2 km đường bê tông.';
const LEAD = 'Sáng 29/11, UBND xã tổ chức ra quân làm đường giao thông nông thôn tại thôn Hòa Hội.';
const BOLD = 'Tổng kinh phí 1,2 tỷ đồng';
const AFTER_BOLD = ', do Nhà nước và nhân dân cùng làm.';
const CLOSING = 'Các tuyến đường mới giúp bà con chở nông sản thuận tiện hơn.';
const ALT = 'Người dân thôn Hòa Hội đổ bê tông mặt đường';
const CAPTION = 'Ảnh: Văn phòng UBND xã Ân Hảo Đông';
const PASTED_ALT = 'Tuyến đường bê tông mới chạy giữa cánh đồng lúa';
const ADDRESS = 'Văn phòng HĐND và UBND xã Ân Hảo Đông';
const RETURN_NOTE = 'Cần ghi rõ chiều dài từng tuyến đường và số hộ dân hiến đất.';
const FIX = ' Tuyến thứ nhất dài 1,2 km, tuyến thứ hai dài 800 m; 25 hộ dân đã hiến đất.';
const UNPUBLISH_REASON = 'Số liệu về kinh phí chưa được UBND xã xác nhận, cần kiểm tra lại.';

const NAMES = { contributor: 'Hoàng Văn Cộng', editor: 'Lê Văn Biên', chief: 'Nguyễn Văn Trưởng' };
const EDITOR_OPTION = 'Lê Văn Biên (Kinh tế)';

/** Failures the chain provokes on purpose, or that a sign-in page always makes. */
const EXPECTED_PROBLEMS: { pattern: string | RegExp; why: string }[] = [
  { pattern: 'HTTP 401 POST /api/v1/auth/refresh', why: 'start-up without a refresh cookie, before signing in' },
  {
    pattern: /^HTTP 422 POST \/api\/v1\/sites\/an-hao-dong\/articles\/[0-9a-f-]+\/transitions$/,
    why: 'the two refused submits: provenance incomplete, then an image without alt text (MEDIA_ALT_MISSING)',
  },
  { pattern: /^HTTP 404 GET \/api\/v1\/public\/articles\/[a-z0-9-]+$/, why: 'the portal asks for the article after it was taken down' },
];
const isExpected = (problem: string) => EXPECTED_PROBLEMS.some(({ pattern }) => (typeof pattern === 'string' ? pattern === problem : pattern.test(problem)));

/** A small landscape picture (sky, fields, a road) as a PNG, made here: no fixture file to keep. */
function roadPicture(sky: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000">
    <rect width="1600" height="1000" fill="${sky}"/>
    <circle cx="1300" cy="180" r="90" fill="#f6c945"/>
    <rect y="450" width="1600" height="550" fill="#5c9e3a"/>
    <polygon points="700,450 900,450 1300,1000 300,1000" fill="#9a9a9a"/>
    <polygon points="795,450 805,450 830,1000 770,1000" fill="#ffffff"/>
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

describeBrowser('article workflow in the admin SPA (Chromium)', () => {
  let app: SharedApp;
  let browser: Browser;
  const sessions: AdminSession[] = [];
  let contributor: Page;
  let deputy: Page;
  let editor: Page;
  let chief: Page;
  let reader: Page;
  /** `/tin-tuc/<slug>` once the article is live. */
  let publicHref: string;

  beforeAll(async () => {
    app = sharedApp();
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const s of sessions) await s.context.close();
    await browser?.close();
  });

  async function signIn(email: string, options: { phone?: boolean } = {}): Promise<Page> {
    const session = await signedIn(browser, app.baseUrl, email, options);
    sessions.push(session);
    await session.page.waitForURL(`**/admin/sites/${DEMO_SITE}`);
    await myWork(session.page);
    return session.page;
  }

  /** Every problem any page has met so far, less the expected ones. */
  const unexpectedProblems = () => sessions.flatMap((s) => s.problems()).filter((p) => !isExpected(p));

  /** axe-core finds nothing on the page as it is now (the screen is named in a failure). */
  async function expectAccessible(page: Page, screen: string): Promise<void> {
    expect({ screen, violations: await axeViolations(page) }).toEqual({ screen, violations: [] });
  }

  /** Waits until "Việc của tôi" has loaded its lists. */
  async function myWork(page: Page): Promise<void> {
    await page.getByRole('heading', { level: 1, name: 'Việc của tôi' }).waitFor();
    await page.locator('.dashboard__section').first().waitFor();
    await page.locator('.dashboard .loading').waitFor({ state: 'detached' });
  }

  /** Back to "Việc của tôi" through the sidebar. */
  async function backToMyWork(page: Page): Promise<void> {
    await page.getByTestId('main-nav').getByRole('link', { name: 'Việc của tôi' }).click();
    await page.waitForURL(`**/admin/sites/${DEMO_SITE}`);
    await myWork(page);
  }

  /** The article's row in one list of "Việc của tôi". */
  const workItem = (page: Page, list: string): Locator => page.getByTestId(`work-${list}`).getByTestId('work-item').filter({ hasText: TITLE });

  /** One click on the article's title in a list of "Việc của tôi" opens its editor. */
  async function openFromMyWork(page: Page, list: string): Promise<void> {
    await workItem(page, list).getByRole('link', { name: TITLE }).click();
    await page.getByTestId('article-heading').getByText(TITLE).waitFor();
    await page.getByTestId('history-transitions').or(page.locator('.history .empty')).first().waitFor();
  }

  /**
   * Puts the caret at the end of a paragraph of the rich-text box, as a click just after its last word
   * does (End alone would stop at the end of the first line where the paragraph wraps, on a phone).
   */
  async function caretAtEndOf(page: Page, paragraph: Locator): Promise<void> {
    await paragraph.scrollIntoViewIfNeeded();
    const end = await paragraph.evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      const lines = range.getClientRects();
      const last = lines[lines.length - 1]!;
      return { x: last.right - 1, y: last.top + last.height / 2 };
    });
    await page.mouse.click(end.x, end.y);
    await page.keyboard.press('End');
  }

  /** Clicks a workflow button, fills its dialog, checks it with axe, confirms, and waits for the new status. */
  async function act(page: Page, action: string, status: string, options: { fill?: (dialog: Locator) => Promise<void>; shot?: string } = {}): Promise<void> {
    await page.getByTestId('workflow-actions').getByRole('button', { name: action, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: action });
    await dialog.waitFor();
    if (options.fill) await options.fill(dialog);
    await expectAccessible(page, `dialog “${action}”`);
    if (options.shot) await screenshot(page, options.shot);
    await dialog.getByTestId('transition-confirm').click();
    await page.getByTestId('article-notice').getByText(`Đã thực hiện “${action}”. Trạng thái mới: ${status}.`).waitFor();
    expect((await page.getByTestId('article-status').textContent())?.trim()).toBe(status);
  }

  /** The deputy assigns the field's editor: only the editors of the article's field are offered. */
  async function assignEditor(shot?: string): Promise<void> {
    await act(deputy, 'Phân công', 'Đang biên tập', {
      shot,
      fill: async (dialog) => {
        const select = dialog.getByLabel('Biên tập viên phụ trách');
        await select.locator('option', { hasText: NAMES.editor }).waitFor({ state: 'attached' });
        expect(await select.locator('option').allTextContents()).toEqual(['— Chọn —', EDITOR_OPTION]);
        await select.selectOption({ label: EDITOR_OPTION });
      },
    });
    expect(await deputy.locator('.editor-aside').textContent()).toContain(NAMES.editor);
  }

  it('should refuse the submit until the provenance and every image’s alt text are there, then send the article on', async () => {
    // Other files may have left the contributor unread notifications on the shared app: count only this file's.
    await apiJson(app.baseUrl, await apiToken(app.baseUrl, DEMO.contributor), 'POST', '/me/notifications/read-all');

    // --- "Việc của tôi" of a contributor: their own lists, and the button to write.
    contributor = await signIn(DEMO.contributor);
    for (const list of ['returned', 'drafts', 'submitted']) await contributor.getByTestId(`work-${list}`).waitFor();
    expect(await contributor.getByTestId('dashboard-role').textContent()).toContain('Kinh tế');
    await expectAccessible(contributor, 'dashboard (contributor)');
    await screenshot(contributor, 'articles-01-dashboard-contributor');

    await contributor.getByTestId('new-article-link').click();
    await contributor.waitForURL(`**/admin/sites/${DEMO_SITE}/tin-bai?new=1`);
    await contributor.getByRole('heading', { level: 1, name: 'Tin bài' }).waitFor();
    await contributor.getByLabel('Tiêu đề tin bài mới').fill(TITLE);
    await contributor.getByTestId('list-count').or(contributor.locator('.item-list .alert')).first().waitFor();
    await expectAccessible(contributor, 'articles list with "new article"');
    await screenshot(contributor, 'articles-02-new');
    await contributor.getByRole('button', { name: 'Tạo và mở trình soạn thảo' }).click();
    await contributor.waitForURL(new RegExp(`/admin/sites/${DEMO_SITE}/tin-bai/[0-9a-f-]{36}$`));
    await contributor.getByTestId('article-heading').getByText(TITLE).waitFor();
    expect((await contributor.getByTestId('article-status').textContent())?.trim()).toBe('Bản nháp');
    // The author is the one who created it; the provenance form starts from that.
    expect(await contributor.locator('#article-authorName').inputValue()).toBe(NAMES.contributor);
    await expectAccessible(contributor, 'editor (new draft)');

    // --- The text, typed into the rich-text box, with a bold passage.
    await contributor.locator('#article-summary').fill(SUMMARY);
    const body = contributor.locator('#article-body');
    const toolbar = contributor.getByTestId('editor-toolbar');
    await body.click();
    await contributor.keyboard.type(LEAD);
    await contributor.keyboard.press('Enter');
    await toolbar.getByRole('button', { name: 'Đậm', exact: true }).click();
    await contributor.keyboard.type(BOLD);
    await toolbar.getByRole('button', { name: 'Đậm', exact: true }).click();
    await contributor.keyboard.type(AFTER_BOLD);
    await contributor.keyboard.press('Enter');
    await contributor.keyboard.type(CLOSING);

    // --- An image through the toolbar's image button: the dialog refuses it without its alt text.
    await caretAtEndOf(contributor, body.locator('p', { hasText: AFTER_BOLD }));
    await toolbar.getByRole('button', { name: 'Ảnh', exact: true }).click();
    const imageDialog = contributor.getByTestId('image-dialog');
    await imageDialog.getByRole('heading', { name: 'Chèn ảnh' }).waitFor();
    await imageDialog.getByTestId('image-file').setInputFiles({ name: 'lam-duong.png', mimeType: 'image/png', buffer: await roadPicture('#9fd3f5') });
    await imageDialog.getByTestId('image-submit').click();
    const altError = imageDialog.locator('#article-body-image-alt-error');
    await altError.getByText('Hãy nhập mô tả ảnh (alt).').waitFor();
    expect(await imageDialog.getByTestId('image-alt').getAttribute('aria-invalid')).toBe('true');
    expect(await body.locator('figure').count()).toBe(0);
    await expectAccessible(contributor, 'image dialog (alt text missing)');
    await screenshot(contributor, 'articles-03-image-alt-required');
    await imageDialog.getByTestId('image-alt').fill(ALT);
    await imageDialog.getByTestId('image-caption').fill(CAPTION);
    await imageDialog.getByTestId('image-submit').click();
    await imageDialog.waitFor({ state: 'detached' });
    const firstImage = body.locator('figure img').first();
    await firstImage.waitFor();
    expect(await firstImage.getAttribute('alt')).toBe(ALT);
    expect(await firstImage.getAttribute('src')).toMatch(/^\/api\/v1\/public\/media\/[0-9a-f-]{36}\/w1280\.jpg$/);
    await contributor.waitForFunction(
      (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
      await firstImage.elementHandle(),
    );
    expect(await body.locator('figure figcaption').first().textContent()).toBe(CAPTION);

    // --- A second image pasted into the text (as from a screenshot tool): its alt-text dialog is left with
    // "Huỷ", so the image stays without one and is marked.
    await caretAtEndOf(contributor, body.locator('p', { hasText: CLOSING }));
    const pasted = (await roadPicture('#c9e6f7')).toString('base64');
    await body.evaluate((target, base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], 'duong-moi.png', { type: 'image/png' }));
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, pasted);
    await imageDialog.getByRole('heading', { name: 'Mô tả ảnh' }).waitFor();
    await imageDialog.getByRole('button', { name: 'Huỷ' }).click();
    await imageDialog.waitFor({ state: 'detached' });
    expect(await body.locator('figure').count()).toBe(2);
    await body.locator('figure').nth(1).getByText('Thiếu mô tả ảnh').waitFor();

    // --- Classification; the author's address is left empty.
    const category = await contributor.locator('#article-categoryId option', { hasText: 'Kinh tế' }).getAttribute('value');
    await contributor.locator('#article-categoryId').selectOption(category!);
    await contributor.locator('#article-fieldId').selectOption({ label: 'Kinh tế' });
    await contributor.locator('#article-tags').fill('giao thông, nông thôn mới');
    await contributor.getByLabel('Tôi xác nhận nội dung không chứa thông tin bí mật nhà nước.').check();
    // The checklist beside the buttons names what is still missing, the image by its place.
    const checklist = contributor.getByTestId('submit-checklist');
    await checklist.getByRole('button', { name: 'Ảnh thứ 2 trong “Nội dung” chưa có mô tả ảnh' }).waitFor();
    await checklist.getByRole('button', { name: 'Địa chỉ, đơn vị của tác giả' }).waitFor();
    expect(await checklist.getByRole('button').count()).toBe(2);
    await expectAccessible(contributor, 'editor (filled in, two things missing)');
    await screenshot(contributor, 'articles-04-checklist');

    // --- Submit without the address: the API refuses, the form marks the field and focuses it.
    await contributor.getByTestId('workflow-actions').getByRole('button', { name: 'Gửi duyệt', exact: true }).click();
    const submitDialog = contributor.getByRole('dialog', { name: 'Gửi duyệt' });
    await submitDialog.waitFor();
    await expectAccessible(contributor, 'dialog “Gửi duyệt”');
    await submitDialog.getByTestId('transition-confirm').click();
    await contributor.locator('#article-authorAddress-error').getByText('Cần điền mục này trước khi gửi duyệt.').waitFor();
    expect(await contributor.locator('#article-authorAddress').getAttribute('aria-invalid')).toBe('true');
    expect(await contributor.getByTestId('article-error').textContent()).toContain('Thiếu thông tin nguồn tin');
    expect(await contributor.evaluate(() => document.activeElement?.id)).toBe('article-authorAddress');
    await screenshot(contributor, 'articles-05-provenance-missing');

    // --- With the address but the pasted image still without alt text: refused again (MEDIA_ALT_MISSING).
    await contributor.locator('#article-authorAddress').fill(ADDRESS);
    await contributor.getByTestId('workflow-actions').getByRole('button', { name: 'Gửi duyệt', exact: true }).click();
    await submitDialog.getByTestId('transition-confirm').click();
    await submitDialog.getByRole('alert').getByText('Có ảnh chưa có mô tả (alt)').waitFor();
    await expectAccessible(contributor, 'dialog “Gửi duyệt” refused (image without alt text)');
    await screenshot(contributor, 'articles-06-alt-missing-refused');
    await submitDialog.getByRole('button', { name: 'Huỷ' }).click();
    await submitDialog.waitFor({ state: 'detached' });
    expect((await contributor.getByTestId('article-status').textContent())?.trim()).toBe('Bản nháp');
    // The place is named beside the buttons; the image itself opens its alt-text dialog.
    expect(await checklist.getByRole('button').allTextContents()).toEqual(['Ảnh thứ 2 trong “Nội dung” chưa có mô tả ảnh']);
    await body.locator('figure').nth(1).click();
    await imageDialog.getByRole('heading', { name: 'Mô tả ảnh' }).waitFor();
    await imageDialog.getByTestId('image-alt').fill(PASTED_ALT);
    await imageDialog.getByTestId('image-submit').click();
    await imageDialog.waitFor({ state: 'detached' });
    await checklist.getByText('Đã đủ thông tin để gửi duyệt.').waitFor();
    expect(await body.getByText('Thiếu mô tả ảnh').count()).toBe(0);

    // --- The preview shows the article as the portal will, both images with their alt text.
    await contributor.getByTestId('article-preview').click();
    const preview = contributor.getByTestId('item-preview');
    await preview.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await preview.locator('.article__body img').evaluateAll((imgs) => imgs.map((i) => i.getAttribute('alt')))).toEqual([ALT, PASTED_ALT]);
    await expectAccessible(contributor, 'preview dialog');
    await screenshot(contributor, 'articles-07-preview');
    await preview.getByRole('button', { name: 'Đóng xem trước' }).click();
    await preview.waitFor({ state: 'detached' });

    await act(contributor, 'Gửi duyệt', 'Đã gửi');
    // What was typed was saved, bold and images included, as the server's sanitiser keeps it.
    const html = await body.innerHTML();
    expect(html).toMatch(new RegExp(`<(b|strong)>${BOLD}</(b|strong)>`));
    expect(await body.locator('figure img').evaluateAll((imgs) => imgs.map((i) => i.getAttribute('alt')))).toEqual([ALT, PASTED_ALT]);
    await screenshot(contributor, 'articles-08-submitted');

    // --- Back on "Việc của tôi": the article is on its way, and it says where.
    await backToMyWork(contributor);
    expect(await workItem(contributor, 'submitted').getByTestId('work-where').textContent()).toBe('Đang chờ Phó Trưởng ban tiếp nhận, phân công');
    expect(await workItem(contributor, 'drafts').count()).toBe(0);

    expect(unexpectedProblems()).toEqual([]);
  });

  it('should bring the editor’s note back to the contributor when the article is returned', async () => {
    // --- Deputy: the article waits in the intake, marked priority (a staff contributor of its field).
    deputy = await signIn(DEMO.deputy);
    const intake = workItem(deputy, 'intake');
    await intake.waitFor();
    expect(await intake.getByTestId('priority-badge').textContent()).toBe('Ưu tiên');
    expect(await intake.textContent()).toContain(`Người viết: ${NAMES.contributor}`);
    await expectAccessible(deputy, 'dashboard (deputy)');
    await screenshot(deputy, 'articles-09-dashboard-deputy');
    await openFromMyWork(deputy, 'intake');
    await expectAccessible(deputy, 'editor (deputy, read-only)');
    await assignEditor('articles-10-assign-dialog');
    await backToMyWork(deputy);
    expect(await workItem(deputy, 'intake').count()).toBe(0);

    // --- Contributor: "Việc của tôi" says who has it now.
    await contributor.reload();
    await myWork(contributor);
    expect(await workItem(contributor, 'submitted').getByTestId('work-where').textContent()).toBe(`Biên tập viên ${NAMES.editor} đang kiểm tra`);

    // --- Editor: the article is in "assigned to me"; return it, with the note the author needs.
    editor = await signIn(DEMO.editor);
    await workItem(editor, 'review').waitFor();
    await expectAccessible(editor, 'dashboard (editor)');
    await screenshot(editor, 'articles-11-dashboard-editor');
    await openFromMyWork(editor, 'review');
    await act(editor, 'Trả lại', 'Trả lại', {
      shot: 'articles-12-return-dialog',
      fill: async (dialog) => {
        // The note is required: the dialog says so before asking the API.
        await dialog.getByTestId('transition-confirm').click();
        await dialog.getByText('Hãy ghi lý do.').waitFor();
        await dialog.getByLabel('Lý do (bắt buộc)').fill(RETURN_NOTE);
      },
    });
    await backToMyWork(editor);
    expect(await workItem(editor, 'review').count()).toBe(0);

    expect(unexpectedProblems()).toEqual([]);
  });

  it('should show the note on the contributor’s phone, and take the fixed article back in', async () => {
    // --- Contributor, on a phone: the article heads "Việc của tôi" with the editor's note.
    const phone = await signIn(DEMO.contributor, { phone: true });
    const returned = workItem(phone, 'returned');
    const note = returned.getByTestId('return-note');
    await note.getByText(RETURN_NOTE).waitFor();
    expect(await note.textContent()).toContain(`Lý do trả lại (${NAMES.editor},`);
    expect(await horizontalOverflow(phone)).toBe(0);
    await expectAccessible(phone, 'dashboard on a phone (returned article)');
    await screenshot(phone, 'articles-13-phone-dashboard-returned');

    // --- One tap opens the editor, the note on top.
    await openFromMyWork(phone, 'returned');
    const lastNote = phone.getByTestId('last-note');
    await lastNote.waitFor();
    expect(await lastNote.getByRole('heading').textContent()).toBe('Tin bài bị trả lại');
    expect(await lastNote.textContent()).toContain(RETURN_NOTE);
    expect(await lastNote.textContent()).toContain(NAMES.editor);
    expect((await phone.getByTestId('article-status').textContent())?.trim()).toBe('Trả lại');
    expect(await horizontalOverflow(phone)).toBe(0);
    await expectAccessible(phone, 'editor on a phone (returned article)');
    await screenshot(phone, 'articles-14-phone-editor-note');

    // --- The fix goes at the end of the paragraph the note is about; then submit again.
    const body = phone.locator('#article-body');
    await caretAtEndOf(phone, body.locator('p', { hasText: AFTER_BOLD }));
    await phone.keyboard.type(FIX);
    expect(await body.locator('p', { hasText: BOLD }).textContent()).toBe(`${BOLD}${AFTER_BOLD}${FIX}`);
    await act(phone, 'Gửi duyệt', 'Đã gửi');
    expect(await body.textContent()).toContain(FIX.trim());
    await lastNote.waitFor({ state: 'detached' });
    expect(await horizontalOverflow(phone)).toBe(0);
    await screenshot(phone, 'articles-15-phone-resubmitted');

    expect(unexpectedProblems()).toEqual([]);
  });

  it('should publish the fixed article on the portal, images and alt text included, once each person has clicked their step', async () => {
    // --- Deputy: back in the intake; assign again.
    await deputy.reload();
    await myWork(deputy);
    await openFromMyWork(deputy, 'intake');
    await assignEditor();
    await backToMyWork(deputy);

    // --- Editor: verify.
    await editor.reload();
    await myWork(editor);
    await openFromMyWork(editor, 'review');
    expect(await editor.locator('#article-body').textContent()).toContain(FIX.trim());
    await act(editor, 'Xác nhận đã kiểm tra', 'Đã kiểm tra');
    await backToMyWork(editor);

    // --- Deputy: forward to the chief.
    await deputy.reload();
    await myWork(deputy);
    await workItem(deputy, 'forward').waitFor();
    await openFromMyWork(deputy, 'forward');
    await act(deputy, 'Trình Trưởng ban', 'Chờ duyệt');
    await backToMyWork(deputy);
    expect(await workItem(deputy, 'forward').count()).toBe(0);

    // --- Chief: approve now (the times stay empty).
    chief = await signIn(DEMO.chief);
    await workItem(chief, 'approve').waitFor();
    await expectAccessible(chief, 'dashboard (chief)');
    await screenshot(chief, 'articles-16-dashboard-chief');
    await openFromMyWork(chief, 'approve');
    await act(chief, 'Duyệt đăng', 'Đã đăng', {
      shot: 'articles-17-approve-dialog',
      fill: async (dialog) => {
        await dialog.getByText('Đăng lúc (giờ Việt Nam)').first().waitFor();
        await dialog.getByText('Tự gỡ xuống lúc (giờ Việt Nam)').first().waitFor();
      },
    });
    // The history holds every step, the return with its note.
    const transitions = chief.getByTestId('history-transitions');
    await transitions.getByText('Duyệt đăng', { exact: true }).waitFor();
    for (const step of ['Gửi duyệt', 'Phân công', 'Trả lại', 'Xác nhận đã kiểm tra', 'Trình Trưởng ban'])
      await transitions.getByText(step, { exact: true }).first().waitFor();
    await transitions.getByText(RETURN_NOTE).waitFor();
    // Comparing the first and the last revision shows what was written, the fix included.
    await chief.getByLabel('Chọn phiên bản 1 để so sánh').check();
    const revisionNumbers = await chief.getByTestId('history-revisions').locator('tbody tr td:nth-child(2) strong').allTextContents();
    await chief.getByLabel(`Chọn phiên bản ${revisionNumbers[0]} để so sánh`).check();
    await chief.getByRole('button', { name: 'So sánh hai phiên bản đã chọn' }).click();
    const comparison = chief.getByTestId('compare-result');
    await comparison.locator('ins').first().waitFor();
    expect(await comparison.textContent()).toContain(BOLD);
    expect(await comparison.textContent()).toContain(FIX.trim());
    await expectAccessible(chief, 'editor (chief, published, history compared)');
    await screenshot(chief, 'articles-18-chief-published-history');

    // The approval slip opens as a PDF in a new tab.
    const [slip] = await Promise.all([chief.context().waitForEvent('page'), chief.getByTestId('article-slip').click()]);
    await slip.waitForURL(/^blob:/);
    await slip.close();

    // --- The portal: the home page lists it; its page shows the text and both images with their alt text.
    publicHref = (await chief.getByRole('link', { name: 'Xem trên cổng thông tin' }).getAttribute('href')) ?? '';
    expect(publicHref).toMatch(/^\/tin-tuc\/[a-z0-9-]+$/);
    const readerSession = await openAdmin(browser);
    sessions.push(readerSession);
    reader = readerSession.page;
    await reader.goto(`${app.baseUrl}/`);
    // The newest article leads the home page (it may also be listed in its category's block below).
    const lead = reader.getByTestId('home-lead').getByTestId('article-item').filter({ hasText: TITLE });
    await lead.getByRole('link', { name: TITLE }).click();
    await reader.waitForURL(`${app.baseUrl}${publicHref}`);
    await reader.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const article = reader.locator('.article__body');
    expect(await article.textContent()).toContain(`${BOLD}${AFTER_BOLD}${FIX}`);
    expect(await article.locator('img').evaluateAll((imgs) => imgs.map((i) => i.getAttribute('alt')))).toEqual([ALT, PASTED_ALT]);
    expect(await article.locator('figcaption').first().textContent()).toBe(CAPTION);
    await reader.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.article__body img')].every((i) => i.complete && i.naturalWidth > 0));
    // A direct load (a shared link) is the server's 200 too.
    expect((await reader.goto(`${app.baseUrl}${publicHref}`))?.status()).toBe(200);
    await reader.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await screenshot(reader, 'articles-19-public');

    expect(unexpectedProblems()).toEqual([]);
  });

  it('should take the article off the portal with a reason the contributor then reads', async () => {
    // --- Chief: take it down; the reason is required.
    await chief.getByTestId('workflow-actions').getByRole('button', { name: 'Gỡ xuống', exact: true }).click();
    const takeDown = chief.getByRole('dialog', { name: 'Gỡ xuống' });
    await takeDown.getByTestId('transition-confirm').click();
    await takeDown.getByText('Hãy ghi lý do.').waitFor();
    expect(await takeDown.getByLabel('Lý do (bắt buộc)').getAttribute('aria-invalid')).toBe('true');
    await takeDown.getByLabel('Lý do (bắt buộc)').fill(UNPUBLISH_REASON);
    await expectAccessible(chief, 'dialog “Gỡ xuống”');
    await screenshot(chief, 'articles-20-unpublish-dialog');
    await takeDown.getByTestId('transition-confirm').click();
    await chief.getByTestId('article-notice').getByText('Đã thực hiện “Gỡ xuống”. Trạng thái mới: Đã gỡ.').waitFor();

    // --- The portal: the link now says the article was withdrawn (410 Gone), and the home page no longer lists it.
    expect((await reader.goto(`${app.baseUrl}${publicHref}`))?.status()).toBe(410);
    await reader.getByRole('heading', { level: 1, name: 'Tin bài đã được gỡ xuống' }).waitFor();
    await screenshot(reader, 'articles-21-public-withdrawn');
    await reader.goto(`${app.baseUrl}/`);
    await reader.getByTestId('article-item').first().waitFor();
    expect(await reader.getByTestId('article-item').filter({ hasText: TITLE }).count()).toBe(0);

    // --- Contributor: the bell brings the news; the editor shows the reason on top.
    await contributor.reload();
    await myWork(contributor);
    await contributor.getByTestId('notifications-count').waitFor();
    await contributor.getByTestId('notifications-bell').click();
    await contributor
      .getByTestId('notification-item')
      .filter({ hasText: `Tin bài đã bị gỡ xuống: ${TITLE}` })
      .click();
    await contributor.getByTestId('article-heading').getByText(TITLE).waitFor();
    const lastNote = contributor.getByTestId('last-note');
    await lastNote.waitFor();
    expect(await lastNote.getByRole('heading').textContent()).toBe('Tin bài đã bị gỡ xuống');
    expect(await lastNote.textContent()).toContain(UNPUBLISH_REASON);
    expect(await lastNote.textContent()).toContain(NAMES.chief);
    await contributor.getByTestId('history-transitions').getByText('Gỡ xuống', { exact: true }).waitFor();
    await expectAccessible(contributor, 'editor (taken down, reason shown)');
    await screenshot(contributor, 'articles-22-contributor-sees-reason');

    // --- The articles list, filtered by status (the filter lives in the URL), shows it taken down.
    await contributor.getByTestId('main-nav').getByRole('link', { name: 'Tin bài' }).click();
    await contributor.getByRole('heading', { level: 1, name: 'Tin bài' }).waitFor();
    await contributor.locator('#list-status').selectOption({ label: 'Đã gỡ' });
    await contributor.waitForURL(/[?&]status=unpublished/);
    const row = contributor.getByTestId('article-row').filter({ hasText: TITLE });
    await row.waitFor();
    expect(await row.locator('.status-badge').first().textContent()).toBe('Đã gỡ');
    await expectAccessible(contributor, 'articles list filtered by status');
    await screenshot(contributor, 'articles-23-list-unpublished');
    // A reload keeps the filter.
    await contributor.reload();
    await row.waitFor();
    expect(await contributor.locator('#list-status').inputValue()).toBe('unpublished');

    expect(unexpectedProblems()).toEqual([]);
  });
});

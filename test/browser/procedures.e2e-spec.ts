import type { Browser, Page } from 'playwright-core';
import PDFDocument from 'pdfkit';
import { apiJson, apiToken, DEMO, DEMO_SITE, signedIn, type AdminSession } from './admin-session';
import { axeViolations, horizontalOverflow, launchChromium, screenshot } from './chromium';
import { describeBrowser, sharedApp, uniqueNumber, type SharedApp } from './shared-app';

/**
 * An administrative procedure entered in the admin SPA (QC Điều 5.2): an editor opens "Thủ tục hành chính",
 * enters a new procedure with its code, field, agency, steps, two dossier rows
 * (one with its form template uploaded from the library picker) and its legal basis found in the register
 * from the keyboard, and submits it; the review steps in between go through the API (set-up); the chief
 * approves it in the editor; the portal shows it. The list and the editor are checked with axe (WCAG 2.1
 * AA) on a desktop and on a phone (the dossier as cards, without sideways scrolling), and the print view
 * fits one A4 page.
 */
const N = uniqueNumber();
const CODE = `1.${N.padStart(6, '0').slice(-6)}`;
const TITLE = `Đăng ký lại khai sinh, đợt ${N}`;
const SLUG_START = `${CODE.replace('.', '-')}-dang-ky-lai-khai-sinh`;
const FORM_NAME = `to-khai-dang-ky-lai-khai-sinh-${N}.pdf`;
const ROWS = [
  { name: 'Tờ khai đăng ký lại khai sinh theo mẫu', copies: '01 bản chính' },
  { name: 'Bản sao giấy tờ tùy thân có thông tin khai sinh', copies: '01 bản sao' },
];
/** A demo document of the register (apps/api demo-content.ts) the procedure rests on. */
const LAW = { number: '60/2014/QH13', title: 'Luật Hộ tịch' };

const EXPECTED_PROBLEMS: RegExp[] = [/^HTTP 401 POST \/api\/v1\/auth\/refresh$/];
const isExpected = (problem: string) => EXPECTED_PROBLEMS.some((p) => p.test(problem));

/** A one-page PDF form with Vietnamese text, made here (pdfkit with a Unicode font, as the demo's files). */
function formPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: 'Tờ khai đăng ký lại khai sinh' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
  doc.fontSize(14).text('TỜ KHAI ĐĂNG KÝ LẠI KHAI SINH', { align: 'center' });
  doc.fontSize(12).text(`Mẫu dùng thử, đợt ${N}. Họ, chữ đệm, tên: ........................`);
  doc.end();
  return done;
}

describeBrowser('administrative procedures in the admin SPA and on the portal (Chromium)', () => {
  let app: SharedApp;
  let browser: Browser;
  const sessions: AdminSession[] = [];
  let procedureId = '';
  let slug = '';

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
    return session.page;
  }

  const unexpectedProblems = () => sessions.flatMap((s) => s.problems()).filter((p) => !isExpected(p));

  async function expectAccessible(page: Page, screen: string): Promise<void> {
    expect({ screen, violations: await axeViolations(page) }).toEqual({ screen, violations: [] });
  }

  async function openList(page: Page): Promise<void> {
    await page.goto(`${app.baseUrl}/admin/sites/${DEMO_SITE}/thu-tuc`);
    await page.getByRole('heading', { level: 1, name: 'Thủ tục hành chính' }).waitFor();
    await page.getByTestId('list-count').waitFor();
  }

  async function openEditor(page: Page): Promise<void> {
    await page.goto(`${app.baseUrl}/admin/sites/${DEMO_SITE}/thu-tuc/${procedureId}`);
    await page.getByTestId('procedure-heading').getByText(TITLE).waitFor();
    await page.getByTestId('history-transitions').or(page.locator('.history .empty')).first().waitFor();
  }

  async function act(page: Page, action: string, status: string): Promise<void> {
    await page.getByTestId('workflow-actions').getByRole('button', { name: action, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: action });
    await dialog.waitFor();
    await dialog.getByTestId('transition-confirm').click();
    await page.getByTestId('procedure-notice').getByText(`Trạng thái mới: ${status}.`, { exact: false }).waitFor();
    expect((await page.getByTestId('procedure-status').textContent())?.trim()).toBe(status);
  }

  it('should let an editor enter a procedure with two dossier rows and its legal basis, the chief approve it, and the portal show it', async () => {
    // --- An editor (editor2, who holds Hộ tịch, has its password changed by admin.e2e-spec: editor enters it).
    const editor = await signIn(DEMO.editor);
    await editor.getByTestId('main-nav').getByRole('link', { name: 'Thủ tục hành chính', exact: true }).click();
    await editor.getByRole('heading', { level: 1, name: 'Thủ tục hành chính' }).waitFor();
    await editor.getByTestId('list-count').waitFor();

    // --- A new procedure: its name and code, then the editor.
    await editor.getByTestId('new-item').click();
    await editor.getByLabel('Tên thủ tục', { exact: true }).fill(TITLE);
    await editor.getByLabel('Mã thủ tục', { exact: true }).fill(CODE);
    await editor.getByRole('button', { name: 'Tạo và mở trình soạn thảo' }).click();
    await editor.getByTestId('procedure-heading').getByText(TITLE).waitFor();
    procedureId = /\/thu-tuc\/([0-9a-f-]{36})/.exec(editor.url())![1]!;
    expect(await editor.locator('#procedure-code').inputValue()).toBe(CODE);

    await editor.locator('#procedure-fieldId').selectOption({ label: 'Hộ tịch' });
    await editor.locator('#procedure-agency').fill('Ủy ban nhân dân xã Ân Hảo Đông');
    await editor.locator('#procedure-submitOnline').check();
    await editor.locator('#procedure-processingTime').fill('05 ngày làm việc kể từ ngày nhận đủ hồ sơ.');
    await editor.locator('#procedure-fees').fill('Miễn lệ phí.');
    await editor.locator('#procedure-steps').click();
    await editor.keyboard.type('Nộp hồ sơ tại Bộ phận Một cửa của Ủy ban nhân dân xã.');

    // --- The dossier: two rows, typed from the keyboard; the first with its form uploaded from the library.
    const add = editor.getByTestId('rows-add');
    await add.click();
    // The focus lands in the new row's first box.
    await editor.keyboard.type(ROWS[0]!.name);
    await editor.locator('#procedure-dossier-0-copies').fill(ROWS[0]!.copies);
    await editor.locator('#procedure-dossier-0-form').click();
    const picker = editor.getByTestId('media-picker');
    await picker.getByRole('heading').first().waitFor();
    await picker.locator('summary').click();
    await picker.getByTestId('media-file-input').setInputFiles({ name: FORM_NAME, mimeType: 'application/pdf', buffer: await formPdf() });
    await picker.locator('[data-testid="media-upload-row"][data-status="done"]').waitFor({ timeout: 30_000 });
    await picker.getByTestId('media-card').filter({ hasText: FORM_NAME }).first().click();
    await picker.waitFor({ state: 'detached' });
    await editor.getByTestId('rows-file').filter({ hasText: FORM_NAME }).waitFor();
    await add.click();
    await editor.locator('#procedure-dossier-1-name').fill(ROWS[1]!.name);
    await editor.locator('#procedure-dossier-1-copies').fill(ROWS[1]!.copies);
    expect(await editor.getByTestId('rows-row').count()).toBe(2);

    // --- The legal basis: the law found in the register from the keyboard (no kind to choose).
    await editor.getByTestId('relations-add').click();
    const combo = editor.locator('#procedure-legalBasis-0-item');
    await combo.fill(LAW.title);
    await editor.getByTestId('item-combobox-option').first().waitFor();
    await expectAccessible(editor, 'editor with the legal basis list open');
    await combo.press('ArrowDown');
    await combo.press('Enter');
    expect(await combo.inputValue()).toMatch(new RegExp(`^${LAW.number} — ${LAW.title}`));

    await editor.getByLabel('Tôi xác nhận nội dung không chứa thông tin bí mật nhà nước.').check();
    await editor.keyboard.press('Control+s');
    await editor.locator('.save-panel__status').getByText('Đã lưu lúc', { exact: false }).waitFor();
    await expectAccessible(editor, 'editor (desktop)');
    await screenshot(editor, 'procedures-02-editor');

    // What was saved: the rows with their ids and the form, the legal basis.
    const editorToken = await apiToken(app.baseUrl, DEMO.editor);
    const saved = await apiJson<Record<string, unknown>>(app.baseUrl, editorToken, 'GET', `/sites/${DEMO_SITE}/procedures/${procedureId}`);
    expect(saved).toMatchObject({ code: CODE, submitOnline: true, fees: 'Miễn lệ phí.' });
    expect(saved.dossier).toEqual([
      { id: expect.any(String), ...ROWS[0], form: expect.stringMatching(/^[0-9a-f-]{36}$/) },
      { id: expect.any(String), ...ROWS[1], form: null },
    ]);
    expect(saved.legalBasis).toEqual([{ kind: 'legal-basis', itemId: expect.any(String) }]);
    slug = String(saved.slug);
    expect(slug.startsWith(SLUG_START)).toBe(true);

    await act(editor, 'Gửi duyệt', 'Đã gửi');

    // --- Review (set-up through the API): assigned to the field's editor (Hộ tịch: editor2), verified by the deputy, forwarded.
    const deputyToken = await apiToken(app.baseUrl, DEMO.deputy);
    const members = await apiJson<{ items: { userId: string; fullName: string }[] }>(app.baseUrl, deputyToken, 'GET', `/sites/${DEMO_SITE}/members`);
    const editorId = members.items.find((m) => m.fullName === 'Phạm Thị Tập')!.userId;
    const transition = (token: string, body: object) => apiJson(app.baseUrl, token, 'POST', `/sites/${DEMO_SITE}/procedures/${procedureId}/transitions`, body);
    await transition(deputyToken, { action: 'assign', assigneeId: editorId });
    await transition(deputyToken, { action: 'verify' });
    await transition(deputyToken, { action: 'forward' });

    // --- Chief: approves in the editor, where the rows and the basis read as saved.
    const chief = await signIn(DEMO.chief);
    await openEditor(chief);
    expect(await chief.locator('#procedure-dossier-1-name').inputValue()).toBe(ROWS[1]!.name);
    expect(await chief.locator('#procedure-legalBasis-0-item').inputValue()).toMatch(new RegExp(`^${LAW.number} — `));
    await act(chief, 'Duyệt đăng', 'Đã đăng');
    // The list (the chief reads every procedure): the code before the name, the level after it.
    await openList(chief);
    for (const header of ['Mã thủ tục', 'Tên thủ tục', 'Cấp thực hiện', 'Trạng thái'])
      await chief.getByRole('columnheader', { name: header }).first().waitFor();
    const row = chief.getByTestId('procedure-row').filter({ hasText: TITLE });
    expect((await row.getByTestId('column-code').textContent())?.trim()).toBe(CODE);
    expect((await row.getByTestId('column-level').textContent())?.trim()).toBe('Cấp xã');
    await chief.getByTestId('procedure-row').filter({ hasText: 'Đăng ký khai sinh' }).first().waitFor();
    await expectAccessible(chief, 'list (desktop)');
    await screenshot(chief, 'procedures-01-list');

    // --- The portal: the procedure by its code, its dossier with the form, its legal basis.
    const reader = await browser.newContext();
    try {
      const pub = await reader.newPage();
      await pub.goto(`${app.baseUrl}/thu-tuc?q=${encodeURIComponent(CODE)}`);
      await pub.getByTestId('procedure-table').getByRole('link', { name: TITLE }).click();
      await pub.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      expect(pub.url()).toBe(`${app.baseUrl}/thu-tuc/${slug}`);
      const dossier = pub.getByTestId('procedure-dossier');
      expect(await dossier.locator('tbody tr').count()).toBe(2);
      expect(await dossier.getByRole('link', { name: `Tải về ${FORM_NAME}` }).getAttribute('href')).toMatch(/^\/api\/v1\/public\/media\/[0-9a-f-]{36}\/file$/);
      // A PDF form opens in the browser's viewer too.
      expect(await dossier.getByTestId('procedure-form-view').getAttribute('href')).toMatch(/^\/api\/v1\/public\/media\/[0-9a-f-]{36}\/view$/);
      await pub.getByTestId('procedure-basis').getByRole('link', { name: LAW.number }).waitFor();
      expect(await pub.getByTestId('procedure-national').getAttribute('href')).toContain(`ma_thu_tuc=${CODE}`);
    } finally {
      await reader.close();
    }

    expect(unexpectedProblems()).toEqual([]);
  });

  it('should pass axe without sideways scrolling on a phone, the dossier as cards', async () => {
    const phone = await signIn(DEMO.chief, { phone: true });
    await openList(phone);
    await expectAccessible(phone, 'list (phone)');
    expect(await horizontalOverflow(phone)).toBe(0);
    await openEditor(phone);
    await phone.getByTestId('rows-field').scrollIntoViewIfNeeded();
    expect(await phone.getByTestId('rows-field').getAttribute('class')).toContain('rows--cards');
    await expectAccessible(phone, 'editor (phone)');
    expect(await horizontalOverflow(phone)).toBe(0);
    await screenshot(phone, 'procedures-03-editor-phone');
    expect(unexpectedProblems()).toEqual([]);
  });

  it('should print a procedure on one A4 page', async () => {
    const reader = await browser.newContext({ viewport: { width: 703, height: 1032 } });
    try {
      const page = await reader.newPage();
      await page.goto(`${app.baseUrl}/thu-tuc/1-001193-dang-ky-khai-sinh/in`);
      await page.getByTestId('print-button').waitFor();
      await page.emulateMedia({ media: 'print' });
      // A4 less the print view's 12 mm margins, at 96 px per inch: 186 × 273 mm.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThanOrEqual(1032);
      await screenshot(page, 'procedures-04-print');
    } finally {
      await reader.close();
    }
  });
});

import type { Browser, Page } from 'playwright-core';
import PDFDocument from 'pdfkit';
import { apiJson, apiToken, DEMO, DEMO_SITE, signedIn, type AdminSession } from './admin-session';
import { axeViolations, horizontalOverflow, launchChromium, screenshot } from './chromium';
import { describeBrowser, sharedApp, uniqueNumber, type SharedApp } from './shared-app';

/**
 * A legal document entered in the admin SPA (QC Điều 5.3): the deputy opens the register "Văn bản", enters a
 * new decision with its number, issuing body, dates (dd/mm/yyyy), field, a PDF uploaded from the file
 * picker and a relation to a demo document found from the keyboard, and submits it; the review steps in
 * between go through the API (set-up); the chief approves it in the editor. The register and the editor
 * are checked with axe (WCAG 2.1 AA) on a desktop and on a phone, without sideways scrolling on the phone.
 */
const N = uniqueNumber();
const NUMBER = `${N.slice(-4)}/QĐ-UBND`;
const TITLE = `Quyết định về việc ban hành Quy chế quản lý trang thông tin điện tử xã, đợt ${N}`;
const ISSUING_BODY = 'Ủy ban nhân dân xã Ân Hảo Đông';
/** A demo document (apps/api demo-content.ts) the new one replaces. */
const REPLACED = { number: '15/QĐ-UBND', title: 'Quyết định ban hành Quy chế làm việc', words: 'nhiệm kỳ 2021' };
const PDF_NAME = `quyet-dinh-${N}.pdf`;

const EXPECTED_PROBLEMS: RegExp[] = [/^HTTP 401 POST \/api\/v1\/auth\/refresh$/];
const isExpected = (problem: string) => EXPECTED_PROBLEMS.some((p) => p.test(problem));

/** A one-page PDF with Vietnamese text, made here (pdfkit with a Unicode font, as the demo's files). */
function decisionPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: TITLE } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
  doc.fontSize(14).text('ỦY BAN NHÂN DÂN XÃ ÂN HẢO ĐÔNG', { align: 'center' });
  doc.fontSize(12).text(`QUYẾT ĐỊNH số ${NUMBER}`, { align: 'center' });
  doc.text(TITLE);
  doc.end();
  return done;
}

describeBrowser('legal documents in the admin SPA (Chromium)', () => {
  let app: SharedApp;
  let browser: Browser;
  const sessions: AdminSession[] = [];
  let documentId = '';

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

  /** The register, loaded. */
  async function openRegister(page: Page): Promise<void> {
    await page.goto(`${app.baseUrl}/admin/sites/${DEMO_SITE}/van-ban`);
    await page.getByRole('heading', { level: 1, name: 'Văn bản' }).waitFor();
    await page.getByTestId('list-count').waitFor();
  }

  /** The editor of the document, loaded with its history. */
  async function openEditor(page: Page): Promise<void> {
    await page.goto(`${app.baseUrl}/admin/sites/${DEMO_SITE}/van-ban/${documentId}`);
    await page.getByTestId('document-heading').getByText(TITLE).waitFor();
    await page.getByTestId('history-transitions').or(page.locator('.history .empty')).first().waitFor();
  }

  async function act(page: Page, action: string, status: string): Promise<void> {
    await page.getByTestId('workflow-actions').getByRole('button', { name: action, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: action });
    await dialog.waitFor();
    await expectAccessible(page, `dialog “${action}”`);
    await dialog.getByTestId('transition-confirm').click();
    await page.getByTestId('document-notice').getByText(`Trạng thái mới: ${status}.`, { exact: false }).waitFor();
    expect((await page.getByTestId('document-status').textContent())?.trim()).toBe(status);
  }

  it('should let the deputy enter a document with its dates, a PDF and a relation, and the chief approve it', async () => {
    // --- Deputy: the register, from the navigation.
    const deputy = await signIn(DEMO.deputy);
    await deputy.getByTestId('main-nav').getByRole('link', { name: 'Văn bản', exact: true }).click();
    await deputy.getByRole('heading', { level: 1, name: 'Văn bản' }).waitFor();
    await deputy.getByTestId('list-count').waitFor();
    const register = deputy.getByTestId('document-table');
    await register.getByText(REPLACED.number, { exact: true }).first().waitFor();
    for (const header of ['Số ký hiệu', 'Trích yếu', 'Loại', 'Ngày ban hành', 'Trạng thái'])
      await register.getByRole('columnheader', { name: header }).first().waitFor();
    await expectAccessible(deputy, 'register (desktop)');
    await screenshot(deputy, 'documents-01-register');

    // --- A new document: its title, then the editor.
    await deputy.getByTestId('new-item').click();
    await deputy.getByLabel('Trích yếu của văn bản mới').fill(TITLE);
    await deputy.getByRole('button', { name: 'Tạo và mở trình soạn thảo' }).click();
    await deputy.getByTestId('document-heading').getByText(TITLE).waitFor();
    documentId = /\/van-ban\/([0-9a-f-]{36})/.exec(deputy.url())![1]!;

    await deputy.locator('#document-number').fill(NUMBER);
    await deputy.locator('#document-issuingBody').fill(ISSUING_BODY);
    await deputy.locator('#document-signer').fill('Nguyễn Văn An');
    await deputy.locator('#document-signerPosition').fill('Chủ tịch');
    await deputy.locator('#document-fieldId').selectOption({ label: 'Kinh tế' });
    // Days typed as dd/mm/yyyy whatever the browser's language (this one is en-US).
    await deputy.locator('#document-issuedOn').pressSequentially('0503' + '2026');
    expect(await deputy.locator('#document-issuedOn').inputValue()).toBe('05/03/2026');
    await deputy.locator('#document-effectiveOn').fill('15/03/2026');
    await deputy.locator('#document-effectiveOn').blur();

    // --- The file: uploaded from the library picker (documents only), then listed with its type and size.
    await deputy.getByTestId('attachments-add').click();
    const picker = deputy.getByTestId('media-picker');
    await picker.getByRole('heading').first().waitFor();
    await picker.locator('summary').click();
    await picker.getByTestId('media-file-input').setInputFiles({ name: PDF_NAME, mimeType: 'application/pdf', buffer: await decisionPdf() });
    await picker.locator('[data-testid="media-upload-row"][data-status="done"]').waitFor({ timeout: 30_000 });
    await picker.getByTestId('media-card').filter({ hasText: PDF_NAME }).first().click();
    await picker.waitFor({ state: 'detached' });
    const file = deputy.getByTestId('attachment-row').filter({ hasText: PDF_NAME });
    await file.waitFor();
    expect(await file.textContent()).toContain('PDF');

    // --- The relation: "Thay thế" the demo decision, chosen with the keyboard.
    await deputy.getByTestId('relations-add').click();
    await deputy.locator('#document-relations-0-kind').selectOption({ label: 'Thay thế' });
    const combo = deputy.locator('#document-relations-0-item');
    // Found by words of its title: the staff list's `q` matches titles (not yet numbers).
    await combo.fill(REPLACED.words);
    await deputy.getByTestId('item-combobox-option').first().waitFor();
    await expectAccessible(deputy, 'editor with the related-document list open');
    await combo.press('ArrowDown');
    await combo.press('Enter');
    expect(await combo.getAttribute('aria-expanded')).toBe('false');
    expect(await combo.inputValue()).toMatch(new RegExp(`^${REPLACED.number} — ${REPLACED.title}`));

    await deputy.getByLabel('Tôi xác nhận nội dung không chứa thông tin bí mật nhà nước.').check();
    await deputy.keyboard.press('Control+s');
    await deputy.locator('.save-panel__status').getByText('Đã lưu lúc', { exact: false }).waitFor();
    await expectAccessible(deputy, 'editor (desktop)');
    await screenshot(deputy, 'documents-02-editor');

    // What was saved: the day as YYYY-MM-DD, the file, the relation.
    const deputyToken = await apiToken(app.baseUrl, DEMO.deputy);
    const saved = await apiJson<Record<string, unknown>>(app.baseUrl, deputyToken, 'GET', `/sites/${DEMO_SITE}/documents/${documentId}`);
    expect(saved).toMatchObject({ number: NUMBER, issuedOn: '2026-03-05', effectiveOn: '2026-03-15', expiresOn: null, documentType: 'quyet-dinh' });
    expect(saved.attachments).toHaveLength(1);
    expect(saved.relations).toEqual([{ kind: 'replaces', itemId: expect.any(String) }]);

    await act(deputy, 'Gửi duyệt', 'Đã gửi');

    // --- Review (set-up through the API): the field's editor, verified, forwarded.
    const members = await apiJson<{ items: { userId: string; email?: string; fullName: string }[] }>(
      app.baseUrl,
      deputyToken,
      'GET',
      `/sites/${DEMO_SITE}/members`,
    );
    const editorId = members.items.find((m) => m.fullName === 'Lê Văn Biên')!.userId;
    const transition = (token: string, body: object) => apiJson(app.baseUrl, token, 'POST', `/sites/${DEMO_SITE}/documents/${documentId}/transitions`, body);
    await transition(deputyToken, { action: 'assign', assigneeId: editorId });
    await transition(await apiToken(app.baseUrl, DEMO.editor), { action: 'verify' });
    await transition(deputyToken, { action: 'forward' });

    // --- Chief: approves in the editor.
    const chief = await signIn(DEMO.chief);
    await openEditor(chief);
    expect(await chief.getByTestId('attachment-row').filter({ hasText: PDF_NAME }).count()).toBe(1);
    expect(await chief.locator('#document-relations-0-item').inputValue()).toMatch(new RegExp(`^${REPLACED.number} — `));
    await act(chief, 'Duyệt đăng', 'Đã đăng');
    await chief.getByTestId('history-transitions').getByText('Duyệt đăng', { exact: true }).waitFor();
    await openRegister(chief);
    const row = chief.getByTestId('document-row').filter({ hasText: NUMBER });
    expect(await row.getByTestId('column-issuedOn').textContent()).toContain('05/03/2026');
    expect(await row.getByTestId('column-documentType').textContent()).toContain('Quyết định');

    expect(unexpectedProblems()).toEqual([]);
  });

  it('should pass axe without sideways scrolling on a phone, for the register and the editor', async () => {
    const phone = await signIn(DEMO.chief, { phone: true });
    await openRegister(phone);
    await expectAccessible(phone, 'register (phone)');
    expect(await horizontalOverflow(phone)).toBe(0);
    await screenshot(phone, 'documents-03-register-phone');
    await openEditor(phone);
    await expectAccessible(phone, 'editor (phone)');
    expect(await horizontalOverflow(phone)).toBe(0);
    await screenshot(phone, 'documents-04-editor-phone');
    expect(unexpectedProblems()).toEqual([]);
  });
});

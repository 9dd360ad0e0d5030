import { Workbook } from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import PDFDocument from 'pdfkit';
import { apiJson, apiToken, DEMO, DEMO_SITE, signedIn, type AdminSession } from './admin-session';
import { axeViolations, horizontalOverflow, launchChromium, screenshot } from './chromium';
import { describeBrowser, sharedApp, uniqueNumber, type SharedApp } from './shared-app';

/**
 * A register imported from a spreadsheet in the admin SPA: the contributor opens "Văn bản › Nhập từ bảng
 * tính", downloads the template, chooses a workbook of two rows (one with a date that is not one) and the
 * PDF one row names, sees the preview (the bad date in red under its column), imports the valid row and
 * opens the new draft from the result. The screen passes axe on a desktop and, previewed, on a phone
 * without sideways scrolling.
 */
const N = uniqueNumber();
const NUMBER = `${N.slice(-4)}/QĐ-UBND`;
const TITLE = `Quyết định về việc giao chỉ tiêu kế hoạch năm, đợt ${N}`;
const BAD_TITLE = `Kế hoạch kiểm tra, đợt ${N}`;
const PDF_NAME = `qd-${N}.pdf`;

const EXPECTED_PROBLEMS: RegExp[] = [/^HTTP 401 POST \/api\/v1\/auth\/refresh$/];
const isExpected = (problem: string) => EXPECTED_PROBLEMS.some((p) => p.test(problem));

function pdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')).fontSize(12).text(`QUYẾT ĐỊNH số ${NUMBER}`);
  doc.end();
  return done;
}

async function register(): Promise<Buffer> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Sổ văn bản');
  ws.addRow(['Số, ký hiệu', 'Trích yếu', 'Loại văn bản', 'Ngày ban hành', 'Cơ quan ban hành', 'Lĩnh vực', 'Tệp']);
  ws.addRow([NUMBER, TITLE, 'Quyết định', '05/03/2026', 'Ủy ban nhân dân xã Ân Hảo Đông', 'Kinh tế', PDF_NAME]);
  ws.addRow([`${N.slice(-4)}/KH-UBND`, BAD_TITLE, 'Kế hoạch', '31/02/2026', 'Ủy ban nhân dân xã Ân Hảo Đông', 'Kinh tế', '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describeBrowser('legal documents imported from a spreadsheet in the admin SPA (Chromium)', () => {
  let app: SharedApp;
  let browser: Browser;
  const sessions: AdminSession[] = [];

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

  async function expectAccessible(page: Page, screen: string): Promise<void> {
    expect({ screen, violations: await axeViolations(page) }).toEqual({ screen, violations: [] });
  }

  async function choose(page: Page, files: { pdf?: Buffer } = {}): Promise<void> {
    await page.locator('#sheet-import-sheet').setInputFiles({ name: 'so-van-ban.xlsx', mimeType: XLSX, buffer: await register() });
    if (files.pdf) await page.locator('#sheet-import-files').setInputFiles({ name: PDF_NAME, mimeType: 'application/pdf', buffer: files.pdf });
    await page.getByTestId('sheet-import-preview').click();
    await page.getByTestId('sheet-import-table').waitFor();
  }

  it('should preview a register with its errors and import the valid row as a draft with its file', async () => {
    const page = await signIn(DEMO.contributor);
    await page.goto(`${app.baseUrl}/admin/sites/${DEMO_SITE}/van-ban`);
    await page.getByTestId('document-import-link').click();
    await page.getByRole('heading', { level: 1, name: 'Nhập văn bản từ bảng tính' }).waitFor();
    await expectAccessible(page, 'import (empty)');

    const [template] = await Promise.all([page.waitForEvent('download'), page.getByTestId('sheet-import-template').click()]);
    expect(template.suggestedFilename()).toBe('mau-nhap-document.xlsx');

    await choose(page, { pdf: await pdf() });
    const good = page.getByTestId('sheet-import-row-2');
    const bad = page.getByTestId('sheet-import-row-3');
    expect(await good.textContent()).toContain(`${PDF_NAME} (đã có)`);
    expect(await good.textContent()).toContain('Mới');
    expect(await bad.textContent()).toContain('Ngày ban hành: Ngày không hợp lệ');
    expect(
      await bad
        .locator('.sheet-import__error')
        .first()
        .evaluate((e) => getComputedStyle(e).color),
    ).toBe('rgb(179, 38, 30)');
    await expectAccessible(page, 'import (preview)');
    await screenshot(page, 'spreadsheet-import-01-preview');

    await page.getByTestId('sheet-import-commit').click();
    const result = page.getByTestId('sheet-import-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('Đã tạo 1 bản nháp');
    await result.getByRole('link', { name: TITLE }).click();
    await page.getByTestId('document-heading').getByText(TITLE).waitFor();
    const id = /\/van-ban\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    const saved = await apiJson<Record<string, unknown>>(
      app.baseUrl,
      await apiToken(app.baseUrl, DEMO.contributor),
      'GET',
      `/sites/${DEMO_SITE}/documents/${id}`,
    );
    expect(saved).toMatchObject({ number: NUMBER, issuedOn: '2026-03-05', status: 'draft', attachments: [expect.any(String)] });

    expect(sessions.flatMap((s) => s.problems()).filter((p) => !isExpected(p))).toEqual([]);
  });

  it('should show the preview on a phone without sideways scrolling', async () => {
    const phone = await signIn(DEMO.contributor, { phone: true });
    await phone.goto(`${app.baseUrl}/admin/sites/${DEMO_SITE}/van-ban/nhap-bang-tinh`);
    await phone.getByRole('heading', { level: 1, name: 'Nhập văn bản từ bảng tính' }).waitFor();
    await choose(phone);
    await expectAccessible(phone, 'import preview (phone)');
    expect(await horizontalOverflow(phone)).toBe(0);
    await screenshot(phone, 'spreadsheet-import-02-phone');
  });
});

import { createHash } from 'node:crypto';
import { Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { encodeTcvn3, encodeVni } from '@congxa/shared/text';
import { DEMO, DEMO_SITE, openAdmin, signIn } from './admin-session';
import { axeViolations, launchChromium, screenshot } from './chromium';
import { describeBrowser, sharedApp, uniqueNumber, type SharedApp } from './shared-app';

/**
 * "Nhập từ Word": a contributor uploads an old Word file typed in .VnTimeH / .VnTime / VNI-Times, watches
 * the upload progress, reads the preview of the draft the API created (converted passages highlighted,
 * pictures, the archived original) and opens it in the editor. A file that is no Word document is refused
 * with the API's Vietnamese reason.
 */
const CONTRIBUTOR = DEMO.contributor;
/** Unique (digits survive the .VnTimeH conversion): the app is shared with the other browser test files. */
const TITLE = `THÔNG BÁO LỊCH TIẾP CÔNG DÂN SỐ ${uniqueNumber()}`;
const TCVN3_PARAGRAPH = 'Ban tiếp công dân xã Ân Hảo Đông thông báo lịch tiếp công dân tháng Mười hai năm 2026.';
const UNICODE_PARAGRAPH = 'Đoạn này đã gõ bằng Unicode nên giữ nguyên.';
const VNI_PARAGRAPH = 'Người dân đến Bộ phận Một cửa vào sáng thứ Hai hằng tuần.';
const NOT_A_DOCX = 'Tệp này không phải tài liệu Word .docx (dù tên tệp có thể là .docx).';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A photo-like picture (noise does not compress): enough bytes for the upload to take a moment. */
const photo = () =>
  sharp({ create: { width: 640, height: 400, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 50 } } })
    .png()
    .toBuffer();

/** The document as an old office computer wrote it: title in .VnTimeH, body in .VnTime and VNI-Times. */
async function oldWordFile(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: encodeTcvn3(TITLE), font: '.VnTimeH' })] }),
          new Paragraph({ children: [new TextRun({ text: encodeTcvn3(TCVN3_PARAGRAPH), font: '.VnTime' })] }),
          new Paragraph({ children: [new TextRun({ text: UNICODE_PARAGRAPH, font: 'Times New Roman' })] }),
          new Paragraph({ children: [new TextRun({ text: encodeVni(VNI_PARAGRAPH), font: 'VNI-Times' })] }),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: await photo(), transformation: { width: 320, height: 200 } })] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describeBrowser('"Nhập từ Word" in the admin SPA (Chromium)', () => {
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
    await signIn(app.baseUrl, page, CONTRIBUTOR);
  });

  afterEach(async () => {
    // Undefined when beforeAll or beforeEach failed: that failure is the one to report.
    await context?.close();
  });

  const expectNoProblems = (...expected: string[]) =>
    expect(problems().filter((p) => p !== 'HTTP 401 POST /api/v1/auth/refresh' && !expected.includes(p))).toEqual([]);

  it('should upload an old .VnTime / VNI Word file with a progress bar, preview the converted draft and open it in the editor', async () => {
    const file = await oldWordFile();
    const sha256 = createHash('sha256').update(file).digest('hex');

    // From the sidebar's article list to its "Nhập từ Word" button.
    await page.getByTestId('main-nav').getByRole('link', { name: 'Tin bài' }).click();
    await page.waitForURL(`${app.baseUrl}/admin/sites/${DEMO_SITE}/tin-bai`);
    await page.getByRole('button', { name: 'Viết tin mới' }).waitFor();
    await screenshot(page, 'import-00-list');
    await page.getByRole('link', { name: 'Nhập từ Word' }).click();
    await page.waitForURL(`${app.baseUrl}/admin/sites/${DEMO_SITE}/tin-bai/nhap`);
    await page.getByRole('heading', { level: 1, name: 'Nhập tin bài từ tệp Word' }).waitFor();
    expect(await page.title()).toBe('Nhập từ Word · Quản trị Trang thông tin điện tử xã');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Tệp cần nhập').setInputFiles({ name: 'Thong bao tiep dan.docx', mimeType: DOCX_TYPE, buffer: file });
    await page.getByTestId('import-chosen').getByText('Đã chọn: Thong bao tiep dan.docx', { exact: false }).waitFor();
    await screenshot(page, 'import-01-chosen');

    // A slow line, so the bar can be seen moving: upload at about 200 KB/s.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 200 * 1024 });
    await page.getByRole('button', { name: 'Tải lên và tạo bản nháp' }).click();
    const bar = page.locator('#import-progress-bar');
    await bar.waitFor();
    await page.waitForFunction(() => {
      const value = Number(document.querySelector('#import-progress-bar')?.getAttribute('value'));
      return value > 0 && value < 100;
    });
    expect(await page.getByTestId('import-progress').textContent()).toContain('Đang tải lên Thong bao tiep dan.docx');
    await screenshot(page, 'import-02-progress');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

    // The draft exists as soon as the upload is done.
    const result = page.getByTestId('import-result');
    await result.waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-result-title');
    expect(await page.getByRole('heading', { level: 2, name: 'Bản nháp đã được tạo' }).count()).toBe(1);
    expect(await page.getByTestId('import-created').textContent()).toContain(`Tin bài nháp “${TITLE}” đã được tạo`);

    expect(await page.getByTestId('import-conversions').locator('li').allTextContents()).toEqual([
      'Đã chuyển từ TCVN3 (.VnTimeH): 1 đoạn',
      'Đã chuyển từ TCVN3 (.VnTime): 1 đoạn',
      'Đã chuyển từ VNI (VNI-Times): 1 đoạn',
    ]);
    expect(await page.getByTestId('import-images').textContent()).toContain('Tài liệu có 1 ảnh, đã được đưa vào thư viện ảnh.');
    expect(await page.getByTestId('import-images').textContent()).toContain('Mỗi ảnh phải được điền mô tả (alt)');
    expect(await page.getByTestId('import-sha256').textContent()).toBe(sha256);
    expect(await page.getByTestId('import-original').textContent()).toContain('Thong bao tiep dan.docx');

    // The preview: Unicode text, the converted passages highlighted, the Unicode one not.
    const preview = page.getByTestId('import-preview');
    expect(await page.getByTestId('import-preview-title').textContent()).toBe(TITLE);
    expect(await page.getByTestId('import-preview-title').getAttribute('class')).toContain('import-converted');
    const body = page.getByTestId('import-preview-body');
    expect(await body.locator('.import-converted').allTextContents()).toEqual([TCVN3_PARAGRAPH, VNI_PARAGRAPH]);
    expect(await body.locator('p', { hasText: UNICODE_PARAGRAPH }).getAttribute('class')).toBeNull();
    expect(
      await body
        .locator('.import-converted')
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor),
    ).toBe('rgb(255, 244, 209)');
    // The picture shows (loaded from the media library).
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('[data-testid="import-preview-body"] img');
      return !!img && img.complete && img.naturalWidth > 0;
    });
    await preview.scrollIntoViewIfNeeded();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'import-03-preview');

    await page.getByRole('link', { name: 'Mở để biên tập' }).click();
    await page.waitForURL(new RegExp(`/admin/sites/${DEMO_SITE}/tin-bai/[0-9a-f-]{36}$`));
    await page.getByTestId('article-heading').getByText(TITLE).waitFor();
    expect((await page.getByTestId('article-status').textContent())?.trim()).toBe('Bản nháp');
    const editorBody = page.getByRole('textbox', { name: 'Nội dung', exact: true });
    expect(await editorBody.innerText()).toContain(TCVN3_PARAGRAPH);
    expect(await editorBody.innerText()).toContain(VNI_PARAGRAPH);
    await screenshot(page, 'import-04-editor');
    expectNoProblems();
  });

  it("should show the API's reason when the file is not a Word document, and let the user choose another", async () => {
    await page.goto(`${app.baseUrl}/admin/sites/${DEMO_SITE}/tin-bai/nhap`);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    await page.getByLabel('Tệp cần nhập').setInputFiles({ name: 'bao-cao.docx', mimeType: DOCX_TYPE, buffer: pdf });
    await page.getByRole('button', { name: 'Tải lên và tạo bản nháp' }).click();
    const error = page.getByTestId('import-error');
    await error.getByText(NOT_A_DOCX, { exact: false }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-error');
    await screenshot(page, 'import-05-not-docx');

    // Nothing chosen: said beside the field, nothing sent.
    await page.getByLabel('Tệp cần nhập').setInputFiles([]);
    await page.getByRole('button', { name: 'Tải lên và tạo bản nháp' }).click();
    await error.getByText('Hãy chọn một tệp .docx hoặc .txt.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-file');
    expectNoProblems(`HTTP 415 POST /api/v1/sites/${DEMO_SITE}/imports/docx`);
  });
});

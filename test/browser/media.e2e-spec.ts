import { randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import type { ArticleResponse } from '@congxa/shared/dto/articles';
import type { CategoryResponse } from '@congxa/shared/dto/categories';
import type { Page as ListPage } from '@congxa/shared/dto/common';
import type { FieldResponse } from '@congxa/shared/dto/fields';
import type { UploadMediaResponse } from '@congxa/shared/dto/media';
import { apiJson, apiToken, DEMO, DEMO_SITE, signedIn, type AdminSession } from './admin-session';
import { axeViolations, horizontalOverflow, launchChromium, screenshot } from './chromium';
import { describeBrowser, sharedApp, uniqueNumber, type SharedApp } from './shared-app';

/**
 * The media library (`/admin/sites/<site>/thu-vien`) and the alt-text rule, clicked through in real Chromium
 * against the real API: several files at once with a progress bar each (the upload is slowed by the browser's
 * own network throttling, so the bars can be seen moving), the API's refusal in words, alt text and caption,
 * search without Vietnamese marks, where an image is used; and an article whose image has no alt text,
 * refused at submit until the image gets one.
 */

/** Failures the tests provoke on purpose, or that a sign-in page always makes. */
const EXPECTED_PROBLEMS: RegExp[] = [
  // Start-up of the sign-in page, before there is a refresh cookie.
  /^HTTP 401 POST \/api\/v1\/auth\/refresh$/,
  // The text file named .png: the API reads the bytes and refuses it.
  /^HTTP 415 POST \/api\/v1\/sites\/an-hao-dong\/media$/,
  // The submit of the article whose image has no alt text (MEDIA_ALT_MISSING).
  /^HTTP 422 POST \/api\/v1\/sites\/an-hao-dong\/articles\/[0-9a-f-]{36}\/transitions$/,
];
const unexpected = (problems: string[]) => problems.filter((p) => !EXPECTED_PROBLEMS.some((e) => e.test(p)));

/** The API's refusal of a file that is no image nor document (libs/shared/src/errors/codes.ts, in Vietnamese). */
const UNSUPPORTED_VI =
  'Định dạng tệp không được nhận. Chỉ nhận ảnh JPEG, PNG, WebP, GIF và tài liệu PDF, DOCX (ảnh HEIC/AVIF của điện thoại: hãy chuyển sang JPEG trước).';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A real PNG (8-bit RGB) of random pixels: it does not compress, so its size is about width × height × 3
 * bytes and the throttled upload takes long enough to watch; random, so never a duplicate of an earlier run.
 */
function noisePng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // RGB
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) rows.push(Buffer.concat([Buffer.from([0]), randomBytes(width * 3)]));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** One sample of the upload rows: file name, status, and the progress bar's value (null: no bar, or indeterminate). */
interface RowSample {
  name: string;
  status: string;
  bar: boolean;
  value: number | null;
  role: string | null;
}

describeBrowser('media library and alt text (Chromium)', () => {
  let app: SharedApp;
  let browser: Browser;
  let contributorToken: string;
  const sessions: AdminSession[] = [];

  beforeAll(async () => {
    app = sharedApp();
    browser = await launchChromium();
    contributorToken = await apiToken(app.baseUrl, DEMO.contributor);
  });

  afterEach(async () => {
    const open = sessions.splice(0);
    for (const s of open) await s.context.close();
    expect(unexpected(open.flatMap((s) => s.problems()))).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function session(email: string, options: { phone?: boolean } = {}): Promise<AdminSession> {
    const s = await signedIn(browser, app.baseUrl, email, options);
    sessions.push(s);
    return s;
  }

  const api = <T>(method: string, path: string, body?: unknown) => apiJson<T>(app.baseUrl, contributorToken, method, `/sites/${DEMO_SITE}${path}`, body);
  const getArticle = (id: string) => api<ArticleResponse>('GET', `/articles/${id}`);
  const editorUrl = (id: string) => `${app.baseUrl}/admin/sites/${DEMO_SITE}/tin-bai/${id}`;

  async function expectAccessible(page: Page): Promise<void> {
    expect(await axeViolations(page)).toEqual([]);
  }

  /** A draft of the contributor with everything a submit needs (through the API: set-up, not under test). */
  async function completeDraft(title: string, body: string): Promise<ArticleResponse> {
    const [categories, fields] = await Promise.all([api<ListPage<CategoryResponse>>('GET', '/categories'), api<ListPage<FieldResponse>>('GET', '/fields')]);
    const field = fields.items.find((f) => f.name === 'Kinh tế');
    expect(field).toBeDefined();
    return api<ArticleResponse>('POST', '/articles', {
      title,
      summary: 'Người dân thôn Hòa Hội cùng làm đường bê tông.',
      body,
      categoryId: categories.items[0]!.id,
      fieldId: field!.id,
      authorName: 'Hoàng Văn Cộng',
      authorAddress: 'Thôn Hòa Hội, xã Ân Hảo Đông',
      noSecretConfirmed: true,
    });
  }

  /** Starts sampling the upload rows every 40 ms in the page (the bars move faster than a test can poll). */
  async function recordUploadRows(page: Page): Promise<void> {
    await page.evaluate(() => {
      const samples: RowSample[] = [];
      (window as unknown as { __uploadSamples: RowSample[] }).__uploadSamples = samples;
      setInterval(() => {
        for (const row of Array.from(document.querySelectorAll('[data-testid="media-upload-row"]'))) {
          const bar = row.querySelector('progress');
          samples.push({
            name: row.querySelector('.upload__name')?.textContent?.trim() ?? '',
            status: row.getAttribute('data-status') ?? '',
            bar: !!bar,
            value: bar && bar.hasAttribute('value') ? bar.value : null,
            role: bar ? (bar.getAttribute('role') ?? 'progressbar') : null,
          });
        }
      }, 40);
    });
  }
  const uploadSamples = (page: Page) => page.evaluate(() => (window as unknown as { __uploadSamples: RowSample[] }).__uploadSamples);

  it('should upload several files with a bar each, refuse one in words, and edit, find and show the usage of an image', async () => {
    const n = uniqueNumber();
    const photo = { name: `cau-hoa-hoi-${n}.png`, mimeType: 'image/png', buffer: noisePng(300, 220) };
    const second = { name: `le-khanh-thanh-${n}.png`, mimeType: 'image/png', buffer: noisePng(260, 200) };
    // Text with a .png name: only the API, reading the bytes, can tell.
    const fake = { name: `bao-cao-${n}.png`, mimeType: 'image/png', buffer: Buffer.from('Báo cáo tổng kết năm, không phải ảnh. '.repeat(4000)) };

    const { page } = await session(DEMO.contributor);
    await page.getByTestId('nav-media').first().click();
    await page.getByRole('heading', { name: 'Thư viện ảnh, tệp', level: 1 }).waitFor();
    await page.getByTestId('media-count').waitFor();
    await screenshot(page, 'media-01-library');
    await expectAccessible(page);

    // Slow the uploads down (Chrome's own throttling, ~160 KB/s up) so each file's bar is seen moving.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 160 * 1024 });
    await recordUploadRows(page);
    await page.getByTestId('media-file-input').setInputFiles([photo, second, fake]);

    const rows = page.getByTestId('media-upload-row');
    const rowOf = (name: string) => rows.filter({ hasText: name });
    // Mid-way: a real progress bar (role progressbar, named after the file) with a value between 0 and 100.
    await page.waitForFunction(
      (name) => {
        const row = Array.from(document.querySelectorAll('[data-testid="media-upload-row"]')).find((r) => r.textContent?.includes(name));
        const bar = row?.querySelector('progress');
        return !!bar && bar.hasAttribute('value') && bar.value > 0 && bar.value < 100;
      },
      photo.name,
      { timeout: 15_000 },
    );
    const bar = page.getByRole('progressbar', { name: photo.name });
    expect(await bar.count()).toBe(1);
    expect(await rowOf(photo.name).getByTestId('media-upload-status').textContent()).toMatch(/Đang gửi \d{1,3}%|Đang xử lý…/);
    await screenshot(page, 'media-02-uploading');

    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="media-upload-row"]:is([data-status="done"],[data-status="failed"])').length === 3,
      undefined,
      {
        timeout: 30_000,
      },
    );
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    const samples = await uploadSamples(page);
    for (const file of [photo, second, fake]) {
      const seen = samples.filter((s) => s.name === file.name && s.bar);
      // Every file had its own bar, with a value strictly between 0 and 100 at some moment.
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((s) => s.role === 'progressbar')).toBe(true);
      expect(seen.some((s) => s.value !== null && s.value > 0 && s.value < 100)).toBe(true);
    }

    // The good ones are in; the fake one is refused with the API's reason in words (no error code).
    for (const file of [photo, second]) {
      expect(await rowOf(file.name).getAttribute('data-status')).toBe('done');
      expect(await rowOf(file.name).getByTestId('media-upload-status').textContent()).toContain('Đã tải lên');
      expect(await rowOf(file.name).getByRole('progressbar').count()).toBe(0);
    }
    expect(await rowOf(fake.name).getAttribute('data-status')).toBe('failed');
    const refusal = rowOf(fake.name).getByTestId('media-upload-error');
    expect(await refusal.getAttribute('role')).toBe('alert');
    expect((await refusal.textContent())?.trim()).toBe(UNSUPPORTED_VI);
    expect(await rowOf(fake.name).textContent()).not.toMatch(/UNSUPPORTED|415|[A-Z]{3,}_[A-Z]{3,}/);
    const grid = page.getByTestId('media-grid');
    const card = grid.getByTestId('media-card').filter({ hasText: photo.name });
    await card.waitFor();
    await grid.getByTestId('media-card').filter({ hasText: second.name }).waitFor();
    expect(await grid.getByTestId('media-card').filter({ hasText: fake.name }).count()).toBe(0);
    // A new image has no alt text yet: the card says so.
    expect(await card.getByTestId('missing-alt').textContent()).toBe('Thiếu mô tả');
    await screenshot(page, 'media-03-uploaded');
    await expectAccessible(page);

    // Alt text and caption, in the item's dialog; nothing uses it yet.
    const alt = `Cầu bê tông Hòa Hội mới làm xong, số ${n}`;
    const caption = `Cầu Hòa Hội sau ngày khánh thành (ảnh ${n}).`;
    await card.click();
    const detail = page.getByTestId('media-detail');
    await detail.getByRole('heading', { name: photo.name }).waitFor();
    const usage = detail.getByTestId('media-usage');
    await usage.getByText('Chưa có bài hay trang nào dùng.').waitFor();
    expect(await detail.textContent()).toContain('300 × 220 điểm ảnh');
    expect(await detail.textContent()).toContain('Hoàng Văn Cộng');
    await detail.getByLabel('Mô tả ảnh (alt)').fill(alt);
    await detail.getByLabel('Chú thích').fill(caption);
    await detail.getByTestId('media-save').click();
    await detail.getByRole('status').filter({ hasText: 'Đã lưu.' }).waitFor();
    await screenshot(page, 'media-04-detail-saved');
    await expectAccessible(page);
    await detail.getByRole('button', { name: 'Đóng' }).click();
    await detail.waitFor({ state: 'detached' });
    expect(await card.getByTestId('missing-alt').count()).toBe(0);
    expect(await card.textContent()).toContain(alt);

    // Search without the Vietnamese marks finds it by its caption.
    await page.getByTestId('media-search').fill(`cau hoa hoi sau ngay khanh thanh (anh ${n})`);
    await page.getByRole('search').getByRole('button', { name: 'Tìm' }).click();
    await page.getByTestId('media-count').getByText('1 mục').waitFor();
    expect(await grid.getByTestId('media-card').count()).toBe(1);
    expect(await grid.getByTestId('media-card').textContent()).toContain(photo.name);
    expect(page.url()).toContain('q=');
    await screenshot(page, 'media-05-search');

    // Use it as an article's cover, chosen in the editor from the library picker.
    const article = await api<ArticleResponse>('POST', '/articles', { title: `Khánh thành cầu Hòa Hội ${n}`, body: '<p>Cầu mới nối hai thôn.</p>' });
    await page.goto(editorUrl(article.id));
    await page.getByTestId('article-heading').getByText(article.title).waitFor();
    await page.getByTestId('cover-choose').click();
    const picker = page.getByTestId('media-picker');
    await picker.getByTestId('media-search').fill(photo.name);
    await picker.getByRole('search').getByRole('button', { name: 'Tìm' }).click();
    await picker.getByTestId('media-card').filter({ hasText: photo.name }).click();
    await picker.waitFor({ state: 'detached' });
    const cover = page.getByTestId('cover-field');
    expect(await cover.textContent()).toContain(photo.name);
    expect(await cover.getByTestId('cover-img').getAttribute('alt')).toBe(alt);
    await page.getByTestId('article-save').click();
    await page.locator('.save-panel__status').getByText('Đã lưu lúc').waitFor();
    const mediaId = (await getArticle(article.id)).coverMediaId;
    expect(mediaId).toMatch(/^[0-9a-f-]{36}$/);

    // Back in the library: the image says where it is used, with a link to the article.
    await page.getByTestId('nav-media').first().click();
    await page.getByTestId('media-search').fill(photo.name);
    await page.getByRole('search').getByRole('button', { name: 'Tìm' }).click();
    await page.getByTestId('media-count').getByText('1 mục').waitFor();
    await grid.getByTestId('media-card').filter({ hasText: photo.name }).click();
    const use = usage.getByRole('listitem').filter({ hasText: article.title });
    await use.waitFor();
    expect(await use.textContent()).toContain('Bản nháp');
    await screenshot(page, 'media-06-usage');
    await expectAccessible(page);
    await use.getByRole('link', { name: article.title }).click();
    await page.waitForURL(editorUrl(article.id));
    await page.getByTestId('article-heading').getByText(article.title).waitFor();
  });

  it('should fit the library and an item on a 390 px phone', async () => {
    const image = await uploadViaApi(`dien-thoai-${uniqueNumber()}.png`, noisePng(120, 90));
    const { page } = await session(DEMO.contributor, { phone: true });
    await page.goto(`${app.baseUrl}/admin/sites/${DEMO_SITE}/thu-vien`);
    await page.getByRole('heading', { name: 'Thư viện ảnh, tệp', level: 1 }).waitFor();
    const card = page.getByTestId('media-card').filter({ hasText: image.originalName });
    await card.waitFor();
    // The thumbnails have loaded (the page is measured as people see it).
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.media-card__img')).every((img) => (img as HTMLImageElement).complete));
    await screenshot(page, 'media-07-phone-library');
    expect(await horizontalOverflow(page)).toBe(0);
    await expectAccessible(page);

    await card.click();
    const detail = page.getByTestId('media-detail');
    await detail.getByTestId('media-usage').getByText('Chưa có bài hay trang nào dùng.').waitFor();
    await screenshot(page, 'media-08-phone-detail');
    expect(await horizontalOverflow(page)).toBe(0);
    const box = await detail.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await expectAccessible(page);
  });

  /** An image uploaded through the API as the contributor (set-up), without alt text. */
  async function uploadViaApi(name: string, bytes: Buffer): Promise<UploadMediaResponse> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), name);
    const response = await fetch(`${app.baseUrl}/api/v1/sites/${DEMO_SITE}/media`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${contributorToken}` },
      body: form,
    });
    if (response.status !== 201 && response.status !== 200) throw new Error(`upload answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as UploadMediaResponse;
  }

  it('should refuse to submit an article whose image has no alt text, naming the image, until the image gets one', async () => {
    const n = uniqueNumber();
    const image = await uploadViaApi(`duong-be-tong-${n}.png`, noisePng(200, 150));
    expect(image.altText).toBeNull();
    const variant = image.variants.find((v) => v.name === 'w1280.jpg') ?? image.variants.find((v) => v.name.endsWith('.jpg'));
    const title = `Đường bê tông thôn Hòa Hội hoàn thành ${n}`;
    const article = await completeDraft(
      title,
      `<p>Sáng nay, con đường bê tông dài 2 km đã hoàn thành.</p><figure><img src="${variant!.url}" alt=""></figure><p>Người dân rất phấn khởi.</p>`,
    );
    expect(article.body).toContain(variant!.url);

    const { page } = await session(DEMO.contributor);
    await page.goto(editorUrl(article.id));
    await page.getByTestId('article-heading').getByText(title).waitFor();
    const figure = page.locator('.rte-figure');
    await figure.waitFor();
    // The editor marks the image, and the checklist names it before anything is sent.
    expect(await figure.locator('.rte-figure__badge').isVisible()).toBe(true);
    const checklist = page.getByTestId('submit-checklist');
    const place = checklist.getByRole('button', { name: 'Ảnh thứ 1 trong “Nội dung” chưa có mô tả ảnh' });
    await place.waitFor();
    expect(await checklist.getByRole('listitem').count()).toBe(1);

    // Submit anyway: the API refuses, in words, and nothing moves.
    await page.getByTestId('workflow-actions').getByRole('button', { name: 'Gửi duyệt', exact: true }).click();
    const submit = page.getByRole('dialog', { name: 'Gửi duyệt' });
    await submit.getByTestId('transition-confirm').click();
    const refusal = submit.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Có ảnh chưa có mô tả (alt)');
    // … and names the image it is about.
    expect(await refusal.getByTestId('missing-alt-places').getByRole('listitem').allTextContents()).toEqual(['Ảnh thứ 1 trong “Nội dung” chưa có mô tả ảnh']);
    await screenshot(page, 'media-09-submit-refused-missing-alt');
    await expectAccessible(page);
    await submit.getByRole('button', { name: 'Huỷ' }).click();
    expect((await getArticle(article.id)).status).toBe('draft');

    // Fix it where it is: click the image, write its alt text.
    await figure.click();
    const imageDialog = page.getByTestId('image-dialog');
    await imageDialog.waitFor();
    const altText = 'Con đường bê tông mới ở thôn Hòa Hội';
    await imageDialog.getByTestId('image-alt').fill(altText);
    await screenshot(page, 'media-10-image-alt-dialog');
    await expectAccessible(page);
    await imageDialog.getByTestId('image-submit').click();
    await imageDialog.waitFor({ state: 'detached' });
    expect(await figure.locator('img').getAttribute('alt')).toBe(altText);
    expect(await figure.locator('.rte-figure__badge').isVisible()).toBe(false);
    await checklist.getByText('Đã đủ thông tin để gửi duyệt.').waitFor();

    // Submit now goes through (the change is saved first).
    await page.getByTestId('workflow-actions').getByRole('button', { name: 'Gửi duyệt', exact: true }).click();
    await submit.getByTestId('transition-confirm').click();
    await page.getByTestId('article-notice').getByText('Đã thực hiện “Gửi duyệt”. Trạng thái mới: Đã gửi.').waitFor();
    const sent = await getArticle(article.id);
    expect(sent.status).toBe('submitted');
    expect(sent.body).toContain(`alt="${altText}"`);
    await screenshot(page, 'media-11-submitted');
  });
});

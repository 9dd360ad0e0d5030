import type { Page } from '@congxa/shared/dto/common';
import type { PublicDocument, PublicDocumentSummary } from '@congxa/shared/dto/documents';
import { bearer, createTestApp, DEMO_SITE_SLUG, seedDemoAndLogin, type DemoLogin, type TestApp } from '../src/test-support/test-app';

/**
 * The portal's pages of legal documents (Văn bản), rendered on the server by the API process from the demo
 * register (apps/api/src/modules/demo/demo-content.ts: 15/QĐ-UBND replaced by 42/QĐ-UBND, 08/KH-UBND past
 * its end date, …): complete HTML, filters as a plain GET form, statuses and redirects as a reader's browser
 * and a search engine get them.
 */
describe('server-rendered legal documents (HTTP)', () => {
  let t: TestApp;
  let tokens: Record<DemoLogin, string>;
  let register: PublicDocumentSummary[];
  const page = (path: string) => t.http().get(path).set('Host', 'localhost');
  const byNumber = (number: string) => register.find((d) => d.number === number)!;
  const jsonLd = (html: string) => JSON.parse(/<script type="application\/ld\+json" data-h>(.*?)<\/script>/s.exec(html)![1]!) as Record<string, unknown>;
  const title = (html: string) => /<title data-h>(.*?)<\/title>/.exec(html)?.[1];
  /** The register's rows: the number cell of each. */
  const rowNumbers = (html: string) => [...html.matchAll(/<td data-label="Số ký hiệu" class="doc-table__number">([^<]*)<\/td>/g)].map((m) => m[1]);

  beforeAll(async () => {
    t = await createTestApp({ CONGXA_SERVE_APPS: '1' });
    tokens = await seedDemoAndLogin(t);
    register = ((await page('/api/v1/public/documents?pageSize=50').expect(200)).body as Page<PublicDocumentSummary>).items;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('should render the register as a table of every published document, linked from the menu', async () => {
    expect(register.length).toBeGreaterThanOrEqual(5);
    const res = await page('/van-ban').expect(200);
    const html = res.text;
    expect(title(html)).toBe('Văn bản – Xã Ân Hảo Đông');
    expect(html).toContain('data-testid="site-menu"');
    expect(html).toMatch(/<a [^>]*href="\/van-ban"[^>]*>Văn bản<\/a>/);
    expect(rowNumbers(html)).toEqual(register.slice(0, 20).map((d) => d.number));
    for (const d of register.slice(0, 20)) expect(html).toContain(`href="/van-ban/${d.slug}"`);
    expect(html).toContain('Còn hiệu lực');
    // The filters work without scripts: a GET form to the same page.
    expect(html).toMatch(/<form[^>]*method="get"[^>]*action="\/van-ban"/);
  });

  it('should filter by type, validity, year and number through the query string', async () => {
    const replaced = rowNumbers((await page('/van-ban?loai=quyet-dinh&hieu-luc=replaced&q=&cap=&nam=').expect(200)).text);
    expect(replaced).toEqual(['15/QĐ-UBND']);
    const byNumberQuery = rowNumbers((await page(`/van-ban?q=${encodeURIComponent('42/QD-UBND')}`).expect(200)).text);
    expect(byNumberQuery).toContain('42/QĐ-UBND');
    const plans = rowNumbers((await page('/van-ban?loai=ke-hoach').expect(200)).text);
    expect(plans).toEqual(register.filter((d) => d.documentType.code === 'ke-hoach').map((d) => d.number));
    const year = byNumber('42/QĐ-UBND').issuedOn!.slice(0, 4);
    expect(rowNumbers((await page(`/van-ban?nam=${year}`).expect(200)).text)).toContain('42/QĐ-UBND');
    // A value the API would refuse is left out rather than failing the page.
    expect(rowNumbers((await page('/van-ban?loai=khong-co&nam=abc').expect(200)).text)).toHaveLength(Math.min(register.length, 20));
  });

  it('should answer 404 past the last page of the register', async () => {
    const html = (await page('/van-ban?trang=999').expect(404)).text;
    expect(html).toContain('data-status="404"');
  });

  it('should render a document with its details, validity and reason, files, relations and Legislation data', async () => {
    const replacing = byNumber('42/QĐ-UBND');
    const replaced = byNumber('15/QĐ-UBND');
    const html = (await page(`/van-ban/${replacing.slug}`).expect(200)).text;
    expect(html).toContain(`<h1 id="document-title" class="article__title">${replacing.title}</h1>`);
    expect(html).toMatch(/<th scope="row">Số ký hiệu<\/th><td>42\/QĐ-UBND<\/td>/);
    expect(html).toMatch(/<th scope="row">Người ký<\/th><td>Chủ tịch UBND xã Nguyễn Văn Hùng<\/td>/);
    expect(html).toContain('Còn hiệu lực');
    expect(html).toContain(`data-testid="validity-reason">${replacing.validity.reason.vi}<`);
    // Its file: a download link with the type and the size in Vietnamese number format.
    const detail = (await page(`/api/v1/public/documents/${replacing.slug}`).expect(200)).body as PublicDocument;
    expect(detail.files.length).toBeGreaterThan(0);
    const file = detail.files[0]!;
    expect(html).toContain(`href="${file.url}"`);
    expect(html).toMatch(/\(PDF, [\d,]+ KB\)/);
    const download = await page(file.url).expect(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    // Relations both ways.
    expect(html).toMatch(new RegExp(`Thay thế: </span><a href="/van-ban/${replaced.slug}"`));
    const other = (await page(`/van-ban/${replaced.slug}`).expect(200)).text;
    expect(other).toMatch(new RegExp(`Bị thay thế bởi: </span><a href="/van-ban/${replacing.slug}"`));
    expect(other).toContain('Bị thay thế');
    expect(jsonLd(html)).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '42/QĐ-UBND',
      legislationType: 'Quyết định',
      legislationLegalForce: 'InForce',
      legislationPassedBy: { name: 'Ủy ban nhân dân xã Ân Hảo Đông' },
      legislationChanges: [{ legislationIdentifier: '15/QĐ-UBND' }],
    });
    expect(jsonLd(other)).toMatchObject({ legislationLegalForce: 'NotInForce' });
  });

  it('should answer 404 for a document that is not there, 301 from the old address of a renamed one', async () => {
    await page('/van-ban/khong-co-van-ban-nay').expect(404);
    const d = byNumber('135/UBND-VP');
    const at = `/api/v1/sites/${DEMO_SITE_SLUG}/documents/${d.id}`;
    const current = (await t.http().get(at).set(bearer(tokens.chief)).expect(200)).body as { revision: number };
    await t.http().patch(at).set(bearer(tokens.chief)).send({ revision: current.revision, slug: 'cong-van-phong-chay' }).expect(200);
    expect((await page(`/van-ban/${d.slug}?nguon=zalo`).expect(301)).headers.location).toBe('/van-ban/cong-van-phong-chay?nguon=zalo');
    expect((await page(`/en/van-ban/${d.slug}`).expect(301)).headers.location).toBe('/en/van-ban/cong-van-phong-chay');
    await page('/van-ban/cong-van-phong-chay').expect(200);
  });

  it('should answer 410 with a notice worded for a document once it is withdrawn', async () => {
    const d = byNumber('05/NQ-HĐND');
    await page(`/van-ban/${d.slug}`).expect(200);
    await t
      .http()
      .post(`/api/v1/sites/${DEMO_SITE_SLUG}/documents/${d.id}/transitions`)
      .set(bearer(tokens.chief))
      .send({ action: 'unpublish', note: 'Gỡ để kiểm tra lại.' })
      .expect(201);
    const html = (await page(`/van-ban/${d.slug}`).expect(410)).text;
    expect(html).toContain('Văn bản đã được gỡ xuống');
  });

  it('should render the register in English under /en', async () => {
    const html = (await page('/en/van-ban').expect(200)).text;
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('<th scope="col">Number</th>');
    expect(html).toMatch(/href="\/en\/van-ban\/[a-z0-9-]+"/);
  });
});

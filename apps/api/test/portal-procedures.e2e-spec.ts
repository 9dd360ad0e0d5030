import type { PublicProcedure, PublicProcedurePage } from '@congxa/shared/dto/procedures';
import { DEMO_PROCEDURES } from '../src/modules/demo/demo-procedures';
import { bearer, createTestApp, DEMO_SITE_SLUG, seedDemoAndLogin, type DemoLogin, type TestApp } from '../src/test-support/test-app';

/**
 * The portal's pages of administrative procedures (Thủ tục hành chính), rendered on the server by the API
 * process from the demo procedures (apps/api/src/modules/demo/demo-procedures.ts): complete HTML, the search
 * as a plain GET form, the dossier's forms as download links, the legal basis linked into the register, the
 * print view, statuses and redirects as a reader's browser and a search engine get them.
 */
describe('server-rendered procedures (HTTP)', () => {
  let t: TestApp;
  let tokens: Record<DemoLogin, string>;
  let all: PublicProcedurePage;
  const page = (path: string) => t.http().get(path).set('Host', 'localhost');
  const byCode = (code: string) => all.items.find((p) => p.code === code)!;
  const jsonLd = (html: string) => JSON.parse(/<script type="application\/ld\+json" data-h>(.*?)<\/script>/s.exec(html)![1]!) as Record<string, unknown>;
  const title = (html: string) => /<title data-h>(.*?)<\/title>/.exec(html)?.[1];
  /** The list's rows: the code cell of each. */
  const rowCodes = (html: string) => [...html.matchAll(/<td data-label="Mã thủ tục" class="doc-table__number">([^<]*)<\/td>/g)].map((m) => m[1]);
  const groups = (html: string) => [...html.matchAll(/<h2 id="proc-group-\d+" class="document__heading">([^<]*)<\/h2>/g)].map((m) => m[1]);

  beforeAll(async () => {
    t = await createTestApp({ CONGXA_SERVE_APPS: '1' });
    tokens = await seedDemoAndLogin(t);
    all = (await page('/api/v1/public/procedures?pageSize=100').expect(200)).body as PublicProcedurePage;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('should list every procedure by field as tables, linked from the menu, with the search as a GET form', async () => {
    expect(all.total).toBe(DEMO_PROCEDURES.length);
    const html = (await page('/thu-tuc').expect(200)).text;
    expect(title(html)).toBe('Thủ tục hành chính – Xã Ân Hảo Đông');
    expect(html).toMatch(/<a [^>]*href="\/thu-tuc"[^>]*>Thủ tục hành chính<\/a>/);
    expect(groups(html)).toEqual(['Bảo trợ xã hội', 'Chứng thực', 'Hộ tịch']);
    expect(rowCodes(html)).toEqual(all.items.map((p) => p.code));
    for (const p of all.items) expect(html).toContain(`href="/thu-tuc/${p.slug}"`);
    expect(html).toMatch(/<form[^>]*method="get"[^>]*action="\/thu-tuc"/);
    expect(html).toContain('Có 10 thủ tục.');
  });

  it('should search by code or by words without marks, and filter by field, through the query string', async () => {
    expect(rowCodes((await page(`/thu-tuc?q=${encodeURIComponent('dang ky khai sinh')}`).expect(200)).text)).toEqual(['1.001193']);
    expect(rowCodes((await page('/thu-tuc?q=1.001193').expect(200)).text)).toEqual(['1.001193']);
    const copies = (await page('/thu-tuc?linh-vuc=chung-thuc&q=&cap=').expect(200)).text;
    expect(rowCodes(copies)).toEqual(['2.000815', '2.000884', '2.001035']);
    expect(copies).toContain('<option value="chung-thuc" selected>Chứng thực (3)</option>');
    // A value the API would refuse is left out, not answered 400.
    expect(rowCodes((await page('/thu-tuc?cap=thon&linh-vuc=H%E1%BB%99').expect(200)).text)).toHaveLength(DEMO_PROCEDURES.length);
    const none = (await page(`/thu-tuc?q=${encodeURIComponent('khong co thu tuc nay')}`).expect(200)).text;
    expect(none).toContain('Không có thủ tục nào phù hợp.');
  });

  it('should answer 404 past the last page', async () => {
    expect((await page('/thu-tuc?trang=9').expect(404)).text).toContain('data-status="404"');
  });

  it('should show a procedure: its facts, steps, dossier with the form to download, legal basis into the register, the national portal', async () => {
    const birth = byCode('1.001193');
    const html = (await page(`/thu-tuc/${birth.slug}`).expect(200)).text;
    expect(html).toContain('<h1 id="procedure-title" class="article__title">Đăng ký khai sinh</h1>');
    expect(html).toMatch(/<th scope="row">Mã thủ tục<\/th><td>1\.001193<\/td>/);
    expect(html).toMatch(/<th scope="row">Phí, lệ phí<\/th><td>Miễn lệ phí khi đăng ký khai sinh đúng hạn/);
    expect(html).toContain('<strong>Bước 1.</strong>');
    const detail = (await page(`/api/v1/public/procedures/${birth.slug}`).expect(200)).body as PublicProcedure;
    const form = detail.dossier[0]!.form!;
    expect(html).toContain(`href="${form.url}"`);
    expect(html).toMatch(/\(PDF, [\d,]+ KB\)/);
    const download = await page(form.url).expect(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    const law = detail.legalBasis[0]!;
    expect(html).toMatch(new RegExp(`<a href="/van-ban/${law.slug}"[^>]*>60/2014/QH13</a>`));
    await page(`/van-ban/${law.slug}`).expect(200);
    expect(html).toContain('href="https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193"');
    expect(html).toContain(`href="/thu-tuc/${birth.slug}/in"`);
    expect(jsonLd(html)).toMatchObject({
      '@type': 'GovernmentService',
      name: 'Đăng ký khai sinh',
      identifier: '1.001193',
      serviceType: 'Hộ tịch',
      provider: { name: 'Ủy ban nhân dân xã Ân Hảo Đông' },
      areaServed: { name: 'Xã Ân Hảo Đông' },
    });
  });

  it('should give the print view on its own layout, not indexed', async () => {
    const birth = byCode('1.001193');
    const html = (await page(`/thu-tuc/${birth.slug}/in`).expect(200)).text;
    expect(html).toContain('data-testid="procedure-print"');
    expect(html).not.toContain('data-testid="site-menu"');
    expect(html).toContain('<meta name="robots" content="noindex"');
    expect(html).toContain('Tờ khai đăng ký khai sinh theo mẫu');
  });

  it('should answer 404 for a procedure that is not there, 301 from the old address of a renamed one', async () => {
    await page('/thu-tuc/khong-co-thu-tuc-nay').expect(404);
    const p = byCode('2.000635');
    const at = `/api/v1/sites/${DEMO_SITE_SLUG}/procedures/${p.id}`;
    const current = (await t.http().get(at).set(bearer(tokens.chief)).expect(200)).body as { revision: number };
    await t.http().patch(at).set(bearer(tokens.chief)).send({ revision: current.revision, slug: 'cap-ban-sao-trich-luc' }).expect(200);
    expect((await page(`/thu-tuc/${p.slug}?nguon=zalo`).expect(301)).headers.location).toBe('/thu-tuc/cap-ban-sao-trich-luc?nguon=zalo');
    expect((await page(`/en/thu-tuc/${p.slug}/in`).expect(301)).headers.location).toBe('/en/thu-tuc/cap-ban-sao-trich-luc/in');
    await page('/thu-tuc/cap-ban-sao-trich-luc').expect(200);
  });

  it('should answer 410 with a notice worded for a procedure once it is withdrawn', async () => {
    const p = byCode('1.001731');
    await page(`/thu-tuc/${p.slug}`).expect(200);
    await t
      .http()
      .post(`/api/v1/sites/${DEMO_SITE_SLUG}/procedures/${p.id}/transitions`)
      .set(bearer(tokens.chief))
      .send({ action: 'unpublish', note: 'Thủ tục đã được bãi bỏ.' })
      .expect(201);
    const html = (await page(`/thu-tuc/${p.slug}`).expect(410)).text;
    expect(html).toContain('Thủ tục đã được gỡ xuống');
  });

  it('should render the list in English under /en', async () => {
    const html = (await page('/en/thu-tuc').expect(200)).text;
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('<th scope="col">Code</th>');
    expect(html).toMatch(/href="\/en\/thu-tuc\/[a-z0-9-]+"/);
  });
});

import sharp from 'sharp';
import type { AuditEntryResponse } from '@congxa/shared/dto/audit';
import type { Page } from '@congxa/shared/dto/common';
import type { MediaResponse } from '@congxa/shared/dto/media';
import type { PublicSiteResponse, SiteResponse, SiteSettingsResponse } from '@congxa/shared/dto/sites';
import { bearer, createTestApp, DEMO_EMAILS, DEMO_SITE_SLUG, type DemoLogin, seedDemoAndLogin, type TestApp } from '../src/test-support/test-app';

const SITE = `/api/v1/sites/${DEMO_SITE_SLUG}`;
const SETTINGS = `${SITE}/settings`;

const EMPTY = {
  governingBody: null,
  address: null,
  phone: null,
  email: null,
  responsiblePerson: null,
  licence: null,
  bannerText: null,
  bannerEndsAt: null,
  footerNote: null,
  facebookUrl: null,
  zaloUrl: null,
  youtubeUrl: null,
  logoMediaId: null,
};

/** A small square PNG, as a commune's logo would be. */
const logoPng = () =>
  sharp({ create: { width: 240, height: 240, channels: 4, background: { r: 215, g: 20, b: 26, alpha: 1 } } })
    .png()
    .toBuffer();

/** A minimal, valid one-page PDF (cross-reference offsets computed). */
function minimalPdf(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>'];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

describe('site settings: footer details and notice banner (HTTP)', () => {
  let t: TestApp;
  let tokens: Record<DemoLogin, string>;

  const read = async (who: DemoLogin = 'chief') => (await t.http().get(SETTINGS).set(bearer(tokens[who])).expect(200)).body as SiteSettingsResponse;
  const patch = (who: DemoLogin, body: object) => t.http().patch(SETTINGS).set(bearer(tokens[who])).send(body);
  const auditRows = async () =>
    ((await t.http().get(`${SITE}/audit?action=site.settings_update&pageSize=100`).set(bearer(tokens.chief)).expect(200)).body as Page<AuditEntryResponse>)
      .items;

  beforeAll(async () => {
    // The portal too (the public app's server build, which `npm test` builds first): the logo and links on the page.
    t = await createTestApp({ CONGXA_SERVE_APPS: '1' });
    tokens = await seedDemoAndLogin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('should start empty at revision 1, readable by every member and the platform admin', async () => {
    for (const who of ['contributor', 'editor', 'deputy', 'chief', 'admin'] as const) {
      expect(await read(who)).toEqual({ ...EMPTY, revision: 1, updatedAt: null });
    }
  });

  it('should save what the chief sends (trimmed, NFC), keep what is not sent, and audit each change', async () => {
    const first = await patch('chief', {
      revision: 1,
      governingBody: '  Ủy ban nhân dân xã Ân Hảo Đông ',
      address: 'Thôn Tân Thạnh, xã Ân Hảo Đông, tỉnh Gia Lai',
      phone: '0256 3 123 456',
      email: '  VanPhong@AnHaoDong.Gov.VN ',
      responsiblePerson: 'Nguyễn Văn A – Chủ tịch UBND xã'.normalize('NFD'),
      bannerText: 'Bão số 13 đổ bộ: người dân không ra khơi.',
    }).expect(200);
    const saved = first.body as SiteSettingsResponse;
    expect(saved).toMatchObject({
      governingBody: 'Ủy ban nhân dân xã Ân Hảo Đông',
      email: 'vanphong@anhaodong.gov.vn',
      responsiblePerson: 'Nguyễn Văn A – Chủ tịch UBND xã',
      licence: null,
      footerNote: null,
      revision: 2,
    });
    expect(saved.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await read('contributor')).toEqual(saved);

    const second = await patch('chief', { revision: 2, bannerText: null, footerNote: 'Ghi rõ nguồn khi phát hành lại thông tin từ trang này.' }).expect(200);
    expect(second.body).toMatchObject({
      governingBody: 'Ủy ban nhân dân xã Ân Hảo Đông',
      phone: '0256 3 123 456',
      bannerText: null,
      footerNote: 'Ghi rõ nguồn khi phát hành lại thông tin từ trang này.',
      revision: 3,
    });

    const rows = await auditRows();
    expect(rows).toHaveLength(2);
    expect(rows[0]!.details).toEqual({
      bannerText: { from: 'Bão số 13 đổ bộ: người dân không ra khơi.', to: null },
      footerNote: { from: null, to: 'Ghi rõ nguồn khi phát hành lại thông tin từ trang này.' },
    });
    expect(rows[1]!.details).toMatchObject({ governingBody: { from: null, to: 'Ủy ban nhân dân xã Ân Hảo Đông' } });
    expect(rows[0]).toMatchObject({ targetType: 'site', actor: { email: 'chief@demo.local' } });
  });

  it('should clear a setting sent as an empty text', async () => {
    const current = await read();
    const res = await patch('chief', { revision: current.revision, phone: '   ' }).expect(200);
    expect(res.body).toMatchObject({ phone: null, revision: current.revision + 1 });
  });

  it('should answer 409 REVISION_CONFLICT with the current settings on a stale revision, and change nothing', async () => {
    const current = await read();
    const res = await patch('chief', { revision: current.revision - 1, licence: 'Giấy phép số 1' }).expect(409);
    expect(res.body).toMatchObject({ code: 'REVISION_CONFLICT', details: { current: { revision: current.revision, licence: null } } });
    expect(await read()).toEqual(current);
  });

  it('should let exactly one of two saves on the same revision win', async () => {
    const current = await read();
    const results = await Promise.all([
      patch('chief', { revision: current.revision, licence: 'Bản A' }),
      patch('admin', { revision: current.revision, licence: 'Bản B' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!.body as SiteSettingsResponse;
    expect(await read()).toMatchObject({ licence: winner.licence, revision: current.revision + 1 });
  });

  it('should not step the revision or audit when nothing changes', async () => {
    const current = await read();
    const before = (await auditRows()).length;
    const res = await patch('chief', { revision: current.revision, governingBody: current.governingBody }).expect(200);
    expect(res.body).toEqual(current);
    expect((await auditRows()).length).toBe(before);
  });

  it("should keep the site's own revision (the platform admin's edits) apart from the settings'", async () => {
    const site = (await t.http().get(SITE).set(bearer(tokens.admin)).expect(200)).body as SiteResponse;
    const current = await read();
    await patch('chief', { revision: current.revision, bannerText: 'Lịch cắt điện thứ Bảy.' }).expect(200);
    await t.http().patch(SITE).set(bearer(tokens.admin)).send({ revision: site.revision, name: site.name }).expect(200);
    expect((await read()).bannerText).toBe('Lịch cắt điện thứ Bảy.');
  });

  it.each(['deputy', 'editor', 'contributor'] as const)('should answer 403 FORBIDDEN when the %s edits the settings', async (who) => {
    const current = await read();
    const res = await patch(who, { revision: current.revision, bannerText: 'Không được' }).expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
    expect(await read()).toEqual(current);
  });

  it('should answer 404 SITE_NOT_FOUND for a site the caller is not a member of, and 401 without a token', async () => {
    await t.http().post('/api/v1/sites').set(bearer(tokens.admin)).send({ code: '40404', slug: 'xa-khac', name: 'Xã Khác' }).expect(201);
    const res = await t.http().get('/api/v1/sites/xa-khac/settings').set(bearer(tokens.chief)).expect(404);
    expect(res.body.code).toBe('SITE_NOT_FOUND');
    await t.http().patch('/api/v1/sites/xa-khac/settings').set(bearer(tokens.chief)).send({ revision: 1, bannerText: 'x' }).expect(404);
    await t.http().get(SETTINGS).expect(401);
  });

  it.each([
    [{ governingBody: 'Ủy ban' }, 'revision', 'isInt'],
    [{ revision: 1, email: 'khong-phai-email' }, 'email', 'isEmail'],
    [{ revision: 1, governingBody: 'Đ'.repeat(201) }, 'governingBody', 'maxLength'],
    [{ revision: 1, bannerText: 'x'.repeat(301) }, 'bannerText', 'maxLength'],
    [{ revision: 1, footerNote: 'x'.repeat(1001) }, 'footerNote', 'maxLength'],
    [{ revision: 1, phone: 84912345678 }, 'phone', 'isString'],
    [{ revision: 1, address: ['Thôn 1'] }, 'address', 'isString'],
    [{ revision: 1, licence: 'ok\u0007' }, 'licence', 'noControlChars'],
    [{ revision: 1, logoUrl: 'https://x' }, 'logoUrl', 'whitelistValidation'],
    [{ revision: 1, facebookUrl: 'http://www.facebook.com/xa.anhaodong' }, 'facebookUrl', 'isHttpsUrl'],
    [{ revision: 1, zaloUrl: 'zalo.me/0905123456' }, 'zaloUrl', 'isHttpsUrl'],
    [{ revision: 1, youtubeUrl: 'javascript:alert(1)' }, 'youtubeUrl', 'isHttpsUrl'],
    [{ revision: 1, youtubeUrl: `https://www.youtube.com/${'a'.repeat(480)}` }, 'youtubeUrl', 'maxLength'],
    [{ revision: 1, logoMediaId: 'logo.png' }, 'logoMediaId', 'isUuid'],
  ])('should refuse %j with 400 naming the field', async (body, field, rule) => {
    const res = await patch('chief', body).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details).toContainEqual(expect.objectContaining({ field }));
    if (rule !== 'noControlChars') expect(res.body.details).toContainEqual(expect.objectContaining({ field, rule }));
  });

  describe('logo and social links', () => {
    const MEDIA = `${SITE}/media`;
    const upload = (who: DemoLogin, data: Buffer, name: string, path = MEDIA) =>
      t.http().post(path).set(bearer(tokens[who])).field('altText', 'Biểu trưng xã').attach('file', data, name);
    const publicSite = async () => (await t.http().get('/api/v1/public/site').set('Host', 'localhost').expect(200)).body as PublicSiteResponse;
    let logo: MediaResponse;

    beforeAll(async () => {
      logo = (await upload('chief', await logoPng(), 'bieu-trung.png').expect(201)).body as MediaResponse;
    });

    it('should save the social links (https) and a logo from the library, audit them, and show them to the public', async () => {
      // Read once first: the public answer is cached, and must drop when the settings change.
      expect((await publicSite()).settings).toMatchObject({ facebookUrl: null, logoMediaId: null });
      const current = await read();
      const res = await patch('chief', {
        revision: current.revision,
        facebookUrl: ' https://www.facebook.com/xa.anhaodong ',
        zaloUrl: 'https://zalo.me/0905123456',
        youtubeUrl: 'https://www.youtube.com/@ubndxaanhaodong',
        logoMediaId: logo.id,
      }).expect(200);
      expect(res.body).toMatchObject({
        facebookUrl: 'https://www.facebook.com/xa.anhaodong',
        zaloUrl: 'https://zalo.me/0905123456',
        youtubeUrl: 'https://www.youtube.com/@ubndxaanhaodong',
        logoMediaId: logo.id,
        revision: current.revision + 1,
      });
      expect(await read('contributor')).toEqual(res.body);
      expect((await auditRows())[0]!.details).toEqual({
        facebookUrl: { from: null, to: 'https://www.facebook.com/xa.anhaodong' },
        zaloUrl: { from: null, to: 'https://zalo.me/0905123456' },
        youtubeUrl: { from: null, to: 'https://www.youtube.com/@ubndxaanhaodong' },
        logoMediaId: { from: null, to: logo.id },
      });
      expect((await publicSite()).settings).toMatchObject({
        facebookUrl: 'https://www.facebook.com/xa.anhaodong',
        zaloUrl: 'https://zalo.me/0905123456',
        youtubeUrl: 'https://www.youtube.com/@ubndxaanhaodong',
        logoMediaId: logo.id,
      });
      // The portal builds the logo's address from its id: the file is there.
      await t.http().get(`/api/v1/public/media/${logo.id}/w320.webp`).expect(200);
    });

    it("should show the logo in the portal's header and the social links in its footer", async () => {
      const html = (await t.http().get('/').set('Host', 'localhost').expect(200)).text;
      const img = /<img[^>]*data-testid="site-logo"[^>]*>/.exec(html)?.[0] ?? '';
      expect(img).toContain(`src="/api/v1/public/media/${logo.id}/w320.webp"`);
      // Decorative: the link it sits in already reads the site's name.
      expect(img).toMatch(/ alt(="")?[ >]/);
      expect(img).toMatch(/width="\d+"/);
      expect(img).toMatch(/height="\d+"/);
      // A real link whose name says whose page it is (the site's name read after the network's).
      const [, attrs = '', text = ''] = /<a([^>]*href="https:\/\/www\.facebook\.com\/xa\.anhaodong"[^>]*)>(.*?)<\/a>/.exec(html) ?? [];
      expect(attrs).toContain('rel="noopener"');
      expect(text.replace(/<[^>]+>/g, '')).toBe('Facebook của Xã Ân Hảo Đông');
      expect(html).toContain('href="https://zalo.me/0905123456"');
    });

    it('should answer 422 SITE_LOGO_INVALID naming the field for a document, another site’s image or an unknown id, and change nothing', async () => {
      await t.http().post('/api/v1/sites').set(bearer(tokens.admin)).send({ code: '40405', slug: 'xa-co-logo', name: 'Xã Có Logo' }).expect(201);
      await t
        .http()
        .post('/api/v1/sites/xa-co-logo/members')
        .set(bearer(tokens.admin))
        .send({ email: DEMO_EMAILS.editor2, fullName: 'Biên Tập Hai', role: 'contributor' })
        .expect(201);
      const theirs = (await upload('editor2', await logoPng(), 'logo-xa-khac.png', '/api/v1/sites/xa-co-logo/media').expect(201)).body as MediaResponse;
      const pdf = (await upload('chief', minimalPdf(), 'quyet-dinh.pdf').expect(201)).body as MediaResponse;
      expect(pdf.kind).toBe('document');
      const current = await read();
      for (const logoMediaId of [pdf.id, theirs.id, '7f0c2b8e-4a51-4c7e-9a43-2d2f4f3b9a10']) {
        const res = await patch('chief', { revision: current.revision, logoMediaId, facebookUrl: 'https://www.facebook.com/khac' }).expect(422);
        expect(res.body).toMatchObject({ code: 'SITE_LOGO_INVALID', details: { field: 'logoMediaId' } });
      }
      expect(await read()).toEqual(current);
    });

    it('should clear the logo and a link sent as null or empty, and the portal go back to its emblem', async () => {
      const current = await read();
      const res = await patch('chief', { revision: current.revision, logoMediaId: null, zaloUrl: '' }).expect(200);
      expect(res.body).toMatchObject({ logoMediaId: null, zaloUrl: null, facebookUrl: 'https://www.facebook.com/xa.anhaodong' });
      expect((await publicSite()).settings).toMatchObject({ logoMediaId: null, zaloUrl: null });
      const html = (await t.http().get('/').set('Host', 'localhost').expect(200)).text;
      expect(html).not.toContain('data-testid="site-logo"');
      expect(html).not.toContain('zalo.me/0905123456');
    });
  });
});

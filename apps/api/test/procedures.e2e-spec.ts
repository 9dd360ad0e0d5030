import type { PublicProcedure, PublicProcedurePage } from '@congxa/shared/dto/procedures';
import sharp from 'sharp';
import { DEMO_PROCEDURES } from '../src/modules/demo/demo-procedures';
import { cidFontPdf } from '../src/test-support/documents';
import { bearer, createTestApp, DEMO_SITE_SLUG, type DemoLogin, seedDemoAndLogin, type TestApp } from '../src/test-support/test-app';

const SITE = `/api/v1/sites/${DEMO_SITE_SLUG}`;
const PUBLIC = '/api/v1/public';
const BIRTH = '1-001193-dang-ky-khai-sinh';

describe('administrative procedures (HTTP, real database)', () => {
  let t: TestApp;
  let tokens: Record<DemoLogin, string>;
  let hoTich: string;
  let formId: string;
  let imageId: string;
  let lawId: string;

  const as = (who: DemoLogin) => ({
    get: (path: string) => t.http().get(`${SITE}${path}`).set(bearer(tokens[who])),
    post: (path: string, body: object) => t.http().post(`${SITE}${path}`).set(bearer(tokens[who])).send(body),
    patch: (path: string, body: object) => t.http().patch(`${SITE}${path}`).set(bearer(tokens[who])).send(body),
  });
  const act = (who: DemoLogin, id: string, body: object) => as(who).post(`/procedures/${id}/transitions`, body);
  const pub = (path: string) => t.http().get(`${PUBLIC}${path}`).set('Host', 'localhost');
  const list = async (query: string): Promise<PublicProcedurePage> => (await pub(`/procedures?${query}`).expect(200)).body;
  const codes = async (query: string): Promise<string[]> => (await list(query)).items.map((p) => p.code);
  const found = async (q: string): Promise<string[]> => (await codes(`pageSize=100&q=${encodeURIComponent(q)}`)).sort();

  /** A complete procedure of the contributor's, saved as a draft: its id, revision and slug. */
  async function draft(code: string, extra: object = {}): Promise<{ id: string; revision: number; slug: string }> {
    const created = await as('contributor').post('/procedures', { title: 'Đăng ký lại khai sinh', code }).expect(201);
    const saved = await as('contributor')
      .patch(`/procedures/${created.body.id}`, {
        revision: created.body.revision,
        fieldId: hoTich,
        steps: '<p><strong>Bước 1.</strong> Nộp hồ sơ tại Bộ phận Một cửa.</p>',
        dossier: [
          { name: 'Tờ khai đăng ký lại khai sinh', copies: '01 bản chính', form: formId },
          { name: 'Bản sao giấy tờ chứng minh nội dung khai sinh', copies: '01 bản sao' },
        ],
        processingTime: '05 ngày làm việc',
        fees: 'Miễn lệ phí',
        agency: 'Ủy ban nhân dân xã Ân Hảo Đông',
        legalBasis: [{ kind: 'legal-basis', itemId: lawId }],
        noSecretConfirmed: true,
        ...extra,
      })
      .expect(200);
    return { id: created.body.id, revision: saved.body.revision, slug: saved.body.slug };
  }

  /** Submitted by the contributor, verified by the editor of the field (editor2: Hộ tịch), forwarded, approved by the chief. */
  async function publish(id: string): Promise<void> {
    await act('contributor', id, { action: 'submit' }).expect(201);
    const editor = (await t.ds.query(`SELECT id FROM users WHERE email = 'editor2@demo.local'`))[0].id;
    await act('deputy', id, { action: 'assign', assigneeId: editor }).expect(201);
    await act('editor2', id, { action: 'verify' }).expect(201);
    await act('deputy', id, { action: 'forward' }).expect(201);
    await act('chief', id, { action: 'approve' }).expect(201);
  }

  beforeAll(async () => {
    t = await createTestApp();
    tokens = await seedDemoAndLogin(t);
    [{ id: hoTich }] = await t.ds.query(`SELECT f.id FROM fields f JOIN sites s ON s.id = f.site_id WHERE s.slug = $1 AND f.slug = 'ho-tich'`, [
      DEMO_SITE_SLUG,
    ]);
    [{ id: lawId }] = await t.ds.query(
      `SELECT i.id FROM content_items i JOIN sites s ON s.id = i.site_id
         JOIN content_editions e ON e.id = i.live_edition_id JOIN content_revisions r ON r.id = e.approved_revision_id
        WHERE s.slug = $1 AND i.type = 'document' AND r.content->>'number' = '60/2014/QH13'`,
      [DEMO_SITE_SLUG],
    );
    const pdf = await cidFontPdf([['TỜ KHAI ĐĂNG KÝ LẠI KHAI SINH']]);
    formId = (await t.http().post(`${SITE}/media`).set(bearer(tokens.contributor)).attach('file', pdf, 'to-khai-dang-ky-lai.pdf').expect(201)).body.id;
    const png = await sharp({ create: { width: 200, height: 100, channels: 3, background: { r: 10, g: 90, b: 160 } } })
      .png()
      .toBuffer();
    imageId = (await t.http().post(`${SITE}/media`).set(bearer(tokens.contributor)).attach('file', png, 'con-dau.png').expect(201)).body.id;
  });
  afterAll(async () => {
    await t.close();
  });

  describe('the public list (the demo procedures)', () => {
    it('should list every published procedure by field, then code, with the fields and their counts', async () => {
      const page = await list('pageSize=100');
      expect(page.total).toBe(DEMO_PROCEDURES.length);
      const order = ['Bảo trợ xã hội', 'Chứng thực', 'Hộ tịch'];
      const expected = [...DEMO_PROCEDURES].sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field) || a.code.localeCompare(b.code)).map((p) => p.code);
      expect(page.items.map((p) => p.code)).toEqual(expected);
      expect(page.fields).toEqual([
        { name: 'Bảo trợ xã hội', slug: 'bao-tro-xa-hoi', count: 2 },
        { name: 'Chứng thực', slug: 'chung-thuc', count: 3 },
        { name: 'Hộ tịch', slug: 'ho-tich', count: 5 },
      ]);
      expect(page.items[0]).toMatchObject({
        level: { code: 'commune', label: 'Cấp xã' },
        field: { name: 'Bảo trợ xã hội', slug: 'bao-tro-xa-hoi' },
        agency: 'Ủy ban nhân dân xã Ân Hảo Đông',
      });
      expect((await list('pageSize=3&page=2')).items.map((p) => p.code)).toEqual(expected.slice(3, 6));
    });

    it('should filter by field and level, keeping the fields of the other filters for the choices', async () => {
      const hoTichPage = await list('field=ho-tich&pageSize=100');
      expect(hoTichPage.items.map((p) => p.code).sort()).toEqual(
        DEMO_PROCEDURES.filter((p) => p.field === 'Hộ tịch')
          .map((p) => p.code)
          .sort(),
      );
      expect(hoTichPage.fields.map((f) => f.slug)).toEqual(['bao-tro-xa-hoi', 'chung-thuc', 'ho-tich']);
      expect((await list('level=commune&pageSize=100')).total).toBe(DEMO_PROCEDURES.length);
      expect(await list('level=province')).toMatchObject({ total: 0, items: [], fields: [] });
      expect((await list('field=khong-co')).total).toBe(0);
    });

    it('should sort by code or by name when asked', async () => {
      expect(await codes('sort=code&pageSize=100')).toEqual(DEMO_PROCEDURES.map((p) => p.code).sort());
      const titles = (await list('sort=title&pageSize=100')).items.map((p) => p.title);
      expect(titles[0]).toBe('Cấp bản sao Trích lục hộ tịch');
      expect(titles.at(-1)).toBe('Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng');
    });

    it('should find a procedure by its code however it is typed, and the codes that start with what is typed', async () => {
      for (const q of ['1.001193', ' 1,001193 ', '1001193']) expect([q, await found(q)]).toEqual([q, ['1.001193']]);
      expect(await found('2.000')).toEqual(['2.000635', '2.000815', '2.000884']);
      expect(await found('9.999999')).toEqual([]);
    });

    it('should find procedures by words with or without marks', async () => {
      for (const q of ['dang ky khai sinh', 'Đăng ký khai sinh', 'ĐĂNG KÝ KHAI SINH']) expect([q, await found(q)]).toEqual([q, ['1.001193']]);
      expect(await found('chung thuc')).toEqual(['2.000815', '2.000884', '2.001035']);
      expect(await found('mai tang')).toEqual(['1.001731']);
      expect(await found('khai sinh khong co')).toEqual([]);
    });

    it('should refuse a filter that is not one of the declared values', async () => {
      await pub('/procedures?level=huyen').expect(400);
      await pub('/procedures?sort=date').expect(400);
      await pub('/procedures?field=H%E1%BB%99%20t%E1%BB%8Bch').expect(400);
      await pub(`/procedures?q=${'a'.repeat(201)}`).expect(400);
    });

    it('should give a procedure with its steps, its dossier with the form to download, fees, time and legal basis', async () => {
      const p: PublicProcedure = (await pub(`/procedures/${BIRTH}`).expect(200)).body;
      expect(p).toMatchObject({
        slug: BIRTH,
        code: '1.001193',
        title: 'Đăng ký khai sinh',
        level: { code: 'commune', label: 'Cấp xã' },
        field: { name: 'Hộ tịch', slug: 'ho-tich' },
        submit: { inPerson: true, online: true, byPost: false },
        nationalUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193',
      });
      expect(p.steps).toContain('<strong>Bước 1.</strong>');
      expect(p.fees).toMatch(/^Miễn lệ phí/);
      expect(p.processingTime).toContain('Ngay trong ngày');
      expect(p.dossier).toHaveLength(3);
      expect(p.dossier[0]).toMatchObject({ name: 'Tờ khai đăng ký khai sinh theo mẫu', copies: '01 bản chính' });
      expect(p.dossier[0]!.id).toEqual(expect.any(String));
      expect(p.dossier[1]!.form).toBeNull();
      const form = p.dossier[0]!.form!;
      expect(form).toMatchObject({ name: 'to-khai-dang-ky-khai-sinh.pdf', mimeType: 'application/pdf' });
      expect(form.url).toBe(`/api/v1/public/media/${form.id}/file`);
      const file = await t.http().get(form.url).expect(200);
      expect(file.headers['content-type']).toContain('application/pdf');
      expect(Number(file.headers['content-length'])).toBe(form.sizeBytes);
      expect(p.legalBasis).toEqual([
        {
          slug: expect.any(String),
          number: '60/2014/QH13',
          title: 'Luật Hộ tịch',
          validity: expect.objectContaining({ status: 'in_force', since: '2016-01-01' }),
        },
      ]);
      await pub(`/documents/${p.legalBasis[0]!.slug}`).expect(200);
      expect(p.legalBasisText).toContain('Nghị định số 123/2015/NĐ-CP');
    });

    it('should make the link to the national portal from the code when none is written', async () => {
      const slug = (await list(`q=${encodeURIComponent('1.000894')}`)).items[0]!.slug;
      expect(slug).toBe('1-000894-dang-ky-ket-hon');
      const p: PublicProcedure = (await pub(`/procedures/${slug}`).expect(200)).body;
      expect(p.nationalUrl).toBe('https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.000894');
    });

    it('should answer 404 for a slug that is no procedure', async () => {
      expect((await pub('/procedures/khong-co-thu-tuc-nay').expect(404)).body.code).toBe('NOT_FOUND');
    });

    it('should list the procedures and every published procedure in the sitemap', async () => {
      const xml = (await t.http().get('/sitemap.xml').set('Host', 'localhost').expect(200)).text;
      expect(xml).toContain('<loc>http://localhost/thu-tuc</loc>');
      expect(xml).toContain(`<loc>http://localhost/thu-tuc/${BIRTH}</loc>`);
    });

    it('should serve the newest procedures as RSS, as it does the legal documents', async () => {
      const rss = (await t.http().get('/thu-tuc/rss.xml').set('Host', 'localhost').expect(200)).text;
      expect(rss).toContain(`<link>http://localhost/thu-tuc/${BIRTH}</link>`);
      expect(rss).toContain('<title>1.001193 — Đăng ký khai sinh</title>');
      const docs = (await t.http().get('/van-ban/rss.xml').set('Host', 'localhost').expect(200)).text;
      expect(docs).toContain('<title>60/2014/QH13 — Luật Hộ tịch</title>');
    });

    it('should let the public search find a procedure by its code and by words without marks', async () => {
      for (const q of ['1.001193', 'dang ky khai sinh']) {
        const res = await pub(`/search?q=${encodeURIComponent(q)}&type=procedure`).expect(200);
        expect([q, res.body.items.map((i: { url: string }) => i.url)]).toEqual([q, expect.arrayContaining([`/thu-tuc/${BIRTH}`])]);
      }
    });
  });

  describe('writing procedures', () => {
    it('should carry a procedure with its dossier rows through submit and approval onto the public list', async () => {
      const d = await draft('1.004884');
      expect(d.slug).toBe('1-004884-dang-ky-lai-khai-sinh');
      await publish(d.id);
      const p: PublicProcedure = (await pub(`/procedures/${d.slug}`).expect(200)).body;
      expect(p).toMatchObject({ code: '1.004884', field: { slug: 'ho-tich' }, legalBasis: [{ number: '60/2014/QH13' }] });
      expect(p.dossier.map((r) => [r.name, r.copies, r.form?.id ?? null])).toEqual([
        ['Tờ khai đăng ký lại khai sinh', '01 bản chính', formId],
        ['Bản sao giấy tờ chứng minh nội dung khai sinh', '01 bản sao', null],
      ]);
      expect(await found('1.004884')).toEqual(['1.004884']);
      // The approval slip lists the dossier's rows.
      const slip = await as('chief').get(`/procedures/${d.id}/slip.pdf`).expect(200);
      expect(slip.headers['content-type']).toContain('application/pdf');
    });

    it('should keep each dossier row’s id across saves and give a new row its own', async () => {
      const d = await draft('1.004885');
      const saved = (await as('contributor').get(`/procedures/${d.id}`).expect(200)).body as { revision: number; dossier: { id: string; name: string }[] };
      const [a, b] = saved.dossier;
      const next = await as('contributor')
        .patch(`/procedures/${d.id}`, {
          revision: saved.revision,
          dossier: [{ ...b, copies: '02 bản sao' }, { name: 'Giấy tờ mới' }, a],
        })
        .expect(200);
      const rows = next.body.dossier as { id: string; name: string; copies: string | null; form: string | null }[];
      expect(rows.map((r) => r.id).slice(0, 3)).toEqual([b!.id, expect.any(String), a!.id]);
      expect(rows[1]).toEqual({ id: expect.not.stringMatching(new RegExp(`^(${a!.id}|${b!.id})$`)), name: 'Giấy tờ mới', copies: null, form: null });
      expect(rows[0]!.copies).toBe('02 bản sao');
    });

    it('should list procedures for staff with each row’s code and level, and find a row by its code', async () => {
      const { id } = await draft('1.004886');
      const rows = (await as('chief').get('/procedures?pageSize=100').expect(200)).body.items as Record<string, unknown>[];
      expect(rows.find((r) => r.id === id)).toMatchObject({ code: '1.004886', level: 'commune' });
      const hits = (
        await as('chief')
          .get(`/procedures?q=${encodeURIComponent('1.004886')}`)
          .expect(200)
      ).body.items as { id: string }[];
      expect(hits.map((r) => r.id)).toEqual([id]);
    });

    it('should refuse a code that is not in the national form, naming the field; empty while drafting, but submit needs it', async () => {
      const d = await draft('1.004887');
      for (const code of ['1001193', '1.00119', 'TTHC-01', '12.001193']) {
        const res = await as('contributor').patch(`/procedures/${d.id}`, { revision: d.revision, code }).expect(422);
        expect([code, res.body]).toMatchObject([code, { code: 'CONTENT_INCOMPLETE', details: { invalid: ['code'] } }]);
      }
      const created = await as('contributor').post('/procedures', { title: 'Thủ tục chưa có mã', code: 'abc' }).expect(422);
      expect(created.body.details).toEqual({ invalid: ['code'] });
      const cleared = await as('contributor').patch(`/procedures/${d.id}`, { revision: d.revision, code: '' }).expect(200);
      expect(cleared.body.code).toBe('');
      const submit = await act('contributor', d.id, { action: 'submit' }).expect(422);
      expect(submit.body).toMatchObject({ code: 'CONTENT_INCOMPLETE', details: { missing: ['code'] } });
    });

    it('should refuse a code another procedure of the site has (409), and take a procedure’s own code again', async () => {
      const res = await as('contributor').post('/procedures', { title: 'Đăng ký khai sinh (bản trùng)', code: '1.001193' }).expect(409);
      expect(res.body).toMatchObject({ code: 'PROCEDURE_CODE_TAKEN', details: { field: 'code' } });
      expect(res.body.message).toContain('Mã thủ tục');
      const d = await draft('1.004888');
      const taken = await as('contributor').patch(`/procedures/${d.id}`, { revision: d.revision, code: '1.000656' }).expect(409);
      expect(taken.body.code).toBe('PROCEDURE_CODE_TAKEN');
      // Saving the procedure's own code again is no conflict.
      await as('contributor').patch(`/procedures/${d.id}`, { revision: d.revision, code: '1.004888', fees: 'Không' }).expect(200);
    });

    it('should let any member find the published documents to rest a procedure on, never a draft, by words, number or id', async () => {
      // contributor2 wrote none of the register: the staff list shows them nothing of it.
      expect(
        (
          await as('contributor2')
            .get(`/documents?q=${encodeURIComponent('Luật Hộ tịch')}`)
            .expect(200)
        ).body.total,
      ).toBe(0);
      const found = (
        await as('contributor2')
          .get(`/documents/linkable?q=${encodeURIComponent('luat ho tich')}`)
          .expect(200)
      ).body as Record<string, unknown>[];
      expect(found).toEqual([
        { id: lawId, type: 'document', slug: expect.any(String), title: 'Luật Hộ tịch', number: '60/2014/QH13', documentType: 'luat', issuedOn: '2014-11-20' },
      ]);
      const byNumber = (
        await as('contributor2')
          .get(`/documents/linkable?q=${encodeURIComponent('60/2014/qh13')}`)
          .expect(200)
      ).body as { id: string }[];
      expect(byNumber.map((d) => d.id)).toEqual([lawId]);
      expect(((await as('contributor2').get(`/documents/linkable?ids=${lawId}`).expect(200)).body as { id: string }[]).map((d) => d.id)).toEqual([lawId]);
      // A draft (and what a live document's next edition says before approval) is not offered.
      const draftDoc = await as('chief').post('/documents', { title: 'Luật Hộ tịch (dự thảo sửa đổi chưa ban hành)' }).expect(201);
      const again = (
        await as('contributor2')
          .get(`/documents/linkable?q=${encodeURIComponent('luat ho tich')}`)
          .expect(200)
      ).body as { id: string }[];
      expect(again.map((d) => d.id)).toEqual([lawId]);
      expect(again.map((d) => d.id)).not.toContain(draftDoc.body.id);
      await as('contributor2').get('/documents/linkable?ids=khong-phai-id').expect(400);
    });

    it('should refuse a link to the national portal that is not https', async () => {
      const d = await draft('1.004889');
      for (const nationalUrl of ['http://dichvucong.gov.vn/', 'dichvucong.gov.vn', 'javascript:alert(1)']) {
        const res = await as('contributor').patch(`/procedures/${d.id}`, { revision: d.revision, nationalUrl }).expect(422);
        expect(res.body.details).toEqual({ invalid: ['nationalUrl'] });
      }
      await as('contributor').patch(`/procedures/${d.id}`, { revision: d.revision, nationalUrl: 'https://dichvucong.gov.vn/p/home/x.html' }).expect(200);
    });

    it('should take as legal basis only the site’s legal documents', async () => {
      const d = await draft('1.004890');
      const [other] = await t.ds.query(
        `INSERT INTO sites (code, slug, name, domains) VALUES ('40405', 'xa-ben-kia', 'Xã Bên Kia', ARRAY['xa-ben-kia.gov.vn']) RETURNING id`,
      );
      const [foreign] = await t.ds.query(`INSERT INTO content_items (site_id, type, slug) VALUES ($1, 'document', 'van-ban-xa-ben-kia') RETURNING id`, [
        other.id,
      ]);
      const [article] = await t.ds.query(`SELECT i.id FROM content_items i JOIN sites s ON s.id = i.site_id WHERE s.slug = $1 AND i.type = 'article' LIMIT 1`, [
        DEMO_SITE_SLUG,
      ]);
      for (const itemId of [foreign.id, article.id, d.id, '00000000-0000-4000-8000-000000000000']) {
        const res = await as('contributor')
          .patch(`/procedures/${d.id}`, { revision: d.revision, legalBasis: [{ kind: 'legal-basis', itemId }] })
          .expect(422);
        expect(res.body).toMatchObject({ code: 'CONTENT_INCOMPLETE', details: { invalid: ['legalBasis'] } });
      }
      await as('contributor')
        .patch(`/procedures/${d.id}`, { revision: d.revision, legalBasis: [{ kind: 'replaces', itemId: lawId }] })
        .expect(400);
    });

    it('should take as a form template only one of the site’s documents, and refuse a row without its name', async () => {
      const d = await draft('1.004891');
      for (const form of [imageId, '00000000-0000-4000-8000-000000000000']) {
        const res = await as('contributor')
          .patch(`/procedures/${d.id}`, { revision: d.revision, dossier: [{ name: 'Tờ khai', form }] })
          .expect(422);
        expect(res.body).toMatchObject({ code: 'CONTENT_INCOMPLETE', details: { invalid: ['dossier'] } });
      }
      for (const dossier of [[{ name: 'Tờ khai', form: 'khong-phai-id' }], [{ copies: '01 bản' }], [{ name: '' }], 'Tờ khai', [{ name: 'x'.repeat(1001) }]]) {
        const res = await as('contributor').patch(`/procedures/${d.id}`, { revision: d.revision, dossier }).expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
      }
    });

    it('should answer 404 saying so for a withdrawn procedure, and drop it from the list', async () => {
      const d = await draft('1.004892');
      await publish(d.id);
      await pub(`/procedures/${d.slug}`).expect(200);
      await act('chief', d.id, { action: 'unpublish', note: 'Thủ tục đã bị bãi bỏ.' }).expect(201);
      expect((await pub(`/procedures/${d.slug}`).expect(404)).body.code).toBe('PROCEDURE_WITHDRAWN');
      expect(await found('1.004892')).toEqual([]);
    });
  });
});

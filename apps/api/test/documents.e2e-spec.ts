import type { Page } from '@congxa/shared/dto/common';
import type { PublicDocument, PublicDocumentSummary } from '@congxa/shared/dto/documents';
import { todayInVietnam } from '@congxa/shared/legal';
import sharp from 'sharp';
import { DEMO_DOCUMENTS } from '../src/modules/demo/demo-content';
import { PublicDocumentsService } from '../src/modules/documents/public-documents.service';
import { cidFontPdf } from '../src/test-support/documents';
import { bearer, createTestApp, DEMO_SITE_SLUG, type DemoLogin, seedDemoAndLogin, type TestApp } from '../src/test-support/test-app';

const SITE = `/api/v1/sites/${DEMO_SITE_SLUG}`;
const PUBLIC = '/api/v1/public';

/** `YYYY-MM-DD`, `offset` days from today in Vietnam. */
const day = (offset: number): string => new Date(Date.parse(`${todayInVietnam()}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
/** A moment `offset` days from now (for reading the register on another day). */
const at = (offset: number): Date => new Date(Date.now() + offset * 86_400_000);
const demo = (number: string) => DEMO_DOCUMENTS.find((d) => d.number === number)!;

describe('legal documents (HTTP, real database)', () => {
  let t: TestApp;
  let tokens: Record<DemoLogin, string>;
  let kinhTe: string;
  let pdfId: string;
  let imageId: string;

  const as = (who: DemoLogin) => ({
    get: (path: string) => t.http().get(`${SITE}${path}`).set(bearer(tokens[who])),
    post: (path: string, body: object) => t.http().post(`${SITE}${path}`).set(bearer(tokens[who])).send(body),
    patch: (path: string, body: object) => t.http().patch(`${SITE}${path}`).set(bearer(tokens[who])).send(body),
  });
  const act = (who: DemoLogin, id: string, body: object) => as(who).post(`/documents/${id}/transitions`, body);
  const pub = (path: string) => t.http().get(`${PUBLIC}${path}`).set('Host', 'localhost');
  const list = async (query: string): Promise<Page<PublicDocumentSummary>> => (await pub(`/documents?${query}`).expect(200)).body;
  const numbers = async (query: string): Promise<string[]> => (await list(query)).items.map((d) => d.number).sort();
  const slugOf = async (number: string): Promise<string> => (await list(`q=${encodeURIComponent(number)}`)).items[0]!.slug;

  /** A complete document of the contributor's, saved as a draft: its id and revision. */
  async function draft(extra: object = {}): Promise<{ id: string; revision: number; slug: string }> {
    const created = await as('contributor').post('/documents', { title: 'Quyết định về việc hỗ trợ làm đường bê tông nông thôn' }).expect(201);
    const saved = await as('contributor')
      .patch(`/documents/${created.body.id}`, {
        revision: created.body.revision,
        documentType: 'quyet-dinh',
        number: '77/QĐ-UBND',
        issuerLevel: 'commune',
        issuingBody: 'Ủy ban nhân dân xã Ân Hảo Đông',
        signer: 'Nguyễn Văn Hùng',
        signerPosition: 'Chủ tịch UBND xã',
        issuedOn: day(-3),
        summary: 'Hỗ trợ xi măng cho các thôn làm đường bê tông.',
        fieldId: kinhTe,
        attachments: [pdfId],
        noSecretConfirmed: true,
        ...extra,
      })
      .expect(200);
    return { id: created.body.id, revision: saved.body.revision, slug: saved.body.slug };
  }

  /** Submitted by the contributor, forwarded via the editor of the field, approved by the chief. */
  async function publish(id: string): Promise<void> {
    await act('contributor', id, { action: 'submit' }).expect(201);
    const editor = (await t.ds.query(`SELECT id FROM users WHERE email = 'editor@demo.local'`))[0].id;
    await act('deputy', id, { action: 'assign', assigneeId: editor }).expect(201);
    await act('editor', id, { action: 'verify' }).expect(201);
    await act('deputy', id, { action: 'forward' }).expect(201);
    await act('chief', id, { action: 'approve' }).expect(201);
  }

  beforeAll(async () => {
    t = await createTestApp();
    tokens = await seedDemoAndLogin(t);
    [{ id: kinhTe }] = await t.ds.query(`SELECT f.id FROM fields f JOIN sites s ON s.id = f.site_id WHERE s.slug = $1 AND f.slug = 'kinh-te'`, [
      DEMO_SITE_SLUG,
    ]);
    const pdf = await cidFontPdf([['ỦY BAN NHÂN DÂN XÃ ÂN HẢO ĐÔNG', 'QUYẾT ĐỊNH số 77/QĐ-UBND']]);
    pdfId = (await t.http().post(`${SITE}/media`).set(bearer(tokens.contributor)).attach('file', pdf, 'qd-77.pdf').expect(201)).body.id;
    const jpeg = await sharp({ create: { width: 400, height: 300, channels: 3, background: { r: 40, g: 120, b: 60 } } })
      .jpeg()
      .toBuffer();
    imageId = (await t.http().post(`${SITE}/media`).set(bearer(tokens.contributor)).attach('file', jpeg, 'canh-dong.jpg').expect(201)).body.id;
  });
  afterAll(async () => {
    await t.close();
  });

  describe('the public register (the demo documents)', () => {
    it('should list every published document, newest issue first, with the type named', async () => {
      const page = await list('pageSize=50');
      expect(page.total).toBe(DEMO_DOCUMENTS.length);
      const byIssue = [...DEMO_DOCUMENTS].sort((a, b) => b.issued - a.issued).map((d) => d.number);
      expect(page.items.map((d) => d.number)).toEqual(byIssue);
      expect(page.items[0]!.documentType).toEqual({ code: 'quyet-dinh', label: 'Quyết định' });
      expect(page.items[0]!.issuedOn).toBe(day(demo('51/QĐ-UBND').issued));
      expect((await list('pageSize=3&page=2')).items.map((d) => d.number)).toEqual(byIssue.slice(3, 6));
    });

    it('should filter by type, issuing level, year and field', async () => {
      expect(await numbers('type=ke-hoach')).toEqual(['08/KH-UBND']);
      expect(await numbers('type=nghi-quyet')).toEqual(['05/NQ-HĐND']);
      expect((await list('issuer=commune&pageSize=50')).total).toBe(DEMO_DOCUMENTS.filter((d) => d.issuerLevel === 'commune').length);
      expect(await numbers('issuer=central')).toEqual(['23/2015/NĐ-CP', '60/2014/QH13']);
      expect((await list('issuer=province')).total).toBe(0);
      const year = Number(day(-720).slice(0, 4));
      const ofYear = DEMO_DOCUMENTS.filter((d) => Number(day(d.issued).slice(0, 4)) === year).map((d) => d.number);
      expect(await numbers(`year=${year}`)).toEqual(ofYear.sort());
      const economy = DEMO_DOCUMENTS.filter((d) => d.field === 'Kinh tế').map((d) => d.number);
      expect(await numbers('field=kinh-te&pageSize=50')).toEqual(economy.sort());
      expect((await list('field=khong-co')).total).toBe(0);
    });

    it('should filter by the validity of today: replaced, expired, not yet in force, in force', async () => {
      expect(await numbers('status=replaced')).toEqual(['15/QĐ-UBND']);
      expect(await numbers('status=expired')).toEqual(['08/KH-UBND']);
      expect(await numbers('status=not_yet_effective')).toEqual(['51/QĐ-UBND']);
      expect(await numbers('status=in_force&pageSize=50')).toEqual([
        '05/NQ-HĐND',
        '12/HD-UBND',
        '135/UBND-VP',
        '23/2015/NĐ-CP',
        '27/QĐ-UBND',
        '42/QĐ-UBND',
        '60/2014/QH13',
      ]);
    });

    it('should find a document by its number however it is typed', async () => {
      for (const q of ['42/QĐ-UBND', '42/QD-UBND', '42 / qđ-ubnd', '42/qđ – ubnd', 'Quyết định số 42/QĐ-UBND', 'so 42/qd-ubnd']) {
        expect([q, await numbers(`q=${encodeURIComponent(q)}`)]).toEqual([q, ['42/QĐ-UBND']]);
      }
      // A shorter symbol finds the longer one it starts; another number finds nothing.
      expect(await numbers(`q=${encodeURIComponent('135/UBND')}`)).toEqual(['135/UBND-VP']);
      expect(await numbers(`q=${encodeURIComponent('43/QĐ-UBND')}`)).toEqual([]);
    });

    it('should find documents by words with or without marks', async () => {
      expect(await numbers(`q=${encodeURIComponent('quy che lam viec')}`)).toEqual(['12/HD-UBND', '15/QĐ-UBND', '42/QĐ-UBND']);
      expect(await numbers(`q=${encodeURIComponent('PHÒNG CHÁY')}`)).toEqual(['135/UBND-VP']);
      expect(await numbers(`q=${encodeURIComponent('giong cay trong')}&status=in_force`)).toEqual(['27/QĐ-UBND']);
    });

    it('should refuse a filter that is not one of the declared values', async () => {
      await pub('/documents?status=valid').expect(400);
      await pub('/documents?type=sac-lenh').expect(400);
      await pub('/documents?year=1800').expect(400);
    });

    it('should show a replaced document as replaced, naming the document that replaced it, both ways', async () => {
      const old: PublicDocument = (await pub(`/documents/${await slugOf('15/QĐ-UBND')}`).expect(200)).body;
      const since = day(demo('42/QĐ-UBND').effective!);
      expect(old.validity.status).toBe('replaced');
      expect(old.validity.since).toBe(since);
      const shown = `${since.slice(8, 10)}/${since.slice(5, 7)}/${since.slice(0, 4)}`;
      expect(old.validity.reason.vi).toBe(`Hết hiệu lực từ ${shown} do bị thay thế bởi Quyết định số 42/QĐ-UBND`);
      expect(old.validity.reason.en).toBe(`No longer in force since ${shown}: replaced by Decision No. 42/QĐ-UBND`);
      expect(old.relations).toEqual([
        {
          direction: 'incoming',
          kind: 'replaces',
          label: { vi: 'Bị thay thế bởi', en: 'Replaced by' },
          document: { slug: await slugOf('42/QĐ-UBND'), number: '42/QĐ-UBND', title: demo('42/QĐ-UBND').title },
        },
      ]);
      const current: PublicDocument = (await pub(`/documents/${await slugOf('42/QĐ-UBND')}`).expect(200)).body;
      expect(current.validity.status).toBe('in_force');
      expect(current.relations.map((r) => [r.direction, r.kind, r.label.vi, r.document.number])).toEqual([
        ['outgoing', 'replaces', 'Thay thế', '15/QĐ-UBND'],
        ['incoming', 'guides', 'Được hướng dẫn bởi', '12/HD-UBND'],
      ]);
    });

    it('should keep an amended document in force until the amendment acts, and say when the amendment takes effect', async () => {
      const amended: PublicDocument = (await pub(`/documents/${await slugOf('27/QĐ-UBND')}`).expect(200)).body;
      expect(amended.validity.status).toBe('in_force');
      expect(amended.relations.map((r) => [r.direction, r.label.vi, r.document.number])).toEqual([['incoming', 'Được sửa đổi, bổ sung bởi', '51/QĐ-UBND']]);
      const amending: PublicDocument = (await pub(`/documents/${await slugOf('51/QĐ-UBND')}`).expect(200)).body;
      expect(amending.validity.status).toBe('not_yet_effective');
      expect(amending.validity.reason.vi).toMatch(/^Chưa có hiệu lực; có hiệu lực từ \d\d\/\d\d\/\d{4}$/);
    });

    it('should give the files with a download address that serves the PDF', async () => {
      const doc: PublicDocument = (await pub(`/documents/${await slugOf('08/KH-UBND')}`).expect(200)).body;
      expect(doc.validity).toMatchObject({ status: 'expired', since: day(demo('08/KH-UBND').expires!) });
      expect(doc.files).toHaveLength(1);
      expect(doc.files[0]).toMatchObject({ name: '08-KH-UBND.pdf', mimeType: 'application/pdf' });
      expect(doc.files[0]!.url).toBe(`/api/v1/public/media/${doc.files[0]!.id}/file`);
      const file = await t.http().get(doc.files[0]!.url).expect(200);
      expect(file.headers['content-type']).toContain('application/pdf');
      expect(Number(file.headers['content-length'])).toBe(doc.files[0]!.sizeBytes);
      expect(doc).toMatchObject({ signer: 'Trần Thị Lan', signerPosition: 'Phó Chủ tịch UBND xã', issuerLevel: 'commune' });
    });

    it('should list the register and every published document in the sitemap', async () => {
      const xml = (await t.http().get('/sitemap.xml').set('Host', 'localhost').expect(200)).text;
      expect(xml).toContain('<loc>http://localhost/van-ban</loc>');
      const slug = await slugOf('42/QĐ-UBND');
      expect(xml).toContain(`<loc>http://localhost/van-ban/${slug}</loc>`);
    });

    it('should answer 404 for a slug that is no document', async () => {
      const res = await pub('/documents/khong-co-van-ban-nay').expect(404);
      expect(res.body.code).toBe('NOT_FOUND');
    });

    it('should let the public search find a document by its number, with or without marks', async () => {
      const slug = await slugOf('42/QĐ-UBND');
      for (const q of ['42/QĐ-UBND', '42/QD-UBND', '42 / qđ-ubnd']) {
        const res = await pub(`/search?q=${encodeURIComponent(q)}&type=document`).expect(200);
        expect([q, res.body.items.map((i: { url: string }) => i.url)]).toEqual([q, expect.arrayContaining([`/van-ban/${slug}`])]);
      }
    });
  });

  describe('writing documents', () => {
    it('should carry a document with its attachment through submit and approval onto the register', async () => {
      const d = await draft();
      await publish(d.id);
      const doc: PublicDocument = (await pub(`/documents/${d.slug}`).expect(200)).body;
      expect(doc).toMatchObject({ number: '77/QĐ-UBND', issuedOn: day(-3), field: { name: 'Kinh tế', slug: 'kinh-te' }, relations: [] });
      expect(doc.validity).toMatchObject({ status: 'in_force', since: day(-3) });
      expect(doc.files.map((f) => f.id)).toEqual([pdfId]);
      expect(await numbers(`q=${encodeURIComponent('77/qd-ubnd')}`)).toEqual(['77/QĐ-UBND']);
      // The approval slip counts the files and links instead of printing their ids.
      const slip = await as('chief').get(`/documents/${d.id}/slip.pdf`).expect(200);
      expect(slip.headers['content-type']).toContain('application/pdf');
    });

    it('should list the register for staff with each row’s number, type and day of issue, and find a row by its number', async () => {
      const { id } = await draft({ number: '88/QĐ-UBND', issuedOn: '2026-11-02' });
      const rows = (await as('chief').get('/documents?pageSize=100').expect(200)).body.items as Record<string, unknown>[];
      expect(rows.find((r) => r.id === id)).toMatchObject({ number: '88/QĐ-UBND', documentType: 'quyet-dinh', issuedOn: '2026-11-02' });
      for (const q of ['88/QĐ-UBND', '88/qd-ubnd']) {
        const found = (
          await as('chief')
            .get(`/documents?q=${encodeURIComponent(q)}`)
            .expect(200)
        ).body.items as { id: string }[];
        expect(found.map((r) => r.id)).toEqual([id]);
      }
      // Other types' rows carry no such facts.
      const article = ((await as('chief').get('/articles?pageSize=1').expect(200)).body.items as Record<string, unknown>[])[0]!;
      expect(article).not.toHaveProperty('number');
    });

    it('should refuse a number and symbol that does not read as one, naming the field', async () => {
      const d = await draft();
      for (const number of ['Quyết định', '12/05/2024', '12/QĐ-UBND về việc']) {
        const res = await as('contributor').patch(`/documents/${d.id}`, { revision: d.revision, number }).expect(422);
        expect(res.body).toMatchObject({ code: 'CONTENT_INCOMPLETE', details: { invalid: ['number'] } });
      }
      // Empty while drafting, but submit needs it.
      const cleared = await as('contributor').patch(`/documents/${d.id}`, { revision: d.revision, number: '' }).expect(200);
      expect(cleared.body.number).toBe('');
      const submit = await act('contributor', d.id, { action: 'submit' }).expect(422);
      expect(submit.body).toMatchObject({ code: 'CONTENT_INCOMPLETE', details: { missing: ['number'] } });
    });

    it('should refuse dates out of order, naming the field', async () => {
      const d = await draft();
      const bad = async (dates: object, field: string) => {
        const res = await as('contributor')
          .patch(`/documents/${d.id}`, { revision: d.revision, ...dates })
          .expect(422);
        expect(res.body).toMatchObject({ code: 'CONTENT_INCOMPLETE', details: { invalid: [field] } });
      };
      await bad({ issuedOn: '2026-03-10', effectiveOn: '2026-03-09' }, 'effectiveOn');
      await bad({ issuedOn: '2026-03-10', effectiveOn: '2026-03-20', expiresOn: '2026-03-20' }, 'expiresOn');
      await bad({ issuedOn: '2026-03-10', effectiveOn: null, expiresOn: '2026-03-01' }, 'expiresOn');
      await as('contributor')
        .patch(`/documents/${d.id}`, { revision: d.revision, issuedOn: '2026-03-10', effectiveOn: '2026-03-10', expiresOn: '2026-03-11' })
        .expect(200);
      await as('contributor')
        .patch(`/documents/${d.id}`, { revision: d.revision + 1, issuedOn: '2026-02-30' })
        .expect(400);
    });

    it('should refuse an attachment that is not one of the site’s documents', async () => {
      const d = await draft();
      for (const id of [imageId, '00000000-0000-4000-8000-000000000000']) {
        const res = await as('contributor')
          .patch(`/documents/${d.id}`, { revision: d.revision, attachments: [id] })
          .expect(422);
        expect(res.body).toMatchObject({ code: 'CONTENT_INCOMPLETE', details: { invalid: ['attachments'] } });
      }
    });

    it('should refuse a relation to itself, to another site’s document or to an item of another type', async () => {
      const d = await draft();
      const [other] = await t.ds.query(
        `INSERT INTO sites (code, slug, name, domains) VALUES ('40404', 'xa-ben-canh', 'Xã Bên Cạnh', ARRAY['xa-ben-canh.gov.vn']) RETURNING id`,
      );
      const [foreign] = await t.ds.query(`INSERT INTO content_items (site_id, type, slug) VALUES ($1, 'document', 'van-ban-xa-khac') RETURNING id`, [other.id]);
      const [article] = await t.ds.query(`SELECT i.id FROM content_items i JOIN sites s ON s.id = i.site_id WHERE s.slug = $1 AND i.type = 'article' LIMIT 1`, [
        DEMO_SITE_SLUG,
      ]);
      for (const itemId of [d.id, foreign.id, article.id]) {
        const res = await as('contributor')
          .patch(`/documents/${d.id}`, { revision: d.revision, relations: [{ kind: 'replaces', itemId }] })
          .expect(422);
        expect(res.body).toMatchObject({ code: 'CONTENT_INCOMPLETE', details: { invalid: ['relations'] } });
      }
      await as('contributor')
        .patch(`/documents/${d.id}`, { revision: d.revision, relations: [{ kind: 'overrules', itemId: article.id }] })
        .expect(400);
    });

    it('should flip a document’s validity by the day: not yet in force, in force, then replaced', async () => {
      const a = await draft({ number: '88/QĐ-UBND', issuedOn: day(-1), effectiveOn: day(3) });
      await publish(a.id);
      const b = await draft({ number: '89/QĐ-UBND', issuedOn: day(0), effectiveOn: day(30), relations: [{ kind: 'replaces', itemId: a.id }] });
      await publish(b.id);
      expect(((await pub(`/documents/${a.slug}`).expect(200)).body as PublicDocument).validity.status).toBe('not_yet_effective');
      const service = t.app.get(PublicDocumentsService);
      expect((await service.get('localhost', a.slug, at(10))).validity).toMatchObject({ status: 'in_force', since: day(3) });
      const later = await service.get('localhost', a.slug, at(40));
      expect(later.validity).toMatchObject({ status: 'replaced', since: day(30) });
      expect(later.validity.reason.vi).toContain('Quyết định số 89/QĐ-UBND');
      expect((await service.list('localhost', { status: 'replaced' } as never, at(40))).items.map((d) => d.number).sort()).toEqual([
        '15/QĐ-UBND',
        '88/QĐ-UBND',
      ]);
      // Today the register still shows it as not yet in force.
      expect(await numbers('status=not_yet_effective&pageSize=50')).toEqual(['51/QĐ-UBND', '88/QĐ-UBND', '89/QĐ-UBND']);
    });

    it('should answer 404 saying so for a withdrawn document, and drop it from the register', async () => {
      const d = await draft({ number: '90/QĐ-UBND' });
      await publish(d.id);
      await pub(`/documents/${d.slug}`).expect(200);
      await act('chief', d.id, { action: 'unpublish', note: 'Ban hành nhầm.' }).expect(201);
      const res = await pub(`/documents/${d.slug}`).expect(404);
      expect(res.body.code).toBe('DOCUMENT_WITHDRAWN');
      expect(await numbers(`q=${encodeURIComponent('90/QĐ-UBND')}`)).toEqual([]);
    });
  });
});

import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import sharp from 'sharp';
import type { Response } from 'supertest';
import type { AuditEntryResponse } from '@congxa/shared/dto/audit';
import type { Page } from '@congxa/shared/dto/common';
import type { ImportResponse } from '@congxa/shared/dto/imports';
import type { MediaResponse } from '@congxa/shared/dto/media';
import { encodeTcvn3, encodeVni } from '@congxa/shared/text';
import { encodeWindows1258 } from '../src/modules/imports/txt/windows-1258';
import { bearer, createTestApp, DEMO_EMAILS, DEMO_SITE_SLUG, type DemoLogin, seedDemoAndLogin, type TestApp } from '../src/test-support/test-app';
import {
  bullet,
  compoundFile,
  damagedZip,
  declaredBombZip,
  docmZip,
  heading,
  image,
  lineBreak,
  link,
  manyEntriesZip,
  minimalPdf,
  numbered,
  p,
  plain,
  redPng,
  table,
  tcvn3,
  truncatedZip,
  vni,
  wordDocument,
} from './fixtures/imports';

const SITES = '/api/v1/sites';
const IMPORTS = `${SITES}/${DEMO_SITE_SLUG}/imports`;
const B = { code: '40405', slug: 'xa-binh-minh', name: 'Xã Bình Minh' };
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const MEDIA_SRC = /<img src="\/api\/v1\/public\/media\/([0-9a-f-]{36})\/w1280\.webp" alt="" \/>/;

/** The same document with its body wrapped in `depth` nested `<w:customXml>` elements. */
function deeplyNested(docx: Buffer, depth: number): Buffer {
  const files = unzipSync(docx);
  const xml = strFromU8(files['word/document.xml']!);
  files['word/document.xml'] = strToU8(
    xml.replace(/<w:body>/, `<w:body>${'<w:customXml>'.repeat(depth)}`).replace(/<w:sectPr/, `${'</w:customXml>'.repeat(depth)}<w:sectPr`),
  );
  return Buffer.from(zipSync(files));
}

describe('import from Word and plain text (HTTP)', () => {
  let t: TestApp;
  let tokens: Record<DemoLogin, string>;
  let mediaDir: string;
  let siteId: string;

  const upload = (token: string | null, kind: 'docx' | 'txt', data: Buffer, filename: string, path = `${IMPORTS}/${kind}`) => {
    const req = t.http().post(path);
    if (token) void req.set(bearer(token));
    return req.attach('file', data, { filename, contentType: 'application/octet-stream' });
  };
  const expectRefused = (res: Response, status: number, code: string) => expect([res.status, res.body.code]).toEqual([status, code]);
  const userId = async (who: DemoLogin) => ((await t.ds.query(`SELECT id FROM users WHERE email = $1`, [DEMO_EMAILS[who]])) as { id: string }[])[0]!.id;
  const count = async (table: string) => Number(((await t.ds.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[])[0]!.n);
  const archived = () => {
    const dir = join(mediaDir, 'originals', siteId, 'imports');
    return existsSync(dir) ? readdirSync(dir) : [];
  };

  beforeAll(async () => {
    mediaDir = await mkdtemp(join(tmpdir(), 'congxa-imports-test-'));
    t = await createTestApp({ MEDIA_DIR: mediaDir });
    tokens = await seedDemoAndLogin(t);
    [{ id: siteId }] = (await t.ds.query(`SELECT id FROM sites WHERE slug = $1`, [DEMO_SITE_SLUG])) as { id: string }[];
  });
  afterAll(async () => {
    await t.close();
    await rm(mediaDir, { recursive: true, force: true });
  });

  describe('a Word document typed in .VnTime and VNI-Times', () => {
    let file: Buffer;
    let res: ImportResponse;

    beforeAll(async () => {
      file = await wordDocument([
        heading(tcvn3('Ủy ban nhân dân xã Ân Hảo Đông')),
        p(tcvn3('Thông báo '), tcvn3('lịch tiếp công dân', { bold: true }), tcvn3(' tháng 12 năm 2026', { italics: true })),
        p(vni('Tiếng Việt có dấu: đường, phường, người dân.')),
        bullet(tcvn3('Cán bộ tiếp dân')),
        bullet(tcvn3('Giấy tờ cần mang theo')),
        numbered(vni('Bước một: nộp hồ sơ')),
        numbered(vni('Bước hai: nhận kết quả')),
        table([
          [tcvn3('Ngày'), tcvn3('Người tiếp')],
          [tcvn3('Thứ Hai'), tcvn3('Ông Nguyễn Văn Ánh')],
        ]),
        p(tcvn3('Xem thêm tại '), link('https://dichvucong.gov.vn/p/home/dvc-trang-chu.html', vni('Cổng dịch vụ công quốc gia'))),
        p(image(await redPng())),
        p(plain('Dòng một'), lineBreak(), plain('Dòng hai')),
        p(plain(encodeTcvn3('Người dân cần mang theo căn cước công dân khi đến làm thủ tục.'))),
        p(plain('Office hours: Monday to Friday.')),
      ]);
      const r = await upload(tokens.contributor, 'docx', file, 'Thông báo tiếp dân.docx');
      expect(r.status).toBe(201);
      res = r.body as ImportResponse;
    });

    it('should create a draft with the right Vietnamese title and body, headings, lists, table, link and image kept', () => {
      expect(res.article.title).toBe('Ủy ban nhân dân xã Ân Hảo Đông');
      const mediaId = MEDIA_SRC.exec(res.article.body)?.[1];
      expect(mediaId).toBeDefined();
      expect(res.article.body).toBe(
        '<p>Thông báo <strong>lịch tiếp công dân</strong><em> tháng 12 năm 2026</em></p>' +
          '<p>Tiếng Việt có dấu: đường, phường, người dân.</p>' +
          '<ul><li>Cán bộ tiếp dân</li><li>Giấy tờ cần mang theo</li></ul>' +
          '<ol><li>Bước một: nộp hồ sơ</li><li>Bước hai: nhận kết quả</li></ol>' +
          '<table><thead><tr><th>Ngày</th><th>Người tiếp</th></tr></thead><tbody><tr><td>Thứ Hai</td><td>Ông Nguyễn Văn Ánh</td></tr></tbody></table>' +
          '<p>Xem thêm tại <a href="https://dichvucong.gov.vn/p/home/dvc-trang-chu.html" rel="noopener noreferrer">Cổng dịch vụ công quốc gia</a></p>' +
          `<p><img src="/api/v1/public/media/${mediaId}/w1280.webp" alt="" /></p>` +
          '<p>Dòng một<br />Dòng hai</p>' +
          '<p>Người dân cần mang theo căn cước công dân khi đến làm thủ tục.</p>' +
          '<p>Office hours: Monday to Friday.</p>',
      );
      expect(res.article.body).toBe(res.article.body.normalize('NFC'));
    });

    it('should report what was converted, by encoding and font, and nothing to warn about', () => {
      expect(res.converted).toEqual([
        { from: 'tcvn3', font: '.VnTimeH', sample: 'Ủy ban nhân dân xã Ân Hảo Đông', count: 2 },
        { from: 'tcvn3', font: '.VnTime', sample: 'Ủy ban nhân dân xã Ân Hảo Đông', count: 9 },
        { from: 'vni', font: 'VNI-Times', sample: 'Tiếng Việt có dấu: đường, phường, người dân.', count: 4 },
        { from: 'tcvn3', sample: 'Người dân cần mang theo căn cước công dân khi đến làm thủ tục.', count: 1 },
      ]);
      expect([res.warnings, res.images]).toEqual([[], 1]);
    });

    it('should make the draft the caller’s own: editable by them, invisible to another contributor', async () => {
      expect(res.article).toMatchObject({ status: 'draft', canEdit: true, author: { id: await userId('contributor') } });
      const mine = await t.http().get(`${SITES}/${DEMO_SITE_SLUG}/articles/${res.article.id}`).set(bearer(tokens.contributor)).expect(200);
      expect(mine.body.title).toBe('Ủy ban nhân dân xã Ân Hảo Đông');
      expectRefused(await t.http().get(`${SITES}/${DEMO_SITE_SLUG}/articles/${res.article.id}`).set(bearer(tokens.contributor2)), 404, 'ARTICLE_NOT_FOUND');
    });

    it('should put the embedded picture in the media library with its alt text left to fill, and serve it', async () => {
      const mediaId = MEDIA_SRC.exec(res.article.body)![1]!;
      const item = (await t.http().get(`${SITES}/${DEMO_SITE_SLUG}/media/${mediaId}`).set(bearer(tokens.contributor)).expect(200)).body as MediaResponse;
      expect(item).toMatchObject({
        kind: 'image',
        mimeType: 'image/png',
        width: 320,
        height: 200,
        altText: null,
        originalName: 'Thông báo tiếp dân - image1.png',
      });
      const pic = await t.http().get(`/api/v1/public/media/${mediaId}/w1280.webp`).expect(200);
      expect(pic.headers['content-type']).toBe('image/webp');
    });

    it('should archive the original .docx unchanged with its SHA-256, privately', async () => {
      expect(res.original).toEqual({ format: 'docx', fileName: 'Thông báo tiếp dân.docx', sizeBytes: file.length, sha256: sha256(file) });
      const [row] = (await t.ds.query(`SELECT id, sha256, size_bytes, format, uploaded_by_id FROM content_originals WHERE item_id = $1`, [res.article.id])) as {
        id: string;
        sha256: string;
        size_bytes: number;
        format: string;
        uploaded_by_id: string;
      }[];
      expect(row).toMatchObject({ sha256: sha256(file), size_bytes: file.length, format: 'docx', uploaded_by_id: await userId('contributor') });
      expect(sha256(readFileSync(join(mediaDir, 'originals', siteId, 'imports', row!.id)))).toBe(sha256(file));
      // Not a media item: no public route knows its id.
      expectRefused(await t.http().get(`/api/v1/public/media/${row!.id}/file`), 404, 'MEDIA_NOT_FOUND');
    });

    it('should record the import in the audit log', async () => {
      const audit = (await t.http().get(`${SITES}/${DEMO_SITE_SLUG}/audit?action=article.import`).set(bearer(tokens.chief)).expect(200))
        .body as Page<AuditEntryResponse>;
      expect(audit.items.find((e) => e.targetId === res.article.id)?.details).toMatchObject({ format: 'docx', sha256: sha256(file), images: 1 });
    });
  });

  it('should give imported pictures the alt text written in the document (Alt Text description, else title)', async () => {
    const png = (g: number) =>
      sharp({ create: { width: 64, height: 40, channels: 3, background: { r: 20, g, b: 90 } } })
        .png()
        .toBuffer();
    const file = await wordDocument([
      p(plain('Hình ảnh xã Ân Hảo Đông')),
      p(image(await png(150), { description: 'Trụ sở Ủy ban nhân dân xã', title: 'Trụ sở', name: 'Hình 1' })),
      p(image(await png(160), { title: 'Cầu Ân Hảo' })),
    ]);
    const res = await upload(tokens.contributor, 'docx', file, 'Hình ảnh.docx');
    expect(res.status).toBe(201);
    const body = (res.body as ImportResponse).article.body;
    const ids = [...body.matchAll(/<img src="\/api\/v1\/public\/media\/([0-9a-f-]{36})\/w1280\.webp" alt="([^"]*)" \/>/g)].map((m) => [m[1]!, m[2]!]);
    expect(ids.map(([, alt]) => alt)).toEqual(['Trụ sở Ủy ban nhân dân xã', 'Cầu Ân Hảo']);
    const alts = [];
    for (const [id] of ids)
      alts.push(((await t.http().get(`${SITES}/${DEMO_SITE_SLUG}/media/${id}`).set(bearer(tokens.contributor)).expect(200)).body as MediaResponse).altText);
    expect(alts).toEqual(['Trụ sở Ủy ban nhân dân xã', 'Cầu Ân Hảo']);
  });

  describe('refusals', () => {
    let docx: Buffer;
    beforeAll(async () => {
      docx = await wordDocument([p(plain('Thông báo'))]);
    });

    it('should refuse an old .doc with 415 and tell the user to save it as .docx', async () => {
      const res = await upload(tokens.contributor, 'docx', compoundFile(['WordDocument', '1Table']), 'cong-van.doc');
      expectRefused(res, 415, 'WORD_DOC_NOT_SUPPORTED');
      expect(res.body.message).toBe('Tệp .doc (Word 97–2003) không được hỗ trợ: hãy mở bằng Word và lưu lại dưới dạng .docx');
    });

    it.each([
      ['a macro-enabled .docm', () => docmZip(), 'bao-cao.docm', 422, 'DOCUMENT_HAS_MACROS'],
      ['a password-protected document', () => compoundFile(['EncryptionInfo', 'EncryptedPackage']), 'mat-khau.docx', 422, 'DOCUMENT_ENCRYPTED'],
      ['a .docx cut short', () => truncatedZip(docx), 'dang-do.docx', 422, 'DOCUMENT_CORRUPT'],
      ['a .docx with damaged bytes', () => damagedZip(docx), 'hong.docx', 422, 'DOCUMENT_CORRUPT'],
      ['a zip of 10,001 entries', () => manyEntriesZip(10_001), 'bom.docx', 422, 'ARCHIVE_LIMITS_EXCEEDED'],
      ['a zip declaring 300 MB uncompressed', () => declaredBombZip(), 'bom-2.docx', 422, 'ARCHIVE_LIMITS_EXCEEDED'],
      ['a PDF renamed .docx', () => minimalPdf(), 'that-ra-la-pdf.docx', 415, 'NOT_A_DOCX'],
      ['a document nested 30,000 deep', () => deeplyNested(docx, 30_000), 'long-nhau.docx', 422, 'DOCUMENT_TOO_DEEP'],
    ])('should refuse %s and create nothing', async (_name, make, filename, status, code) => {
      const [articles, originals] = [await count('content_items'), archived().length];
      expectRefused(await upload(tokens.contributor, 'docx', make(), filename), status, code);
      expect([await count('content_items'), archived().length]).toEqual([articles, originals]);
    });

    it('should refuse a binary file sent as .txt and a .txt over 5 MB', async () => {
      expectRefused(await upload(tokens.contributor, 'txt', docx, 'ghi-chu.txt'), 415, 'NOT_A_TEXT_FILE');
      expectRefused(await upload(tokens.contributor, 'txt', Buffer.alloc(5 * 1024 * 1024 + 1, 0x61), 'dai.txt'), 413, 'PAYLOAD_TOO_LARGE');
    });
  });

  describe('plain text', () => {
    const TITLE = 'Thông báo lịch tiếp công dân tháng 12';
    const LINES = ['Ủy ban nhân dân xã tiếp công dân vào thứ Hai hằng tuần.', 'Người dân cần mang theo căn cước công dân.'];
    const BODY = `<p>${LINES[0]}</p><p>${LINES[1]}</p>`;
    const text = [TITLE, ...LINES].join('\r\n');
    const cp1252 = (legacy: string) => Buffer.from([...legacy].map((c) => c.charCodeAt(0)));

    it.each([
      ['UTF-8', Buffer.from(text, 'utf8'), []],
      ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), []],
      ['Windows-1258', encodeWindows1258(text), []],
      ['TCVN3 bytes', cp1252(encodeTcvn3(text)), [{ from: 'tcvn3', sample: TITLE, count: 3 }]],
      ['VNI bytes', cp1252(encodeVni(text)), [{ from: 'vni', sample: TITLE, count: 3 }]],
    ])('should read %s into a draft with the right Vietnamese', async (_name, bytes, converted) => {
      const res = await upload(tokens.editor, 'txt', bytes, 'thong-bao.txt');
      expect(res.status).toBe(201);
      const body = res.body as ImportResponse;
      expect([body.article.title, body.article.body, body.converted, body.images]).toEqual([TITLE, BODY, converted, 0]);
      expect(body.original).toEqual({ format: 'txt', fileName: 'thong-bao.txt', sizeBytes: bytes.length, sha256: sha256(bytes) });
      expect(body.article.author?.id).toBe(await userId('editor'));
    });
  });

  describe('access', () => {
    beforeAll(async () => {
      await t.http().post(SITES).set(bearer(tokens.admin)).send(B).expect(201);
    });

    it('should answer 401 when nobody is signed in', async () => {
      expectRefused(await upload(null, 'docx', await wordDocument([p(plain('Thông báo'))]), 'a.docx'), 401, 'UNAUTHENTICATED');
      expectRefused(await upload(null, 'txt', Buffer.from('Thông báo'), 'a.txt'), 401, 'UNAUTHENTICATED');
    });

    it('should answer 404 when a member of one site imports into another site', async () => {
      const file = await wordDocument([p(plain('Thông báo'))]);
      expectRefused(await upload(tokens.contributor, 'docx', file, 'a.docx', `${SITES}/${B.slug}/imports/docx`), 404, 'SITE_NOT_FOUND');
      expectRefused(await upload(tokens.contributor, 'txt', Buffer.from('Thông báo'), 'a.txt', `${SITES}/${B.slug}/imports/txt`), 404, 'SITE_NOT_FOUND');
    });
  });
});

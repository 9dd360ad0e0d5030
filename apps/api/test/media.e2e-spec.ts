import 'reflect-metadata';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import sharp from 'sharp';
import type { Response } from 'supertest';
import type { AuditEntryResponse } from '@congxa/shared/dto/audit';
import type { Page } from '@congxa/shared/dto/common';
import { IMAGE_VARIANT_NAMES, type MediaResponse, type UploadMediaResponse } from '@congxa/shared/dto/media';
import { processImage } from '../src/modules/media/image-processing';
import { MediaRepository } from '../src/modules/media/media.repository';
import { bearer, createTestApp, DEMO_EMAILS, DEMO_SITE_SLUG, type DemoLogin, seedDemoAndLogin, type TestApp } from '../src/test-support/test-app';

const SITES = '/api/v1/sites';
const MEDIA = `${SITES}/${DEMO_SITE_SLUG}/media`;
const B = { code: '40404', slug: 'xa-binh-an', name: 'Xã Bình An' };
const MB = 1024 * 1024;
const ACCEPTED = ['JPEG', 'PNG', 'WebP', 'GIF', 'PDF', 'DOCX'];
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

// ---- fixtures, all made here ------------------------------------------------------------------------

const GPS_EXIF = {
  IFD0: { Make: 'CongXaCam', Model: 'Máy ảnh thử', Copyright: 'Nguoi Chup' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '14/1 22/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '109/1 5/1 0/1' },
};

/** A photo as a phone makes it: JPEG with camera and GPS EXIF. */
const photoWithGps = (width = 1600, height = 1200) =>
  sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 200 } } })
    .composite([{ input: { create: { width: Math.ceil(width / 3), height: Math.ceil(height / 3), channels: 3, background: '#e53' } }, top: 10, left: 10 }])
    .jpeg({ quality: 85 })
    .withExif(GPS_EXIF)
    .toBuffer();

/** A PNG with transparency. */
const pngWithAlpha = () =>
  sharp({ create: { width: 700, height: 500, channels: 4, background: { r: 0, g: 160, b: 80, alpha: 0.5 } } })
    .png()
    .toBuffer();

const pngChunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

/** A valid 1-bit PNG of 20,000 × 20,000 pixels (400 megapixels) that weighs a few dozen kilobytes. */
function pngBomb(side = 20_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, filter 0, no interlace
  const rows = Buffer.alloc((1 + Math.ceil(side / 8)) * side); // all zero: filter byte 0 + black pixels
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(rows, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A minimal, valid one-page PDF (cross-reference offsets computed). */
function minimalPdf(padding = 0): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>'];
  let out = '%PDF-1.4\n';
  if (padding) out += `%${'x'.repeat(padding)}\n`;
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

const DOCX_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const DOCM_MAIN = 'application/vnd.ms-word.document.macroEnabled.main+xml';

/** A Word document as a zip of its parts; `extra` adds parts (e.g. a VBA project). */
function wordZip(mainType: string, extra: Record<string, Uint8Array> = {}): Buffer {
  const types =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/word/document.xml" ContentType="${mainType}"/></Types>`;
  const rels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
  const doc =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    '<w:body><w:p><w:r><w:t>Thông báo lịch tiếp công dân</w:t></w:r></w:p></w:body></w:document>';
  return Buffer.from(zipSync({ '[Content_Types].xml': strToU8(types), '_rels/.rels': strToU8(rels), 'word/document.xml': strToU8(doc), ...extra }));
}

/** supertest parser that keeps any response body as bytes. */
const binary = (res: Response, cb: (err: Error | null, body: Buffer) => void) => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('media library (HTTP)', () => {
  let t: TestApp;
  let tokens: Record<DemoLogin, string>;
  let mediaDir: string;
  let demoSiteId: string;
  let photo: Buffer;
  let photoItem: UploadMediaResponse;

  const upload = (
    token: string | null,
    data: Buffer,
    filename: string,
    contentType = 'application/octet-stream',
    fields: Record<string, string> = {},
    path = MEDIA,
  ) => {
    const req = t.http().post(path);
    if (token) void req.set(bearer(token));
    for (const [k, v] of Object.entries(fields)) void req.field(k, v);
    return req.attach('file', data, { filename, contentType });
  };
  const fetchPublic = (url: string) => t.http().get(url).buffer(true).parse(binary);
  const bodyOf = (res: Response) => res.body as Buffer;
  const filesUnder = (dir: string): string[] =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile())
          .map((d) => join(d.parentPath, d.name))
      : [];
  const expectRefused = (res: Response, status: number, code: string) => {
    expect([res.status, res.body.code]).toEqual([status, code]);
  };

  beforeAll(async () => {
    mediaDir = await mkdtemp(join(tmpdir(), 'congxa-media-test-'));
    t = await createTestApp({ MEDIA_DIR: mediaDir, MEDIA_MAX_DOCUMENT_BYTES: String(8 * MB) });
    tokens = await seedDemoAndLogin(t);
    [{ id: demoSiteId }] = (await t.ds.query(`SELECT id FROM sites WHERE slug = $1`, [DEMO_SITE_SLUG])) as { id: string }[];
    photo = await photoWithGps();
    const res = await upload(tokens.contributor, photo, 'Ảnh hội nghị.jpg', 'image/jpeg', { altText: '  Hội nghị tổng kết năm  ' }).expect(201);
    photoItem = res.body as UploadMediaResponse;
  });
  afterAll(async () => {
    await t.close();
    await rm(mediaDir, { recursive: true, force: true });
  });

  describe('images', () => {
    it('should keep the photo with its real type, size, SHA-256 and trimmed alt text when a contributor uploads a JPEG', () => {
      expect(photoItem).toMatchObject({
        kind: 'image',
        mimeType: 'image/jpeg',
        originalName: 'Ảnh hội nghị.jpg',
        sizeBytes: photo.length,
        sha256: sha256(photo),
        width: 1600,
        height: 1200,
        altText: 'Hội nghị tổng kết năm',
        uploadedBy: { fullName: expect.any(String) },
        revision: 1,
        duplicate: false,
      });
      expect(photoItem.variants.map((v) => v.name).sort()).toEqual([...IMAGE_VARIANT_NAMES].sort());
      expect(photoItem.variants.find((v) => v.name === 'w640.webp')).toMatchObject({ width: 640, height: 480, mimeType: 'image/webp' });
      // 1600 px wide: the 1280 variant is made; nothing is ever enlarged.
      expect(photoItem.variants.find((v) => v.name === 'w1280.jpg')).toMatchObject({ width: 1280, height: 960, mimeType: 'image/jpeg' });
      for (const v of photoItem.variants) expect(v.url).toBe(`/api/v1/public/media/${photoItem.id}/${v.name}`);
    });

    it('should serve every variant re-encoded with the right type and without EXIF or GPS when anyone asks for it', async () => {
      expect((await sharp(photo).metadata()).exif?.toString('latin1')).toContain('CongXaCam');
      for (const v of photoItem.variants) {
        const res = await fetchPublic(v.url).expect(200);
        expect(res.headers['content-type']).toBe(v.mimeType);
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
        expect(res.headers['content-disposition']).toBeUndefined();
        const meta = await sharp(bodyOf(res)).metadata();
        expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({
          format: v.mimeType === 'image/webp' ? 'webp' : 'jpeg',
          width: v.width,
          height: v.height,
        });
        expect([meta.exif, meta.xmp, meta.iptc]).toEqual([undefined, undefined, undefined]);
        expect(bodyOf(res).toString('latin1')).not.toMatch(/CongXaCam|Nguoi Chup|GPS/);
        expect(bodyOf(res).length).toBe(v.sizeBytes);
      }
    });

    it('should answer 304 when the client already holds the variant (ETag)', async () => {
      const first = await fetchPublic(`/api/v1/public/media/${photoItem.id}/w320.webp`).expect(200);
      expect(first.headers.etag).toMatch(/^"[0-9a-f]{32}"$/);
      const again = await t.http().get(`/api/v1/public/media/${photoItem.id}/w320.webp`).set('If-None-Match', first.headers.etag!).expect(304);
      expect(again.headers.etag).toBe(first.headers.etag);
    });

    it('should archive the original unchanged in private storage and serve it through no route', async () => {
      const original = join(mediaDir, 'originals', demoSiteId, photoItem.id);
      expect(sha256(readFileSync(original))).toBe(photoItem.sha256);
      // Nothing public lives under originals/, and no variant name reaches it.
      for (const name of ['original', 'originals', 'file', `..%2F..%2Foriginals%2F${demoSiteId}%2F${photoItem.id}`, 'w320.png', 'W320.webp']) {
        const res = await t.http().get(`/api/v1/public/media/${photoItem.id}/${name}`);
        expect([name, res.status]).toEqual([name, 404]);
      }
      const traversal = await t.http().get(`/api/v1/public/media/${photoItem.id}/../../originals/${demoSiteId}/${photoItem.id}`);
      expect(traversal.status).toBe(404);
      for (const v of photoItem.variants) expect(sha256(bodyOf(await fetchPublic(v.url).expect(200)))).not.toBe(photoItem.sha256);
    });

    it('should turn a photo upright from its EXIF orientation and never enlarge it', async () => {
      const sideways = await sharp({ create: { width: 400, height: 200, channels: 3, background: '#456' } })
        .jpeg()
        .withMetadata({ orientation: 6 })
        .toBuffer();
      const item = (await upload(tokens.contributor, sideways, 'nghieng.jpg', 'image/jpeg').expect(201)).body as MediaResponse;
      expect([item.width, item.height]).toEqual([200, 400]);
      for (const v of item.variants) expect([v.name, v.width, v.height]).toEqual([v.name, 200, 400]);
      const served = await sharp(bodyOf(await fetchPublic(`/api/v1/public/media/${item.id}/w1280.jpg`).expect(200))).metadata();
      expect([served.width, served.height, served.orientation]).toEqual([200, 400, undefined]);
    });

    it('should keep transparency in WebP and flatten it in JPEG when a PNG with alpha is uploaded', async () => {
      const item = (await upload(tokens.contributor, await pngWithAlpha(), 'logo.png', 'image/png').expect(201)).body as MediaResponse;
      expect(item).toMatchObject({ kind: 'image', mimeType: 'image/png', width: 700, height: 500, altText: null });
      const webp = await sharp(bodyOf(await fetchPublic(`/api/v1/public/media/${item.id}/w640.webp`).expect(200))).metadata();
      const jpg = await sharp(bodyOf(await fetchPublic(`/api/v1/public/media/${item.id}/w640.jpg`).expect(200))).metadata();
      expect([webp.hasAlpha, webp.width, jpg.hasAlpha, jpg.width]).toEqual([true, 640, false, 640]);
    });

    it('should accept a 1×1 GIF and make every variant 1×1', async () => {
      const dot = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
        .gif()
        .toBuffer();
      const item = (await upload(tokens.contributor, dot, 'cham.gif', 'image/gif').expect(201)).body as MediaResponse;
      expect(item).toMatchObject({ mimeType: 'image/gif', width: 1, height: 1 });
      expect(new Set(item.variants.map((v) => `${v.width}x${v.height}`))).toEqual(new Set(['1x1']));
    });

    it('should answer the existing item (200, duplicate) when the same file is uploaded again to the same site', async () => {
      const before = filesUnder(mediaDir).length;
      const res = await upload(tokens.editor, photo, 'ban-sao.jpg', 'image/jpeg').expect(200);
      expect(res.body).toMatchObject({ id: photoItem.id, duplicate: true, originalName: 'Ảnh hội nghị.jpg' });
      expect(filesUnder(mediaDir).length).toBe(before);
    });
  });

  describe('refused uploads', () => {
    it('should refuse a decompression bomb from its header with 422 IMAGE_TOO_MANY_PIXELS', async () => {
      const bomb = pngBomb();
      expect(bomb.length).toBeLessThan(200 * 1024);
      const started = Date.now();
      const res = await upload(tokens.contributor, bomb, 'bomb.png', 'image/png');
      expectRefused(res, 422, 'IMAGE_TOO_MANY_PIXELS');
      expect(res.body.details).toEqual({ width: 20_000, height: 20_000, maxPixels: 40_000_000 });
      expect(Date.now() - started).toBeLessThan(3000);
    });

    it.each([
      [
        'an SVG named photo.jpg',
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>',
        'photo.jpg',
        'image/jpeg',
        'image/svg+xml',
      ],
      ['an HTML page named anh.png', '<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>', 'anh.png', 'image/png', 'text/html'],
      ['a plain text file', 'Xin chào', 'ghi-chu.txt', 'text/plain', null],
    ])('should refuse %s with 415 UNSUPPORTED_MEDIA_FORMAT listing the formats that work', async (_what, text, filename, type, detected) => {
      const res = await upload(tokens.contributor, Buffer.from(text), filename, type);
      expectRefused(res, 415, 'UNSUPPORTED_MEDIA_FORMAT');
      expect(res.body.details).toEqual({ detected, accepted: ACCEPTED });
      expect(res.body.message).toContain('JPEG, PNG, WebP, GIF');
      expect(res.body.message).toContain('PDF, DOCX');
    });

    it('should refuse HEIC/AVIF, TIFF and BMP with 415 and a message saying which formats work', async () => {
      const base = () => sharp({ create: { width: 16, height: 16, channels: 3, background: '#0a0' } });
      const bmp = Buffer.concat([Buffer.from('BM'), Buffer.alloc(52)]);
      bmp.writeUInt32LE(54, 10);
      bmp.writeUInt32LE(40, 14);
      const cases: [Buffer, string][] = [
        [await base().avif().toBuffer(), 'image/avif'],
        [await base().heif({ compression: 'av1' }).toBuffer(), 'image/avif'],
        [await base().tiff().toBuffer(), 'image/tiff'],
        [bmp, 'image/bmp'],
      ];
      for (const [data, detected] of cases) {
        const res = await upload(tokens.contributor, data, 'IMG_0001.HEIC', 'image/heic');
        expectRefused(res, 415, 'UNSUPPORTED_MEDIA_FORMAT');
        expect(res.body.details.detected).toBe(detected);
      }
      const en = await upload(tokens.contributor, cases[0]![0], 'x.heic').set('Accept-Language', 'en');
      expect(en.body.message).toBe(
        'This file format is not accepted. Use JPEG, PNG, WebP or GIF images, or PDF or DOCX documents (convert phone HEIC/AVIF photos to JPEG first).',
      );
    });

    it('should refuse a JPEG with an HTML payload appended, or with a zip appended, and store nothing', async () => {
      const before = filesUnder(mediaDir).length;
      const small = await photoWithGps(200, 150);
      const withHtml = Buffer.concat([small, Buffer.from('<html><body><script>alert("xss")</script></body></html>')]);
      expectRefused(await upload(tokens.contributor, withHtml, 'polyglot.jpg', 'image/jpeg'), 422, 'MEDIA_SUSPICIOUS_CONTENT');
      const withZip = Buffer.concat([small, Buffer.from(zipSync({ 'payload.php': strToU8('<?= 1 ?>') }))]);
      const res = await upload(tokens.contributor, withZip, 'anh.jpg', 'image/jpeg');
      expectRefused(res, 422, 'MEDIA_SUSPICIOUS_CONTENT');
      expect(res.body.details).toEqual({ found: 'zip' });
      expect(filesUnder(mediaDir).length).toBe(before);
    });

    it('should serve only re-encoded pixels, without the trailing bytes, when a JPEG carries other data after the picture', async () => {
      const marker = 'MOTION-PHOTO-TRAILER-0123456789';
      const trailer = Buffer.concat([(await photoWithGps(300, 200)) as Buffer, Buffer.from(marker.repeat(20))]);
      const item = (await upload(tokens.contributor, trailer, 'chuyen-dong.jpg', 'image/jpeg').expect(201)).body as MediaResponse;
      for (const v of item.variants) expect(bodyOf(await fetchPublic(v.url).expect(200)).toString('latin1')).not.toContain('MOTION-PHOTO');
    });

    it('should refuse an undecodable image with 422 MEDIA_UNREADABLE', async () => {
      const broken = Buffer.concat([(await photoWithGps(200, 150)).subarray(0, 400), Buffer.alloc(200, 0x55)]);
      const res = await upload(tokens.contributor, broken, 'hong.jpg', 'image/jpeg');
      expectRefused(res, 422, 'MEDIA_UNREADABLE');
      expect(res.body.details).toEqual({ format: 'jpeg', accepted: ACCEPTED });
    });

    it('should answer 413 PAYLOAD_TOO_LARGE when an upload is over the largest limit, and when an image is over 20 MB', async () => {
      const huge = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(21 * MB)]);
      const res = await upload(tokens.contributor, huge, 'rat-lon.jpg', 'image/jpeg');
      expectRefused(res, 413, 'PAYLOAD_TOO_LARGE');
      expect(res.body.details).toEqual({ field: 'file', maxBytes: 20 * MB });
      expect(res.body.message).toBe('Nội dung gửi lên quá lớn.');
    });

    it('should answer 413 naming the document limit when a PDF is over it', async () => {
      const res = await upload(tokens.contributor, minimalPdf(9 * MB), 'bao-cao.pdf', 'application/pdf');
      expectRefused(res, 413, 'PAYLOAD_TOO_LARGE');
      expect(res.body.details).toEqual({ field: 'file', kind: 'document', maxBytes: 8 * MB });
    });

    it('should answer 400 naming `file` when the form has no file, and 415 when the request is not multipart', async () => {
      const none = await t.http().post(MEDIA).set(bearer(tokens.contributor)).field('altText', 'Không có tệp');
      expectRefused(none, 400, 'VALIDATION_FAILED');
      expect(none.body.details).toEqual([{ field: 'file', rule: 'isDefined', message: 'Bắt buộc phải có.' }]);
      const empty = await upload(tokens.contributor, Buffer.alloc(0), 'rong.jpg', 'image/jpeg');
      expect(empty.body.details).toEqual([{ field: 'file', rule: 'isDefined', message: 'Bắt buộc phải có.' }]);
      expectRefused(await t.http().post(MEDIA).set(bearer(tokens.contributor)).send({ file: 'abc' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    it('should answer 400 when a request carries two files, another file field, or an unknown field', async () => {
      const png = await pngWithAlpha();
      const two = await t
        .http()
        .post(MEDIA)
        .set(bearer(tokens.contributor))
        .attach('file', png, { filename: 'a.png', contentType: 'image/png' })
        .attach('file', photo, { filename: 'b.jpg', contentType: 'image/jpeg' });
      expectRefused(two, 400, 'VALIDATION_FAILED');
      expect(two.body.details[0]).toMatchObject({ field: 'file', rule: 'maxFiles' });
      const other = await t.http().post(MEDIA).set(bearer(tokens.contributor)).attach('image', png, { filename: 'a.png', contentType: 'image/png' });
      expect([other.status, other.body.details?.[0]?.field]).toEqual([400, 'image']);
      const unknown = await upload(tokens.contributor, png, 'a.png', 'image/png', { uploadedById: randomUUID() });
      expect([unknown.status, unknown.body.details?.[0]]).toEqual([400, expect.objectContaining({ field: 'uploadedById', rule: 'whitelistValidation' })]);
      const longAlt = await upload(tokens.contributor, png, 'a.png', 'image/png', { altText: 'a'.repeat(301) });
      expect([longAlt.status, longAlt.body.details?.[0]?.field]).toEqual([400, 'altText']);
    });
  });

  describe('documents', () => {
    it('should accept a PDF as a document and serve it only as a download, with its type and nosniff', async () => {
      const pdf = minimalPdf();
      const item = (await upload(tokens.contributor, pdf, 'Kế hoạch số 12.pdf', 'application/pdf').expect(201)).body as MediaResponse;
      expect(item).toMatchObject({ kind: 'document', mimeType: 'application/pdf', width: null, height: null, sizeBytes: pdf.length });
      expect(item.variants).toEqual([
        { name: 'file', url: `/api/v1/public/media/${item.id}/file`, mimeType: 'application/pdf', sizeBytes: pdf.length, width: null, height: null },
      ]);
      const res = await fetchPublic(item.variants[0]!.url).expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="Ke hoach so 12.pdf"; filename*=UTF-8''${encodeURIComponent('Kế hoạch số 12.pdf')}`,
      );
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(bodyOf(res).equals(pdf)).toBe(true);
      expect(res.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
      await t.http().get(`/api/v1/public/media/${item.id}/w640.webp`).expect(404);

      // Read in the page: the same bytes inline, framed by the portal only, loading nothing, not sandboxed
      // (browsers' PDF viewers refuse a sandboxed document).
      const view = await fetchPublic(`/api/v1/public/media/${item.id}/view`).expect(200);
      expect(view.headers['content-type']).toBe('application/pdf');
      expect(view.headers['content-disposition']).toBe(`inline; filename="Ke hoach so 12.pdf"; filename*=UTF-8''${encodeURIComponent('Kế hoạch số 12.pdf')}`);
      expect(view.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'self'");
      expect(view.headers['cross-origin-resource-policy']).toBe('same-origin');
      expect(view.headers['x-content-type-options']).toBe('nosniff');
      expect(bodyOf(view).equals(pdf)).toBe(true);
    });

    it('should treat a PDF named .jpg as the PDF it is, and name its download .pdf', async () => {
      const pdf = minimalPdf(10);
      const item = (await upload(tokens.contributor, pdf, 'scan.jpg', 'image/jpeg').expect(201)).body as MediaResponse;
      expect(item).toMatchObject({ kind: 'document', mimeType: 'application/pdf', originalName: 'scan.jpg' });
      const res = await fetchPublic(`/api/v1/public/media/${item.id}/file`).expect(200);
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="scan\.pdf"/);
    });

    it('should refuse a PDF cut short with 422 MEDIA_UNREADABLE', async () => {
      const pdf = minimalPdf();
      expectRefused(await upload(tokens.contributor, pdf.subarray(0, pdf.length - 40), 'cut.pdf', 'application/pdf'), 422, 'MEDIA_UNREADABLE');
    });

    it('should accept a real DOCX and serve it as a Word download', async () => {
      const docx = wordZip(DOCX_MAIN);
      const item = (await upload(tokens.contributor, docx, 'Thông báo.docx', 'application/octet-stream').expect(201)).body as MediaResponse;
      const type = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
      expect(item).toMatchObject({ kind: 'document', mimeType: type, originalName: 'Thông báo.docx' });
      const res = await fetchPublic(`/api/v1/public/media/${item.id}/file`).expect(200);
      expect([res.headers['content-type'], res.headers['content-disposition']?.split(';')[0]]).toEqual([type, 'attachment']);
      expect(bodyOf(res).equals(docx)).toBe(true);
      // Only a PDF is shown inline; a Word file is downloaded, and an image has no such address.
      await t.http().get(`/api/v1/public/media/${item.id}/view`).expect(404);
      await t.http().get(`/api/v1/public/media/${photoItem.id}/view`).expect(404);
    });

    it('should refuse macro-enabled Word files (.docm, or a .docx carrying vbaProject.bin) with 422 DOCUMENT_HAS_MACROS', async () => {
      const vba = { 'word/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]) };
      const docm = await upload(tokens.contributor, wordZip(DOCM_MAIN, vba), 'bao-cao.docm', 'application/vnd.ms-word.document.macroEnabled.12');
      expectRefused(docm, 422, 'DOCUMENT_HAS_MACROS');
      expect(docm.body.message).toContain('.docx');
      expectRefused(await upload(tokens.contributor, wordZip(DOCX_MAIN, vba), 'bao-cao.docx', 'application/octet-stream'), 422, 'DOCUMENT_HAS_MACROS');
    });

    it('should refuse a zip that is not a Word document whatever its name', async () => {
      const zip = Buffer.from(zipSync({ 'word/readme.txt': strToU8('không phải docx') }));
      const res = await upload(tokens.contributor, zip, 'van-ban.docx', DOCX_MAIN);
      expectRefused(res, 415, 'UNSUPPORTED_MEDIA_FORMAT');
      expect(res.body.details.detected).toBe('application/zip');
    });
  });

  describe('who may do what', () => {
    it('should answer 401 when nobody is signed in', async () => {
      expectRefused(await upload(null, photo, 'a.jpg', 'image/jpeg'), 401, 'UNAUTHENTICATED');
      expectRefused(await t.http().get(MEDIA), 401, 'UNAUTHENTICATED');
    });

    it.each(['chief', 'deputy', 'editor', 'contributor2'] as const)('should let the %s list and read the library', async (who) => {
      const page = (await t.http().get(`${MEDIA}?pageSize=100`).set(bearer(tokens[who])).expect(200)).body as Page<MediaResponse>;
      expect(page.items.some((m) => m.id === photoItem.id)).toBe(true);
      await t.http().get(`${MEDIA}/${photoItem.id}`).set(bearer(tokens[who])).expect(200);
    });

    it('should filter the list by kind and page through it newest first', async () => {
      const docs = (await t.http().get(`${MEDIA}?kind=document&pageSize=100`).set(bearer(tokens.chief)).expect(200)).body as Page<MediaResponse>;
      expect(docs.items.length).toBeGreaterThan(0);
      expect(docs.items.every((m) => m.kind === 'document')).toBe(true);
      const p1 = (await t.http().get(`${MEDIA}?kind=image&page=1&pageSize=2`).set(bearer(tokens.chief)).expect(200)).body as Page<MediaResponse>;
      const p2 = (await t.http().get(`${MEDIA}?kind=image&page=2&pageSize=2`).set(bearer(tokens.chief)).expect(200)).body as Page<MediaResponse>;
      expect(p1).toMatchObject({ page: 1, pageSize: 2 });
      expect(p1.total).toBeGreaterThanOrEqual(4);
      expect(p1.items[0]!.createdAt >= p1.items[1]!.createdAt && p1.items[1]!.createdAt >= p2.items[0]!.createdAt).toBe(true);
      const bad = await t.http().get(`${MEDIA}?kind=video`).set(bearer(tokens.chief)).expect(400);
      expect(bad.body.details[0]).toMatchObject({ field: 'kind', rule: 'isIn' });
    });

    describe('across sites', () => {
      let bItem: MediaResponse;
      beforeAll(async () => {
        await t.http().post(SITES).set(bearer(tokens.admin)).send(B).expect(201);
        await t
          .http()
          .post(`${SITES}/${B.slug}/members`)
          .set(bearer(tokens.admin))
          .send({ email: DEMO_EMAILS.editor2, fullName: 'Biên Tập Hai', role: 'contributor' })
          .expect(201);
        // The same photo is a new item in another site: the library is per site.
        bItem = (await upload(tokens.editor2, photo, 'anh.jpg', 'image/jpeg', {}, `${SITES}/${B.slug}/media`).expect(201)).body as MediaResponse;
      });

      it('should keep each site’s library apart', async () => {
        expect(bItem.id).not.toBe(photoItem.id);
        const inB = (await t.http().get(`${SITES}/${B.slug}/media?pageSize=100`).set(bearer(tokens.editor2)).expect(200)).body as Page<MediaResponse>;
        expect(inB.items.map((m) => m.id)).toEqual([bItem.id]);
      });

      it('should answer 404 when a member of one site reaches into another site’s library', async () => {
        expectRefused(await t.http().get(`${SITES}/${B.slug}/media`).set(bearer(tokens.contributor)), 404, 'SITE_NOT_FOUND');
        expectRefused(await upload(tokens.contributor, await pngWithAlpha(), 'x.png', 'image/png', {}, `${SITES}/${B.slug}/media`), 404, 'SITE_NOT_FOUND');
        expectRefused(await t.http().get(`${MEDIA}/${bItem.id}`).set(bearer(tokens.chief)), 404, 'MEDIA_NOT_FOUND');
        const patch = await t.http().patch(`${MEDIA}/${bItem.id}`).set(bearer(tokens.chief)).send({ revision: 1, altText: 'Chiếm quyền' });
        expectRefused(patch, 404, 'MEDIA_NOT_FOUND');
      });

      it('should refuse on save a cover that is another site’s image, a missing item or a document', async () => {
        const pdf = (await upload(tokens.contributor, minimalPdf(7), 'bia.pdf', 'application/pdf').expect(201)).body as MediaResponse;
        const created = await t
          .http()
          .post(`${SITES}/${DEMO_SITE_SLUG}/articles`)
          .set(bearer(tokens.contributor))
          .send({ title: 'Bài có ảnh bìa' })
          .expect(201);
        for (const coverMediaId of [bItem.id, randomUUID(), pdf.id]) {
          const res = await t
            .http()
            .patch(`${SITES}/${DEMO_SITE_SLUG}/articles/${created.body.id}`)
            .set(bearer(tokens.contributor))
            .send({ revision: created.body.revision, coverMediaId });
          expectRefused(res, 422, 'CONTENT_INCOMPLETE');
          expect(res.body.details).toEqual({ invalid: ['coverMediaId'] });
        }
        const ok = await t
          .http()
          .patch(`${SITES}/${DEMO_SITE_SLUG}/articles/${created.body.id}`)
          .set(bearer(tokens.contributor))
          .send({ revision: created.body.revision, coverMediaId: photoItem.id })
          .expect(200);
        expect(ok.body.coverMediaId).toBe(photoItem.id);
      });

      it('should give the article workflow only the site’s own items from findInSite', async () => {
        const found = await t.app.get(MediaRepository).findInSite(demoSiteId, [photoItem.id, bItem.id, randomUUID(), photoItem.id]);
        expect(found.map((m) => [m.id, m.altText])).toEqual([[photoItem.id, 'Hội nghị tổng kết năm']]);
        expect(await t.app.get(MediaRepository).findInSite(demoSiteId, [])).toEqual([]);
      });
    });
  });

  describe('alt text and audit', () => {
    let item: MediaResponse;
    beforeAll(async () => {
      item = (await upload(tokens.contributor, await photoWithGps(500, 400), 'chua-co-alt.jpg', 'image/jpeg').expect(201)).body as MediaResponse;
    });

    it('should refuse 403 MEDIA_EDIT_FORBIDDEN when another contributor edits an item they did not upload', async () => {
      const res = await t.http().patch(`${MEDIA}/${item.id}`).set(bearer(tokens.contributor2)).send({ revision: 1, altText: 'Ghi đè của người khác' });
      expectRefused(res, 403, 'MEDIA_EDIT_FORBIDDEN');
      const after = (await t.http().get(`${MEDIA}/${item.id}`).set(bearer(tokens.chief)).expect(200)).body as MediaResponse;
      expect(after).toMatchObject({ altText: null, revision: 1 });
    });

    it('should leave alt text empty (null) until the uploader writes it, then trim it and bump the revision', async () => {
      expect(item.altText).toBeNull();
      const res = await t
        .http()
        .patch(`${MEDIA}/${item.id}`)
        .set(bearer(tokens.contributor))
        .send({ revision: 1, altText: '  Cán bộ xã trao quà  ' })
        .expect(200);
      expect(res.body).toMatchObject({ id: item.id, altText: 'Cán bộ xã trao quà', revision: 2 });
    });

    it('should let an editor fix the alt text of an item someone else uploaded', async () => {
      const other = (await upload(tokens.contributor, await photoWithGps(300, 200), 'bien-tap-sua.jpg', 'image/jpeg').expect(201)).body as MediaResponse;
      const res = await t.http().patch(`${MEDIA}/${other.id}`).set(bearer(tokens.editor)).send({ revision: 1, altText: 'Biên tập viên sửa mô tả' }).expect(200);
      expect(res.body).toMatchObject({ altText: 'Biên tập viên sửa mô tả', revision: 2 });
    });

    it('should answer 409 REVISION_CONFLICT with the current state when the revision is stale', async () => {
      const res = await t.http().patch(`${MEDIA}/${item.id}`).set(bearer(tokens.editor)).send({ revision: 1, altText: 'Ghi đè' });
      expectRefused(res, 409, 'REVISION_CONFLICT');
      expect(res.body.details.current).toMatchObject({ id: item.id, altText: 'Cán bộ xã trao quà', revision: 2 });
    });

    it.each([
      ['blank', '   ', 'minLength'],
      ['too long', 'a'.repeat(301), 'maxLength'],
    ])('should answer 400 naming altText when it is %s', async (_what, altText, rule) => {
      const res = await t.http().patch(`${MEDIA}/${item.id}`).set(bearer(tokens.editor)).send({ revision: 2, altText });
      expectRefused(res, 400, 'VALIDATION_FAILED');
      expect(res.body.details[0]).toMatchObject({ field: 'altText', rule });
    });

    it('should record media.upload and media.update in the audit log with who did it', async () => {
      const rows = (await t.http().get(`${SITES}/${DEMO_SITE_SLUG}/audit?action=media&targetId=${item.id}`).set(bearer(tokens.chief)).expect(200))
        .body as Page<AuditEntryResponse>;
      expect(rows.items.map((r) => [r.action, r.actor?.email]).sort()).toEqual([
        ['media.update', DEMO_EMAILS.contributor],
        ['media.upload', DEMO_EMAILS.contributor],
      ]);
      const update = rows.items.find((r) => r.action === 'media.update')!;
      expect(update.details).toMatchObject({ altText: { from: null, to: 'Cán bộ xã trao quà' } });
    });
  });

  describe('failures and timing', () => {
    it('should remove the files it wrote and keep no row when the database write fails', async () => {
      const repo = t.app.get(MediaRepository);
      const insert = jest.spyOn(repo, 'insert').mockRejectedValueOnce(new Error('database went away'));
      try {
        const before = filesUnder(mediaDir).sort();
        const res = await upload(tokens.contributor, await photoWithGps(640, 480), 'mat-ket-noi.jpg', 'image/jpeg');
        expectRefused(res, 500, 'INTERNAL_ERROR');
        expect(filesUnder(mediaDir).sort()).toEqual(before);
      } finally {
        insert.mockRestore();
      }
    });

    it('should keep one item and one set of files when the same file is uploaded twice at once', async () => {
      const twin = await photoWithGps(900, 700);
      const before = filesUnder(mediaDir).length;
      const [a, b] = await Promise.all([upload(tokens.contributor, twin, 'a.jpg', 'image/jpeg'), upload(tokens.editor, twin, 'b.jpg', 'image/jpeg')]);
      expect([a.status, b.status].sort()).toEqual([200, 201]);
      expect(a.body.id).toBe(b.body.id);
      expect(filesUnder(mediaDir).length).toBe(before + 1 + IMAGE_VARIANT_NAMES.length);
    });

    it('should process a 12-megapixel photo into all six variants within a few seconds', async () => {
      // Photo-like detail (smooth noise, ~4 MB at quality 90) without the cost of generating 12 MP of raw noise.
      const detail = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#6a8', noise: { type: 'gaussian', mean: 128, sigma: 60 } } })
        .png()
        .toBuffer();
      const big = await sharp(detail).resize(4000, 3000, { kernel: 'cubic' }).jpeg({ quality: 90 }).withExif(GPS_EXIF).toBuffer();
      let started = process.hrtime.bigint();
      const processed = await processImage(big, 'jpeg', 40_000_000);
      const processMs = Number(process.hrtime.bigint() - started) / 1e6;
      started = process.hrtime.bigint();
      const res = await upload(tokens.contributor, big, 'anh-12mp.jpg', 'image/jpeg').expect(201);
      const uploadMs = Number(process.hrtime.bigint() - started) / 1e6;
      console.log(
        `12 MP JPEG (${(big.length / MB).toFixed(1)} MB): six variants in ${processMs.toFixed(0)} ms (processImage); ` +
          `whole upload over HTTP (receive, hash, sniff, process, store, insert) ${uploadMs.toFixed(0)} ms`,
      );
      expect(processed.variants.map((v) => `${v.name} ${v.width}x${v.height}`)).toEqual([
        'w320.webp 320x240',
        'w320.jpg 320x240',
        'w640.webp 640x480',
        'w640.jpg 640x480',
        'w1280.webp 1280x960',
        'w1280.jpg 1280x960',
      ]);
      expect((res.body as MediaResponse).width).toBe(4000);
      expect(processMs).toBeLessThan(10_000);
    });
  });
});

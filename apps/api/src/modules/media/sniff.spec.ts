import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import sharp from 'sharp';
import { AppException } from '../../common/errors/app-exception';
import { mediaKeys } from './media-keys';
import { cleanFileName, downloadDisposition } from './media.service';
import { findHiddenContent, inspectDocx, sniffFile } from './sniff';

const TYPES = (main: string) =>
  strToU8(
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="${main}"/></Types>`,
  );
const DOCX_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

describe('inspectDocx', () => {
  it('should accept a zip with word/document.xml declared as a Word document', () => {
    expect(inspectDocx(zipSync({ '[Content_Types].xml': TYPES(DOCX_MAIN), 'word/document.xml': strToU8('<w:document/>') }))).toBe('docx');
  });

  it.each([
    ['a VBA project', { '[Content_Types].xml': TYPES(DOCX_MAIN), 'word/document.xml': strToU8('x'), 'word/vbaProject.bin': strToU8('x') }],
    ['a VBA project in upper case', { '[Content_Types].xml': TYPES(DOCX_MAIN), 'word/document.xml': strToU8('x'), 'WORD/VBAPROJECT.BIN': strToU8('x') }],
    [
      'a macro-enabled main part',
      { '[Content_Types].xml': TYPES('application/vnd.ms-word.document.macroEnabled.main+xml'), 'word/document.xml': strToU8('x') },
    ],
  ])('should find macros when the file holds %s', (_what, parts) => {
    expect(inspectDocx(zipSync(parts))).toBe('macros');
  });

  it.each([
    ['no document part', { '[Content_Types].xml': TYPES(DOCX_MAIN), 'word/other.xml': strToU8('x') }],
    [
      'a template main part',
      { '[Content_Types].xml': TYPES('application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml'), 'word/document.xml': strToU8('x') },
    ],
    ['no content types', { 'word/document.xml': strToU8('x') }],
  ])('should call it invalid when it has %s', (_what, parts) => {
    expect(inspectDocx(zipSync(parts))).toBe('invalid');
  });

  it('should call bytes that are not a zip invalid', () => {
    expect(inspectDocx(Buffer.from('PK\u0003\u0004 broken'))).toBe('invalid');
  });
});

describe('findHiddenContent', () => {
  const jpeg = () =>
    sharp({ create: { width: 32, height: 32, channels: 3, background: '#123' } })
      .jpeg()
      .toBuffer();

  it('should find nothing in a plain photo, even with other data after it', async () => {
    expect(findHiddenContent(await jpeg())).toBeNull();
    expect(findHiddenContent(Buffer.concat([await jpeg(), Buffer.from('MotionPhoto_Data ftypmp42')]))).toBeNull();
  });

  it.each(['<script>alert(1)</script>', '<HTML><BODY>', '<svg onload=alert(1)>', '<?php system($_GET[1]); ?>', '<iframe src=//x>'])(
    'should find markup %j',
    async (payload) => {
      expect(findHiddenContent(Buffer.concat([await jpeg(), Buffer.from(payload)]))).toBe('markup');
    },
  );

  it('should find a zip appended at the end and a PDF header near the start', async () => {
    expect(findHiddenContent(Buffer.concat([await jpeg(), Buffer.from(zipSync({ 'a.txt': strToU8('a') }))]))).toBe('zip');
    const img = await jpeg();
    expect(findHiddenContent(Buffer.concat([img.subarray(0, 20), Buffer.from('%PDF-1.7'), img.subarray(20)]))).toBe('pdf');
  });
});

describe('sniffFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'congxa-sniff-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  const sniff = async (name: string, data: Buffer) => {
    const path = join(dir, name);
    await writeFile(path, data);
    return sniffFile(path, data.length);
  };
  const refusal = async (name: string, data: Buffer) => {
    const err = await sniff(name, data).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppException);
    const e = err as AppException;
    return [e.httpStatus, e.code, (e.details as { detected?: unknown }).detected];
  };

  it('should name images by their bytes, whatever the file is called', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 4, background: '#0000' } })
      .png()
      .toBuffer();
    expect(await sniff('anh.jpg', png)).toEqual({ kind: 'image', format: 'png', mimeType: 'image/png', ext: 'png' });
    const webp = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } })
      .webp()
      .toBuffer();
    expect(await sniff('x.gif', webp)).toMatchObject({ kind: 'image', format: 'webp' });
  });

  it('should refuse SVG and HTML with what they are, and unknown bytes with null', async () => {
    expect(await refusal('a.jpg', Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'))).toEqual([
      415,
      'UNSUPPORTED_MEDIA_FORMAT',
      'image/svg+xml',
    ]);
    expect(await refusal('a.png', Buffer.from('  <html><script>x</script></html>'))).toEqual([415, 'UNSUPPORTED_MEDIA_FORMAT', 'text/html']);
    expect(await refusal('a.pdf', Buffer.from([0, 1, 2, 3, 4, 5]))).toEqual([415, 'UNSUPPORTED_MEDIA_FORMAT', null]);
  });
});

describe('file names and keys', () => {
  it.each([
    ['C:\\Users\\Lan\\Ảnh hội nghị.jpg', 'Ảnh hội nghị.jpg'],
    ['../../etc/passwd', 'passwd'],
    ['a\u0000b<script>.png', 'a_b_script_.png'],
    ['   ', 'tep-tai-len'],
    ['.htaccess', 'htaccess'],
    ['Thông báo\r\nsố 1.docx', 'Thông báo số 1.docx'],
  ])('should clean %j to %j', (raw, clean) => {
    expect(cleanFileName(raw)).toBe(clean);
  });

  it('should keep the extension when it shortens a long name', () => {
    const name = cleanFileName(`${'dài '.repeat(100)}.pdf`);
    expect(name.length).toBeLessThanOrEqual(200);
    expect(name.endsWith('.pdf')).toBe(true);
  });

  it('should offer a download under its real extension with an ASCII fallback', () => {
    expect(downloadDisposition('Quyết định "12".jpg', 'pdf')).toBe(
      `attachment; filename="Quyet dinh _12_.pdf"; filename*=UTF-8''${encodeURIComponent('Quyết định "12".pdf')}`,
    );
  });

  it('should keep originals and public files under separate prefixes', () => {
    expect(mediaKeys.original('s1', 'm1')).toBe('originals/s1/m1');
    expect(mediaKeys.publicFile('s1', 'm1', 'w320.webp')).toBe('public/s1/m1/w320.webp');
  });
});

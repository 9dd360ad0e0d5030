import { strToU8, zipSync } from 'fflate';
import {
  compoundFile,
  damagedZip,
  declaredBombZip,
  docmZip,
  DOCX_MAIN,
  lyingSizeZip,
  manyEntriesZip,
  minimalPdf,
  p,
  plain,
  truncatedZip,
  wordDocument,
  wordZip,
} from '../../../../test/fixtures/imports';
import { AppException } from '../../../common/errors/app-exception';
import { classifyOle2, ole2Names } from './ole2';
import { DocxPackage } from './package';
import { parseXml, XmlTooLarge } from './xml';
import { openZip } from './zip';

function refusal(buf: Buffer): [number, string] | 'opened' {
  try {
    DocxPackage.open(buf);
    return 'opened';
  } catch (err) {
    if (err instanceof AppException) return [err.httpStatus, err.code];
    throw err;
  }
}

describe('DocxPackage.open', () => {
  let docx: Buffer;
  beforeAll(async () => {
    docx = await wordDocument([p(plain('Thông báo'))]);
  });

  it('should open a document Word writes and find its main part', () => {
    const pkg = DocxPackage.open(docx);
    expect(pkg.mainPart).toBe('word/document.xml');
    expect(pkg.xml(pkg.mainPart)).not.toBeNull();
  });

  it.each([
    ['a Word 97–2003 .doc', () => compoundFile(['WordDocument', '1Table', '\u0005SummaryInformation']), [415, 'WORD_DOC_NOT_SUPPORTED']],
    [
      'an OLE2 file whose directory cannot be read',
      () => Buffer.concat([compoundFile([]).subarray(0, 8), Buffer.alloc(600, 0x41)]),
      [415, 'WORD_DOC_NOT_SUPPORTED'],
    ],
    ['a password-protected .docx', () => compoundFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']), [422, 'DOCUMENT_ENCRYPTED']],
    ['an old Excel file', () => compoundFile(['Workbook']), [415, 'NOT_A_DOCX']],
    ['a macro-enabled .docm', docmZip, [422, 'DOCUMENT_HAS_MACROS']],
    [
      'a .docx with a VBA project but an innocent content type',
      () => wordZip(DOCX_MAIN, { 'word/vbaProject.bin': new Uint8Array(8) }),
      [422, 'DOCUMENT_HAS_MACROS'],
    ],
    ['a PDF renamed .docx', minimalPdf, [415, 'NOT_A_DOCX']],
    ['a zip without word/document.xml', () => Buffer.from(zipSync({ 'readme.txt': strToU8('xin chào') })), [415, 'NOT_A_DOCX']],
    ['an .xlsx', () => wordZip('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'), [415, 'NOT_A_DOCX']],
    ['a zip of 10,001 entries', () => manyEntriesZip(10_001), [422, 'ARCHIVE_LIMITS_EXCEEDED']],
    ['a zip declaring 300 MB uncompressed', declaredBombZip, [422, 'ARCHIVE_LIMITS_EXCEEDED']],
    ['an empty file', () => Buffer.alloc(0), [415, 'NOT_A_DOCX']],
  ])('should refuse %s', (_name, make, expected) => {
    expect(refusal(make())).toEqual(expected);
  });

  it('should refuse a cut-short or damaged .docx as corrupt', () => {
    expect(refusal(truncatedZip(docx))).toEqual([422, 'DOCUMENT_CORRUPT']);
    const damaged = DocxPackage.open(damagedZip(docx));
    expect(() => damaged.xml(damaged.mainPart)).toThrow(expect.objectContaining({ code: 'DOCUMENT_CORRUPT' }));
  });

  it('should stop inflating a part at its declared size when it lies about it', () => {
    const zip = openZip(lyingSizeZip(), { maxEntries: 10, maxTotalBytes: 1024 * 1024 });
    const before = process.memoryUsage().arrayBuffers;
    expect(() => zip.read('word/document.xml')).toThrow(expect.objectContaining({ code: 'DOCUMENT_CORRUPT' }));
    // The part would inflate to 1 GB; inflation stops within one 4 KB step of input (≤ 4 MB out) past 2 KB.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024);
  });
});

describe('parseXml', () => {
  it('should stop building the tree past the element limit', () => {
    expect(() => parseXml(`<w:body>${'<w:p/>'.repeat(11)}</w:body>`, 10)).toThrow(XmlTooLarge);
    expect(parseXml(`<w:body>${'<w:p/>'.repeat(9)}</w:body>`, 10).children).toHaveLength(1);
  });
});

describe('OLE2 directory', () => {
  it('should list the stream names of a compound file', () => {
    expect(ole2Names(compoundFile(['WordDocument', '1Table', 'Data', 'CompObj', 'ObjectPool']))).toEqual([
      'Root Entry',
      'WordDocument',
      '1Table',
      'Data',
      'CompObj',
      'ObjectPool',
    ]);
    expect(classifyOle2(compoundFile(['EncryptedPackage']))).toBe('encrypted');
  });
});

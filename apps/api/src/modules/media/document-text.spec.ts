import { cidFontPdf, imageOnlyPdf, minimalDocx, rawPdf } from '../../test-support/documents';
import { extractDocumentText } from './document-text';
import { PDF_LIMITS } from './pdf-text';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PDF = 'application/pdf';

describe('extractDocumentText', () => {
  it('should give the paragraphs of a .docx one per line, entities decoded', async () => {
    const { text } = await extractDocumentText(minimalDocx(['MẬT', 'Kế hoạch & lịch trình', 'Số CCCD 001203004567']), DOCX);
    expect(text.split('\n').filter(Boolean)).toEqual(['MẬT', 'Kế hoạch & lịch trình', 'Số CCCD 001203004567']);
  });

  it('should give a .docx in decomposed Unicode back in NFC', async () => {
    const { text } = await extractDocumentText(minimalDocx(['TUYỆT MẬT'.normalize('NFD')]), DOCX);
    expect(text.trim()).toBe('TUYỆT MẬT'.normalize('NFC'));
  });

  it('should read Vietnamese set in an embedded CID font (Identity-H), diacritics intact and NFC, one line per line', async () => {
    const pdf = await cidFontPdf([['QUYẾT ĐỊNH', 'Về việc phê duyệt phương án bảo vệ mục tiêu', 'TUYỆT MẬT', 'Người lập: Nguyễn Thị Ứng, CCCD 001203004567']]);
    // The letters are not in the file as text: the content stream shows glyph ids of a Type0 font.
    expect(pdf.toString('latin1')).toContain('/Identity-H');
    expect(pdf.toString('latin1')).not.toContain('TUY');

    const doc = await extractDocumentText(pdf, PDF);
    expect(doc).toMatchObject({ pages: 1, scanned: false, complete: true });
    expect(doc.text.split('\n')).toEqual([
      'QUYẾT ĐỊNH',
      'Về việc phê duyệt phương án bảo vệ mục tiêu',
      'TUYỆT MẬT',
      'Người lập: Nguyễn Thị Ứng, CCCD 001203004567',
    ]);
    expect(doc.text).toBe(doc.text.normalize('NFC'));
  });

  it('should read the pages in order, each starting on its own line', async () => {
    const pages = [['Trang một: kế hoạch tiêm chủng mở rộng'], ['MẬT', 'Danh sách cán bộ trực'], ['Trang ba: lịch tiếp công dân']];
    const doc = await extractDocumentText(await cidFontPdf(pages), PDF);
    expect(doc).toMatchObject({ pages: 3, scanned: false, complete: true });
    expect(doc.text.split('\n')).toEqual(pages.flat());
  });

  it('should read literal strings of a simple (Type1, WinAnsi) font too', async () => {
    const doc = await extractDocumentText(rawPdf('BT /F1 12 Tf 72 720 Td (Ho so so 001203004567) Tj 0 -14 Td (dong hai) Tj ET'), PDF);
    expect(doc).toMatchObject({ pages: 1, complete: true });
    expect(doc.text.split('\n')).toEqual(['Ho so so 001203004567', 'dong hai']);
  });

  it('should flag a PDF of page images as scanned, with no text', async () => {
    expect(await extractDocumentText(await imageOnlyPdf(2), PDF)).toEqual({ text: '', pages: 2, scanned: true, complete: true });
  });

  it('should flag as scanned a page whose only text is its number', async () => {
    const pdf = rawPdf('q 100 0 0 100 0 0 cm Q BT /F1 9 Tf 290 20 Td (1) Tj ET');
    expect(await extractDocumentText(pdf, PDF)).toMatchObject({ text: '1', pages: 1, scanned: true });
  });

  it('should give empty text, not scanned and not complete, without throwing, when the PDF is corrupt or cut short', async () => {
    const good = await cidFontPdf([['TUYỆT MẬT']]);
    const broken = [Buffer.from('%PDF-1.7\n%%EOF\n'), good.subarray(0, 200), Buffer.from('not a pdf at all'), Buffer.alloc(0)];
    for (const bytes of broken) {
      await expect(extractDocumentText(bytes, PDF)).resolves.toEqual({ text: '', pages: 0, scanned: false, complete: false });
    }
  });

  it('should read only the first maxPages pages of a long PDF, and say the reading is not complete', async () => {
    const line = (n: number) => `Trang số ${n} của báo cáo tổng kết năm`;
    const pdf = await cidFontPdf(Array.from({ length: 12 }, (_, i) => [line(i + 1)]));
    const doc = await extractDocumentText(pdf, PDF, { ...PDF_LIMITS, maxPages: 5 });
    expect(doc).toMatchObject({ pages: 12, scanned: false, complete: false });
    expect(doc.text.split('\n')).toEqual([1, 2, 3, 4, 5].map(line));
  });

  it('should stop at the default page limit on a PDF of many pages', async () => {
    const line = (n: number) => `Trang ${n}: Ủy ban nhân dân xã thông báo`;
    const pdf = await cidFontPdf(Array.from({ length: PDF_LIMITS.maxPages + 20 }, (_, i) => [line(i + 1)]));
    const doc = await extractDocumentText(pdf, PDF);
    expect(doc).toMatchObject({ pages: PDF_LIMITS.maxPages + 20, scanned: false, complete: false });
    const lines = doc.text.split('\n');
    expect(lines).toHaveLength(PDF_LIMITS.maxPages);
    expect(lines.at(-1)).toBe(line(PDF_LIMITS.maxPages));
  });

  it('should stop in time on a PDF that takes pdf.js long to read, keeping nothing it had not read', async () => {
    // 62 KB that inflate to a 32 MB content stream of two million text operators: seconds of parsing.
    const slow = rawPdf(`BT /F1 12 Tf 72 720 Td ${'(abc) Tj 1 0 Td '.repeat(2_000_000)}ET`);
    const started = Date.now();
    const doc = await extractDocumentText(slow, PDF, { ...PDF_LIMITS, timeMs: 300 });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(doc).toMatchObject({ scanned: false, complete: false });
    expect(doc.text).toBe('');
  });

  it('should give nothing for other types', async () => {
    expect(await extractDocumentText(Buffer.from('x'), 'image/png')).toEqual({ text: '', pages: 0, scanned: false, complete: true });
  });
});

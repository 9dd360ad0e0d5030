import { minimalDocx } from '../../test-support/documents';
import { extractDocumentText } from './document-text';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('extractDocumentText', () => {
  it('should give the paragraphs of a .docx one per line, entities decoded', () => {
    const text = extractDocumentText(minimalDocx(['MẬT', 'Kế hoạch & lịch trình', 'Số CCCD 001203004567']), DOCX);
    expect(text.split('\n').filter(Boolean)).toEqual(['MẬT', 'Kế hoạch & lịch trình', 'Số CCCD 001203004567']);
  });

  it('should read the literal strings of an uncompressed and of a Flate-compressed PDF page', async () => {
    const { deflateSync } = await import('node:zlib');
    const content = 'BT /F1 12 Tf 72 720 Td (Ho so so 001203004567) Tj 0 -14 Td (dong hai) Tj ET';
    const plain = `%PDF-1.4\n4 0 obj << /Length ${content.length} >>\nstream\n${content}\nendstream\nendobj\n%%EOF`;
    expect(extractDocumentText(Buffer.from(plain, 'latin1'), 'application/pdf')).toBe('Ho so so 001203004567\ndong hai');
    const packed = deflateSync(Buffer.from(content, 'latin1'));
    const flate = Buffer.concat([
      Buffer.from(`%PDF-1.4\n4 0 obj << /Length ${packed.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
      packed,
      Buffer.from('\nendstream\nendobj\n%%EOF', 'latin1'),
    ]);
    expect(extractDocumentText(flate, 'application/pdf')).toContain('001203004567');
  });

  it('should give nothing for other types', () => {
    expect(extractDocumentText(Buffer.from('x'), 'image/png')).toBe('');
  });
});

import { deflateSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';

/** The smallest .docx Word and our readers accept: one run per paragraph. */
export function minimalDocx(paragraphs: string[]): Uint8Array {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`).join('');
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
  });
}

// A complete Unicode font from npm, embedded by pdfkit as a CID font (Type0, Identity-H) with a ToUnicode map,
// as Word and LibreOffice do for Vietnamese: the text of the content streams is glyph ids, not letters.
const DEJAVU = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');

function pdfkitDocument(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, compress: true });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw(doc);
  doc.end();
  return done;
}

/** A PDF of `pages`, each a list of paragraphs, set in DejaVu Sans (a CID font, Identity-H). */
export function cidFontPdf(pages: string[][]): Promise<Buffer> {
  return pdfkitDocument((doc) => {
    doc.font(DEJAVU).fontSize(12);
    pages.forEach((paragraphs, i) => {
      if (i > 0) doc.addPage();
      for (const p of paragraphs) doc.text(p);
    });
  });
}

/** A scanned page: a PDF whose only page is a picture, no text layer. */
export async function imageOnlyPdf(pages = 1): Promise<Buffer> {
  const png = await sharp({ create: { width: 120, height: 160, channels: 3, background: { r: 240, g: 236, b: 225 } } })
    .png()
    .toBuffer();
  return pdfkitDocument((doc) => {
    for (let i = 0; i < pages; i++) {
      if (i > 0) doc.addPage();
      doc.image(png, 56, 56, { width: 480 });
    }
  });
}

/** A one-page PDF written by hand around a content stream (Flate-compressed), with Helvetica as /F1. */
export function rawPdf(content: string): Buffer {
  const stream = deflateSync(Buffer.from(content, 'latin1'));
  const objects: Buffer[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ].map((o) =>
    o === null
      ? Buffer.concat([Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), stream, Buffer.from('\nendstream', 'latin1')])
      : Buffer.from(o, 'latin1'),
  );
  const parts = [Buffer.from('%PDF-1.4\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(length);
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), o, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(part);
    length += part.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

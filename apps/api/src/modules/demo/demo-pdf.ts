import PDFDocument from 'pdfkit';

// The font the approval slip uses: a complete Unicode font from npm, never a system font, for Vietnamese.
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');

/** A one-page A4 PDF of `lines` (the first one bold-sized as a heading): a demo document's file. */
export function demoPdf(lines: string[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, compress: true, info: { Title: lines[1] ?? lines[0] ?? '' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font(FONT);
  lines.forEach((line, i) => doc.fontSize(i < 2 ? 14 : 12).text(line, { align: i < 2 ? 'center' : 'left', paragraphGap: 8 }));
  doc.moveDown().fontSize(10).text('Văn bản mẫu — chỉ để dùng thử hệ thống. / Demo document — for trying the system only.');
  doc.end();
  return done;
}

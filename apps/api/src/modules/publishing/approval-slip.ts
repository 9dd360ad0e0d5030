import PDFDocument from 'pdfkit';
import { formatDateTime } from '@congxa/shared/text';
import { STATE_LABELS, type ItemState } from '@congxa/shared/workflow';

// A complete Unicode font shipped in an npm package: never rely on system fonts for Vietnamese.
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

export interface SlipStep {
  label: string;
  who: string | null;
  at: Date | null;
  note?: string | null;
}

export interface SlipData {
  siteName: string;
  /** "Tin bài", "Trang": what is being provided. */
  typeLabel: string;
  title: string;
  /** The content's other declared fields, as the schema labels them (body excluded). */
  details: [label: string, value: string | null][];
  /** The provenance form's fields (QC Điều 11), when the type has them. */
  provenance: [label: string, value: string | null][];
  /** Who signs as the provider. */
  providerName: string | null;
  status: ItemState;
  edition: number;
  revision: number;
  noSecretConfirmed: boolean;
  steps: SlipStep[];
  printedAt: Date;
}

/**
 * The information provision form (Mẫu cung cấp thông tin, QC Điều 11) with the approval chain (QC Điều 7:
 * the approver answers for what is published), as a PDF for signature and the paper archive.
 */
export function renderApprovalSlip(d: SlipData): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `Mẫu cung cấp thông tin — ${d.title}`, Producer: 'CongXa' } });
  doc.registerFont('body', FONT);
  doc.registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.font('bold').fontSize(11).text(d.siteName.toUpperCase(), { align: 'left' });
  doc.font('body').fontSize(9).text('BAN BIÊN TẬP TRANG THÔNG TIN ĐIỆN TỬ');
  doc.moveDown(1.2);
  doc.font('bold').fontSize(15).text('MẪU CUNG CẤP THÔNG TIN', { align: 'center' });
  doc.font('body').fontSize(9).text('(kèm phiếu trình duyệt)', { align: 'center' });
  doc.moveDown(1);

  const row = (label: string, value: string | null | undefined) => {
    doc.font('bold').fontSize(10).text(`${label}: `, { continued: true });
    doc.font('body').text(value && value.trim() ? value : '—');
    doc.moveDown(0.2);
  };
  row('Loại thông tin', d.typeLabel);
  row('Tiêu đề', d.title);
  for (const [label, value] of d.details) row(label, value);
  if (d.provenance.length) {
    doc.moveDown(0.6);
    doc.font('bold').fontSize(11).text('Nguồn tin');
    doc.moveDown(0.3);
    for (const [label, value] of d.provenance) row(label, value);
  }
  row('Cam kết không có thông tin bí mật nhà nước', d.noSecretConfirmed ? 'Đã cam kết' : 'Chưa cam kết');
  doc.moveDown(0.6);
  doc.font('bold').fontSize(11).text('Quá trình xử lý');
  doc.moveDown(0.3);
  for (const s of d.steps) {
    row(s.label, s.who ? `${s.who}${s.at ? ` — ${formatDateTime(s.at)}` : ''}${s.note ? ` (ghi chú: ${s.note})` : ''}` : 'Chưa thực hiện');
  }
  row('Trạng thái hiện tại', `${STATE_LABELS[d.status].vi} (lần biên tập ${d.edition}, phiên bản ${d.revision})`);
  doc.moveDown(1.5);

  const y = doc.y;
  const col = (x: number, title: string, name: string | null) => {
    doc.font('bold').fontSize(10).text(title, x, y, { width: 230, align: 'center' });
    doc.font('body').fontSize(8).text('(ký, ghi rõ họ tên)', x, doc.y, { width: 230, align: 'center' });
    doc
      .font('body')
      .fontSize(10)
      .text(name ?? '', x, y + 70, { width: 230, align: 'center' });
  };
  const approver = d.steps.find((s) => s.label.startsWith('Duyệt'))?.who ?? null;
  col(56, 'NGƯỜI CUNG CẤP THÔNG TIN', d.providerName);
  col(310, 'TRƯỞNG BAN BIÊN TẬP', approver);
  doc
    .font('body')
    .fontSize(8)
    .text(`In từ CongXa lúc ${formatDateTime(d.printedAt)}`, 56, 770, { align: 'left' });
  doc.end();
  return done;
}

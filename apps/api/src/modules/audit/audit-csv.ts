import { VIETNAM_TIME_ZONE } from '@congxa/shared/text';

/** One row of the export, as people read it. */
export interface AuditCsvRow {
  createdAt: Date;
  actorName: string;
  actorEmail: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  clientAddress: string | null;
  details: Record<string, unknown>;
}

/** The header row (Vietnamese: the file is opened by commune staff in Excel). */
export const AUDIT_CSV_HEADER = ['Thời gian', 'Người thực hiện', 'Email', 'Hành động', 'Loại đối tượng', 'Mã đối tượng', 'Địa chỉ truy cập', 'Chi tiết'];

/** Excel reads a CSV as UTF-8 only with a byte-order mark. */
const BOM = '\ufeff';

const timeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** "2026-12-05T17:30:05Z" → "06/12/2026 00:30:05" (Hà Nội time). */
export function vietnamTimestamp(d: Date): string {
  const p: Record<string, string> = {};
  for (const part of timeParts.formatToParts(d)) p[part.type] = part.value;
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}:${p.second}`;
}

/**
 * One CSV cell (RFC 4180), safe to open in a spreadsheet: a text starting with `=`, `+`, `-`, `@`, a tab
 * or a carriage return would be read as a formula, so it is prefixed with `'` (OWASP CSV injection).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const line = (cells: string[]) => `${cells.map(csvCell).join(',')}\r\n`;

/** The whole file: BOM, header, one line per row (CRLF line ends). */
export function auditCsv(rows: AuditCsvRow[]): string {
  let out = BOM + line(AUDIT_CSV_HEADER);
  for (const r of rows) {
    out += line([
      vietnamTimestamp(r.createdAt),
      r.actorName,
      r.actorEmail,
      r.action,
      r.targetType ?? '',
      r.targetId ?? '',
      r.clientAddress ?? '',
      Object.keys(r.details).length ? JSON.stringify(r.details) : '',
    ]);
  }
  return out;
}

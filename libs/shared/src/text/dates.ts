/** Dates are shown as the commune sees them: dd/mm/yyyy in Vietnam's time zone, whatever the browser's. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dateParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parts(value: string | number | Date): Record<string, string> | null {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const out: Record<string, string> = {};
  for (const part of dateParts.formatToParts(date)) out[part.type] = part.value;
  return out;
}

/** "2025-07-01T17:30:00Z" → "02/07/2025" (00:30 in Hà Nội). Invalid input gives "". */
export function formatDate(value: string | number | Date): string {
  const p = parts(value);
  return p ? `${p.day}/${p.month}/${p.year}` : '';
}

/** "2025-07-01T17:30:00Z" → "02/07/2025 00:30" (dd/mm/yyyy HH:mm, issue 9). Invalid input gives "". */
export function formatDateTime(value: string | number | Date): string {
  const p = parts(value);
  return p ? `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}` : '';
}

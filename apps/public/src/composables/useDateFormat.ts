/** Dates are shown as the commune sees them: dd/mm/yyyy in Vietnam's time zone, whatever the reader's. */
const dateParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** "2025-07-01T17:30:00Z" → "02/07/2025" (00:30 in Hà Nội). Invalid input gives "". */
export function formatDate(value: string | number | Date): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const p: Record<string, string> = {};
  for (const part of dateParts.formatToParts(date)) p[part.type] = part.value;
  return `${p.day}/${p.month}/${p.year}`;
}

export function useDateFormat(): { formatDate: typeof formatDate } {
  return { formatDate };
}

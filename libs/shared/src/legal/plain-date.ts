import { VIETNAM_TIME_ZONE } from '../text/dates';

/**
 * A calendar day as `YYYY-MM-DD`, with no time and no zone: the day as Vietnam counts it. Legal dates (issue,
 * effect, expiry) are days, not instants; plain strings compare in calendar order, so `a < b` is "a is before b".
 */
export type PlainDate = string;

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD` (`2024-02-29` yes, `2023-02-29` and `2024-2-1` no). */
export function isPlainDate(value: unknown): value is PlainDate {
  if (typeof value !== 'string') return false;
  const m = PLAIN_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const vietnamDay = new Intl.DateTimeFormat('en-GB', { timeZone: VIETNAM_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Today in Hà Nội (UTC+7, no daylight saving), whatever the server's or browser's zone: at 17:00 UTC the day
 * has already turned in Vietnam. Validity is computed against this, so a status changes at local midnight.
 */
export function todayInVietnam(now: Date = new Date()): PlainDate {
  const parts: Record<string, string> = {};
  for (const part of vietnamDay.formatToParts(now)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** `2025-01-01` → `01/01/2025`, as dates are shown in Vietnam. Anything else is returned unchanged. */
export function formatPlainDate(date: PlainDate): string {
  const m = PLAIN_DATE.exec(date);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : date;
}

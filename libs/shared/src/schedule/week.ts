import { formatPlainDate, type PlainDate, todayInVietnam } from '../legal/plain-date';

/** An ISO 8601 week, `2026-W49`: Monday to Sunday, week 1 holding the year's first Thursday. */
export type IsoWeek = string;

const WEEK = /^(\d{4})-W(\d{2})$/;
const DAY_MS = 24 * 3600 * 1000;

const utc = (day: PlainDate) => new Date(`${day}T00:00:00Z`);
const plain = (d: Date): PlainDate => d.toISOString().slice(0, 10);

/** The Monday of ISO week 1 of `year`. */
function firstMonday(year: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  return new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY_MS);
}

/** How many ISO weeks the year has (52, or 53 when it starts or ends on a Thursday). */
export function weeksInYear(year: number): number {
  return Math.round((firstMonday(year + 1).getTime() - firstMonday(year).getTime()) / (7 * DAY_MS));
}

/** A real ISO week written `YYYY-Www` (`2026-W53` does not exist; `2020-W53` does). */
export function isIsoWeek(value: unknown): value is IsoWeek {
  if (typeof value !== 'string') return false;
  const m = WEEK.exec(value);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= weeksInYear(Number(m[1]));
}

/** The ISO week a day belongs to (`2027-01-01`, a Friday → `2026-W53`; `2024-12-30`, a Monday → `2025-W01`). */
export function isoWeekOf(day: PlainDate): IsoWeek {
  const d = utc(day);
  const thursday = new Date(d.getTime() + (3 - ((d.getUTCDay() + 6) % 7)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - firstMonday(year).getTime()) / (7 * DAY_MS));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Its seven days, Monday first. */
export function weekDays(week: IsoWeek): PlainDate[] {
  const m = WEEK.exec(week);
  if (!m) throw new Error(`not an ISO week: ${week}`);
  const monday = firstMonday(Number(m[1])).getTime() + (Number(m[2]) - 1) * 7 * DAY_MS;
  return Array.from({ length: 7 }, (_, i) => plain(new Date(monday + i * DAY_MS)));
}

/** The week `n` weeks later (earlier when negative). */
export function shiftWeek(week: IsoWeek, n: number): IsoWeek {
  return isoWeekOf(plain(new Date(utc(weekDays(week)[0]).getTime() + n * 7 * DAY_MS)));
}

/** This week in Vietnam (Asia/Ho_Chi_Minh), whatever the server's zone. */
export function currentWeek(now: Date = new Date()): IsoWeek {
  return isoWeekOf(todayInVietnam(now));
}

/** `2026-W49` → `2026-w49`: the schedule's address on the portal (`/lich-cong-tac/2026-w49`). */
export function weekSlug(week: IsoWeek): string {
  return week.toLowerCase();
}

/** `2026-w49` → `2026-W49`, or null when the segment is not a real week. */
export function weekFromSlug(slug: string): IsoWeek | null {
  const week = slug.toUpperCase();
  return isIsoWeek(week) ? week : null;
}

/** `Tuần 49 (30/11/2026 – 06/12/2026)` / `Week 49 (…)`. */
export function weekLabel(week: IsoWeek, lang: 'vi' | 'en' = 'vi'): string {
  const days = weekDays(week);
  const n = Number(week.slice(6));
  return `${lang === 'vi' ? 'Tuần' : 'Week'} ${n} (${formatPlainDate(days[0])} – ${formatPlainDate(days[6])})`;
}

/** The title a new schedule is given: `Lịch công tác tuần 49 (30/11/2026 – 06/12/2026)`. */
export function scheduleTitle(week: IsoWeek): string {
  return `Lịch công tác ${weekLabel(week).replace(/^Tuần/, 'tuần')}`;
}

/** Rows in the order a reader reads a week: by day, then time (rows without a time first in their day), then as entered. */
export function sortRows<R extends Record<string, unknown>>(rows: readonly R[]): R[] {
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => String(a.row.date).localeCompare(String(b.row.date)) || String(a.row.time ?? '').localeCompare(String(b.row.time ?? '')) || a.i - b.i)
    .map(({ row }) => row);
}

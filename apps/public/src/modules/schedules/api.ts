import type { PublicScheduleRow, PublicScheduleWeek } from '@congxa/shared/dto/schedules';
import { formatPlainDate } from '@congxa/shared/legal';
import type { PortalApi } from '../../core/http';
import type { Locale } from '../../core/locale';

/** `current` or a week's address (`2026-w49`). */
export function fetchWeek(api: PortalApi, segment: string): Promise<PublicScheduleWeek> {
  return api.get<PublicScheduleWeek>(`/public/schedules/${encodeURIComponent(segment)}`);
}

/** `2026-W49` → `/lich-cong-tac/2026-w49`. */
export const weekPath = (week: string): string => `/lich-cong-tac/${week.toLowerCase()}`;

const WEEKDAYS: Record<Locale, string[]> = {
  vi: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

/** `2026-12-01` → `Thứ Ba, 01/12/2026` (its place in the week gives the weekday: days are Monday first). */
export function dayHeading(day: string, index: number, locale: Locale): string {
  return `${WEEKDAYS[locale][index]}, ${formatPlainDate(day)}`;
}

export interface ScheduleDay {
  date: string;
  heading: string;
  isToday: boolean;
  rows: PublicScheduleRow[];
}

/** The week as the page lists it: every day Monday to Sunday with its rows (rows come sorted by day and time). */
export function daysOf(week: PublicScheduleWeek, locale: Locale): ScheduleDay[] {
  return week.days.map((date, i) => ({
    date,
    heading: dayHeading(date, i, locale),
    isToday: week.today === date,
    rows: week.rows.filter((r) => r.date === date),
  }));
}

/** `2026-W49` → `Tuần 49` / `Week 49`, with its first and last day. */
export function weekRange(week: PublicScheduleWeek, locale: Locale): string {
  const n = Number(week.week.slice(6));
  return `${locale === 'vi' ? 'Tuần' : 'Week'} ${n}: ${formatPlainDate(week.days[0]!)} – ${formatPlainDate(week.days[6]!)}`;
}

import { type ContentRow, SCHEDULE_SCHEMA } from '@congxa/shared/content';
import { CreateScheduleRequest, UpdateScheduleRequest } from '@congxa/shared/dto/schedules';
import { isIsoWeek, weekDays, weekSlug } from '@congxa/shared/schedule';
import type { ContentTypeDefinition } from '../publishing/content-types';
import { searchableText } from '../publishing/search-indexer';

/** The public path of a week's schedule. */
export const schedulePath = (week: string): string => `/lich-cong-tac/${weekSlug(week)}`;

/** What the staff routes need of the type (mounted before the service exists). */
export const SCHEDULE_ROUTES = { schema: SCHEDULE_SCHEMA, route: 'schedules', requests: { Create: CreateScheduleRequest, Update: UpdateScheduleRequest } };

/**
 * The rules of a schedule beyond each field's: its week is a real ISO week (`2026-W49`; empty while
 * drafting, submit requires it) and every row falls on a day of that week. Returns the keys that break them.
 */
export function scheduleProblems(content: Record<string, unknown>): string[] {
  const week = typeof content.week === 'string' ? content.week : '';
  if (week === '') return [];
  if (!isIsoWeek(week)) return ['week'];
  const days = new Set(weekDays(week));
  const rows = Array.isArray(content.rows) ? (content.rows as ContentRow[]) : [];
  return rows.some((r) => !days.has(String(r.date))) ? ['rows'] : [];
}

/**
 * Lịch công tác tuần: one item per week of the site (`uniqueField`), found on the portal by its week, not
 * its slug. Its search document carries the title and every row's activity, people and place.
 */
export const SCHEDULE_TYPE: ContentTypeDefinition = {
  ...SCHEDULE_ROUTES,
  adminPath: 'lich-cong-tac',
  notFoundCode: 'SCHEDULE_NOT_FOUND',
  validate: scheduleProblems,
  uniqueField: { key: 'week', code: 'SCHEDULE_WEEK_TAKEN' },
  searchDocument: ({ content }) => {
    const week = String(content.week ?? '');
    if (!isIsoWeek(week)) return null;
    const rows = (content.rows as ContentRow[]).map((r) => [r.activity, r.presiding, r.participants, r.location, r.preparing].filter(Boolean).join(' · '));
    return {
      title: String(content.title ?? ''),
      text: [...rows, searchableText(SCHEDULE_SCHEMA, content)].filter((p) => p !== '').join('\n'),
      path: schedulePath(week),
    };
  },
};

import type { SCHEDULE_SCHEMA } from '@congxa/shared/content';
import type { ItemListRow } from '@congxa/shared/dto/content';
import type { ScheduleResponse } from '@congxa/shared/dto/schedules';
import { carryRows, recurringRows, shiftWeek, type IsoWeek } from '@congxa/shared/schedule';
import { itemApi, type ItemCreate, type ItemUpdate } from '../content/api';
import { fetchItemList } from '../content/composables/itemList';

type ScheduleFields = typeof SCHEDULE_SCHEMA.fields;
export type ScheduleCreate = ItemCreate<ScheduleFields>;
export type ScheduleUpdate = ItemUpdate<ScheduleFields>;

/** `/sites/:site/schedules…`: the publishing core's routes for weekly schedules (Lịch công tác tuần). */
export const scheduleApi = itemApi<ScheduleResponse, ScheduleCreate, ScheduleUpdate>('schedules');

/** The weeks of the site that have a schedule (any state), by week: the list rows carry their week. */
export async function scheduledWeeks(site: string): Promise<Map<IsoWeek, string>> {
  const page = await fetchItemList(scheduleApi.route, site, { page: 1, pageSize: 100, sort: 'created', order: 'desc' });
  const rows = page.items as ItemListRow[];
  return new Map(rows.flatMap((row) => (typeof row.week === 'string' ? [[row.week, row.id] as const] : [])));
}

/**
 * The rows a new week starts from: the previous week's rows that recur (the same weekday, time and
 * activity the week before it too), carried to the new week's days. None when the previous week has no schedule.
 */
export async function recurringFromLastWeek(site: string, week: IsoWeek, weeks: Map<IsoWeek, string>): Promise<ScheduleCreate['rows']> {
  const lastWeek = shiftWeek(week, -1);
  const lastId = weeks.get(lastWeek);
  if (!lastId) return [];
  const beforeId = weeks.get(shiftWeek(week, -2));
  const [last, before] = await Promise.all([scheduleApi.get(site, lastId), beforeId ? scheduleApi.get(site, beforeId) : Promise.resolve(null)]);
  const recurring = recurringRows({ week: lastWeek, rows: last.rows }, before ? { week: before.week, rows: before.rows } : null);
  return carryRows(recurring, lastWeek, week) as ScheduleCreate['rows'];
}

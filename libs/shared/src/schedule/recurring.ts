import { weekDays, type IsoWeek } from './week';

/** A schedule row as the admin's form holds it: cells by column, `date` a `YYYY-MM-DD` of its week. */
type Row = { id?: string } & Record<string, unknown>;

const weekdayOf = (week: IsoWeek, date: unknown): number => weekDays(week).indexOf(String(date));
const norm = (v: unknown) =>
  String(v ?? '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const keyOf = (week: IsoWeek, r: Row) => `${weekdayOf(week, r.date)}|${norm(r.time)}|${norm(r.activity)}`;

/**
 * The rows of `last` week that recur: those with the same weekday, time and activity in the week before
 * it (`before`). With no week before to compare with, none is taken for recurring.
 */
export function recurringRows<R extends Row>(last: { week: IsoWeek; rows: readonly R[] }, before: { week: IsoWeek; rows: readonly Row[] } | null): R[] {
  if (!before) return [];
  const earlier = new Set(before.rows.map((r) => keyOf(before.week, r)));
  return last.rows.filter((r) => earlier.has(keyOf(last.week, r)));
}

/**
 * Rows of `from` carried to the same weekdays of `to`, as new rows (no id: the API gives each its own), the
 * other cells kept. Rows whose day is not in `from` are left out.
 */
export function carryRows<R extends Row>(rows: readonly R[], from: IsoWeek, to: IsoWeek): Omit<R, 'id'>[] {
  const target = weekDays(to);
  return rows.flatMap((r) => {
    const i = weekdayOf(from, r.date);
    if (i < 0) return [];
    const { id: _id, ...cells } = r;
    return [{ ...cells, date: target[i] } as Omit<R, 'id'>];
  });
}

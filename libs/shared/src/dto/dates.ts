import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * The date formats the API takes. A moment is a full date-time with an explicit offset (RFC 3339:
 * `2026-01-01T08:00:00+07:00`, `2026-01-01T01:00:00Z`, seconds and fractions optional); a day is a plain
 * `YYYY-MM-DD`. Everything else ISO 8601 allows (`2026-W01`, `20260101`, `2026-001`, a time without an
 * offset, which would be read in the server's zone) is refused: `new Date()` reads some of them wrongly or
 * not at all.
 */

/** Vietnam keeps UTC+7 all year (no daylight saving time). */
export const VIETNAM_OFFSET = '+07:00';

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|([+-])(\d{2}):(\d{2}))$/;
const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

/** Do these fields name a real calendar moment (no 31 February, no hour 24, no second 60)? */
function realFields(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return (
    y >= MIN_YEAR &&
    y <= MAX_YEAR &&
    t.getUTCFullYear() === y &&
    t.getUTCMonth() === mo - 1 &&
    t.getUTCDate() === d &&
    t.getUTCHours() === h &&
    t.getUTCMinutes() === mi &&
    t.getUTCSeconds() === s
  );
}

/** The instant a full date-time with an offset names, or null for anything else. */
export function parseDateTime(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const m = DATE_TIME.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const s = m[6] === undefined ? 0 : Number(m[6]);
  if (!realFields(y, mo, d, h, mi, s)) return null;
  if (m[8] !== undefined && (Number(m[9]) > 14 || Number(m[10]) > 59)) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const year = date.getUTCFullYear();
  return year >= MIN_YEAR && year <= MAX_YEAR ? date : null;
}

/** Is this a real `YYYY-MM-DD` day? */
export function isPlainDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = PLAIN_DATE.exec(value);
  return !!m && realFields(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * A `from`/`to` filter as an instant: a date-time as written; a plain date as that day in Vietnam, from its
 * first moment (`start`) or up to its end (`end`: the next day's first moment, for a `< to` comparison).
 */
export function filterInstant(value: string, edge: 'start' | 'end'): Date | null {
  if (isPlainDate(value)) {
    const start = new Date(`${value}T00:00:00${VIETNAM_OFFSET}`);
    return edge === 'start' ? start : new Date(start.getTime() + 24 * 3600 * 1000);
  }
  return parseDateTime(value);
}

/** A moment: a full date-time with an explicit offset. Rule name `isDateTime`. */
export const IsDateTimeWithOffset = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy({ name: 'isDateTime', validator: { validate: (v: unknown) => parseDateTime(v) !== null } }, options);

/** A day: `YYYY-MM-DD`. Rule name `isDate`. */
export const IsPlainDate = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy({ name: 'isDate', validator: { validate: (v: unknown) => isPlainDate(v) } }, options);

/** A filter bound: a day or a moment (see `filterInstant`). Rule name `isDateOrDateTime`. */
export const IsDateOrDateTime = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy({ name: 'isDateOrDateTime', validator: { validate: (v: unknown) => isPlainDate(v) || parseDateTime(v) !== null } }, options);

import { VIETNAM_TIME_ZONE } from '@congxa/shared/text';
import { parseViDay } from './dates';

/**
 * A moment as the commune writes it: a day (dd/mm/yyyy) and a time (HH:mm, 24 h) in Vietnam's time
 * (Asia/Ho_Chi_Minh, UTC+7 all year, no daylight saving), whatever the browser's language or zone. Sent to
 * the API as ISO 8601 with the +07:00 offset ("2026-12-05T10:32:00+07:00"), so what was picked is what is
 * stored. Never `<input type="datetime-local">`, whose format follows the browser.
 */
export const VIETNAM_OFFSET = '+07:00';

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The day and time a moment shows in Vietnam: `{ date: "05/12/2026", time: "10:32" }`; empty parts for null or invalid. */
export function isoToViParts(iso: string | null | undefined): { date: string; time: string } {
  if (!iso) return { date: '', time: '' };
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return { date: '', time: '' };
  const p: Record<string, string> = {};
  for (const part of wallClock.formatToParts(when)) p[part.type] = part.value;
  return { date: `${p.day}/${p.month}/${p.year}`, time: `${p.hour}:${p.minute}` };
}

const TIME = /^\s*(\d{1,2})\s*[:hH.]\s*(\d{2})\s*$/;

/** "9:05", "09h05", "21.30" → "09:05", "21:30"; empty → ""; anything else (25:00, 9:5, words) → null. */
export function parseViTime(text: string): string | null {
  if (!text.trim()) return '';
  const m = TIME.exec(text);
  if (!m) return null;
  const [h, min] = [Number(m[1]), Number(m[2])];
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${m[2]}`;
}

/** The HH:mm mask while typing at the end: two digits get their colon ("09" → "09:", "9:" → "09:"), at most 4 digits. */
export function maskViTime(raw: string, deleting = false): string {
  const groups = raw.split(/\D+/);
  let digits = '';
  groups.forEach((group, i) => {
    const closed = i < groups.length - 1;
    if (closed && group.length === 1 && digits.length === 0) digits += `0${group}`;
    else digits += group;
  });
  digits = digits.slice(0, 4);
  let out = digits.slice(0, 2);
  if (digits.length > 2) out += `:${digits.slice(2)}`;
  if (!deleting && digits.length === 2) out += ':';
  return out;
}

/**
 * What was typed → the moment: ("05/12/2026", "10:32") → "2026-12-05T10:32:00+07:00". Both empty → ""
 * (no moment). A day without a time is the start of that day (00:00). A time without a day, or anything
 * that is not a day or a time → null.
 */
export function viPartsToIso(dateText: string, timeText: string): string | null {
  const day = parseViDay(dateText);
  const time = parseViTime(timeText);
  if (day === null || time === null) return null;
  if (day === '') return time === '' ? '' : null;
  return `${day}T${time || '00:00'}:00${VIETNAM_OFFSET}`;
}

/** An ISO moment (any offset) → the same moment written in Vietnam's time with +07:00; "" for null or invalid. */
export function toVietnamIso(iso: string | null | undefined): string {
  const { date, time } = isoToViParts(iso);
  return date ? (viPartsToIso(date, time) ?? '') : '';
}

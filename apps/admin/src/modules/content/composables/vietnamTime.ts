import { VIETNAM_TIME_ZONE } from '@congxa/shared/text';

/**
 * `<input type="datetime-local">` holds a wall-clock time with no zone. The board means Vietnam's time
 * whatever the browser's zone: convert explicitly both ways (Asia/Ho_Chi_Minh is UTC+7 all year, no DST).
 */
const VIETNAM_OFFSET = '+07:00';

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "2026-03-01T01:30:00.000Z" → "2026-03-01T08:30" (the input's value); null or invalid → "". */
export function isoToVietnamInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const p: Record<string, string> = {};
  for (const part of wallClock.formatToParts(date)) p[part.type] = part.value;
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

const INPUT_VALUE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** "2026-03-01T08:30" (Vietnam time) → "2026-03-01T01:30:00.000Z"; empty or malformed → null. */
export function vietnamInputToIso(value: string): string | null {
  const m = INPUT_VALUE.exec(value.trim());
  if (!m) return null;
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${VIETNAM_OFFSET}`);
  if (Number.isNaN(date.getTime())) return null;
  // Refuse dates the Date parser rolled over (31/02 → 03/03).
  return isoToVietnamInput(date.toISOString()) === `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}` ? date.toISOString() : null;
}

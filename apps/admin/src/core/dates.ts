/**
 * Calendar days as the commune writes them: dd/mm/yyyy on screen, `YYYY-MM-DD` in URLs and API queries
 * (a day in Vietnam: the API reads `from`/`to` days in Asia/Ho_Chi_Minh). Never `<input type="date">`,
 * whose format follows the browser's language (mm/dd/yyyy on an English Windows).
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const VI_DAY = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/;
/** Years outside this range are typing slips ("0202", "20266" cut short), not dates anyone means here. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

/** "2026-02-30" is not a day: the parts must survive a round trip through Date. */
export function isIsoDay(value: string | null | undefined): value is string {
  const m = ISO_DAY.exec(value ?? '');
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < MIN_YEAR || y > MAX_YEAR) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * What was typed → the day: "31/12/2026", "5/1/2026", "05.01.2026" → "2026-12-31", "2026-01-05"; empty
 * text → "" (no date); anything else (31/02/2026, 2026-12-31, words) → null.
 */
export function parseViDay(text: string): string | null {
  if (!text.trim()) return '';
  const m = VI_DAY.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return isIsoDay(iso) ? iso : null;
}

/** "2026-12-31" → "31/12/2026"; anything that is not a day → "". */
export function formatViDay(iso: string | null | undefined): string {
  return isIsoDay(iso) ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '';
}

/**
 * The dd/mm/yyyy mask applied while typing at the end of the field: digits get their slashes ("3112" →
 * "31/12/"), a one-digit day or month closed by a separator gets its zero ("5/" → "05/"), at most 8
 * digits. `deleting` (Backspace) leaves a trailing slash off so it can be erased.
 */
export function maskViDay(raw: string, deleting = false): string {
  const groups = raw.split(/\D+/);
  let digits = '';
  groups.forEach((group, i) => {
    const closed = i < groups.length - 1;
    if (closed && group.length === 1 && (digits.length === 0 || digits.length === 2)) digits += `0${group}`;
    else digits += group;
  });
  digits = digits.slice(0, 8);
  let out = digits.slice(0, 2);
  if (digits.length > 2) out += `/${digits.slice(2, 4)}`;
  if (digits.length > 4) out += `/${digits.slice(4)}`;
  if (!deleting && (digits.length === 2 || digits.length === 4)) out += '/';
  return out;
}

/** Is `from` after `to` (both `YYYY-MM-DD`, either may be empty)? */
export function isReversedRange(from: string, to: string): boolean {
  return !!from && !!to && from > to;
}

const TIME_TEXT = /^\s*(\d{1,2})\s*(?:[:hHgG.]\s*(\d{1,2})?\s*(?:p|ph|phút)?)?\s*$/;

/**
 * A time of day as people type it → `HH:mm` (24 hours, as the commune writes it): "7:30", "7h30", "7g30",
 * "07.30", "7h", "7" → "07:30", "07:30", "07:30", "07:30", "07:00", "07:00"; "0730" or "730" → "07:30";
 * empty text → ""; anything else (25:00, 7:75, words) → null.
 */
export function parseTimeOfDay(text: string): string | null {
  const t = text.trim();
  if (!t) return '';
  const digits = /^(\d{1,2})(\d{2})$/.exec(t);
  const m = digits ?? TIME_TEXT.exec(t);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

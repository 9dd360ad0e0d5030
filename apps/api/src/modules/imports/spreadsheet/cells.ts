import { formatPlainDate, isPlainDate, type PlainDate } from '@congxa/shared/legal';
import { foldVietnamese, hasForbiddenControlChars, normalizeText } from '@congxa/shared/text';
import type { Cell } from './sheet';

/** A cell read for a field: its value, or why it cannot be (in Vietnamese and English). */
export type CellReading<T> = { value: T } | { problem: CellProblem };
export interface CellProblem {
  code: string;
  vi: string;
  en: string;
}

export const problem = (code: string, vi: string, en: string): { problem: CellProblem } => ({ problem: { code, vi, en } });

/** A header or a label compared loosely: no marks, no đ stroke, any case, punctuation and spaces as one space. */
export function foldKey(text: string): string {
  return foldVietnamese(text.normalize('NFC'))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A cell as text: NFC, CRLF as LF, trimmed; a whole number without decimals; a date as dd/mm/yyyy. Text with
 * control characters is refused as a save would refuse it.
 */
export function cellText(cell: Cell): CellReading<string> {
  if (cell === null) return { value: '' };
  if (cell instanceof Date) return { value: formatPlainDate(utcDay(cell)) };
  if (typeof cell === 'number') return { value: Number.isInteger(cell) ? cell.toFixed(0) : String(cell) };
  if (typeof cell === 'boolean') return { value: cell ? 'TRUE' : 'FALSE' };
  const text = normalizeText(cell).trim();
  if (hasForbiddenControlChars(text)) return problem('noControlChars', 'Có ký tự điều khiển không hợp lệ.', 'Holds invalid control characters.');
  return { value: text };
}

/** The day a workbook's date cell holds: the workbook stores a wall-clock day, read back as a UTC instant. */
const utcDay = (d: Date): PlainDate => d.toISOString().slice(0, 10);

/** Excel's day 0 (serial numbers count days from 30/12/1899, the 1900 leap-year bug included). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

const BAD_DATE = problem(
  'invalidDate',
  'Ngày không hợp lệ: hãy ghi ngày/tháng/năm (ví dụ 05/03/2024) hoặc dùng ô kiểu ngày.',
  'Not a valid date: write day/month/year (e.g. 05/03/2024) or use a date cell.',
);

/**
 * A day from a cell: a workbook date cell, an Excel serial number, `dd/mm/yyyy` (also with `-` or `.`,
 * one-digit day or month), ISO `yyyy-mm-dd` (a time after it ignored), or written out as documents date
 * themselves (`ngày 05 tháng 3 năm 2024`). Empty is null.
 */
export function cellDate(cell: Cell): CellReading<PlainDate | null> {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return { value: null };
  let day: string | null = null;
  if (cell instanceof Date) day = Number.isNaN(cell.getTime()) ? null : utcDay(cell);
  else if (typeof cell === 'number') day = cell >= 1 && cell < 2_958_466 ? new Date(EXCEL_EPOCH + Math.floor(cell) * DAY_MS).toISOString().slice(0, 10) : null;
  else if (typeof cell === 'string') day = dayFromText(cell);
  if (!day || !isPlainDate(day)) return BAD_DATE;
  const year = Number(day.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR ? { value: day } : BAD_DATE;
}

const pad = (n: string) => n.padStart(2, '0');

function dayFromText(raw: string): string | null {
  const text = foldVietnamese(raw.normalize('NFC')).trim();
  if (text === '') return null;
  const dmy = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text);
  if (dmy) return `${dmy[3]}-${pad(dmy[2]!)}-${pad(dmy[1]!)}`;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[t ][\d:.]+(?:z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const words = /^(?:.*,\s*)?ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})$/.exec(text);
  if (words) return `${words[3]}-${pad(words[2]!)}-${pad(words[1]!)}`;
  return null;
}

/** One choice of a list and every way a cell may name it (its code, its labels, abbreviations). */
export interface Choice {
  code: string;
  names: readonly string[];
}

/** The code of the choice a cell names (compared folded), `null` for an empty cell. */
export function cellChoice(cell: Cell, choices: readonly Choice[]): CellReading<string | null> {
  const text = cellText(cell);
  if ('problem' in text) return text;
  if (text.value === '') return { value: null };
  const key = foldKey(text.value);
  const found = choices.find((c) => foldKey(c.code) === key || c.names.some((n) => foldKey(n) === key));
  if (found) return { value: found.code };
  const shown = choices
    .slice(0, 12)
    .map((c) => c.names[0] ?? c.code)
    .join(', ');
  return problem('unknownValue', `Không có giá trị “${text.value}”. Chọn một trong: ${shown}…`, `No such value “${text.value}”. Choose one of: ${shown}…`);
}

const YES = new Set(['x', 'co', 'yes', 'y', 'true', '1', 'dung']);
const NO = new Set(['', 'khong', 'no', 'n', 'false', '0', 'sai']);

/** Yes or no: `x`, `có`, `yes`, `1`… or empty, `không`, `no`, `0`. */
export function cellBoolean(cell: Cell): CellReading<boolean> {
  if (typeof cell === 'boolean') return { value: cell };
  const text = cellText(cell);
  if ('problem' in text) return text;
  const key = foldKey(text.value);
  if (YES.has(key)) return { value: true };
  if (NO.has(key)) return { value: false };
  return problem(
    'invalidBoolean',
    `“${text.value}” không phải có/không (ghi “x” hoặc để trống).`,
    `“${text.value}” is not yes/no (write “x” or leave it empty).`,
  );
}

/** Bullets and numbering people start list lines with (`- `, `+ `, `• `, `a) `, `1. `). */
const BULLET = /^(?:[-+•*–]\s*|[a-zđ0-9]{1,2}[.)]\s+)/iu;

/** The lines of a cell, without their bullets, empty ones left out. */
export function cellLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim().replace(BULLET, '').trim())
    .filter((l) => l !== '');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Plain text of a cell as rich text: one paragraph per line; HTML kept as it is (the save sanitises it). */
export function textToHtml(text: string): string {
  if (/^<[a-z][\s\S]*>$/i.test(text.trim())) return text;
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join('');
}

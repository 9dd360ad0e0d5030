import { isIsoDay } from './useListQuery';

const VI_DAY = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/;

/**
 * "5/12/2026" or "05/12/2026" (day first, as Vietnam writes dates) → "2026-12-05"; an empty string stays
 * empty; anything else (31/02/2026, 2026-12-05, text) is null.
 */
export function viDayToIso(text: string): string | null {
  if (!text.trim()) return '';
  const m = VI_DAY.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return isIsoDay(iso) ? iso : null;
}

/** "2026-12-05" → "05/12/2026"; anything else → "". */
export function isoDayToVi(iso: string): string {
  return isIsoDay(iso) ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '';
}

import type { DetectedEncoding } from '@congxa/shared/text';
import type { ConvertTextResponse, TextConvertSource } from '@congxa/shared/dto/text';

/** The choices of the source-encoding select, in display order. */
export const SOURCE_CHOICES: readonly TextConvertSource[] = ['auto', 'tcvn3', 'vni', 'viqr'];

/** ".VnTime, .VnTimeH; VNI-Times" → [".VnTime", ".VnTimeH", "VNI-Times"] (at most 20, as the API takes). */
export function parseFonts(input: string): string[] {
  const fonts = input
    .split(/[,;\n]/)
    .map((f) => f.trim())
    .filter((f) => f.length > 0)
    .map((f) => f.slice(0, 100));
  return [...new Set(fonts)].slice(0, 20);
}

/** How the page reports a conversion. */
export type Outcome =
  /** Converted from a legacy encoding; `auto` says whether it was detected. */
  | { kind: 'converted'; encoding: 'tcvn3' | 'vni' | 'viqr'; auto: boolean; percent: number }
  /** Already Unicode (or plain English): nothing to convert. */
  | { kind: 'unicode' }
  /** Looks like VIQR, which is converted only when chosen. */
  | { kind: 'viqrHint' }
  /** No letters at all. */
  | { kind: 'unknown' };

export function outcomeOf(response: ConvertTextResponse, from: TextConvertSource): Outcome {
  const detected: DetectedEncoding = response.detected;
  if (detected === 'tcvn3' || detected === 'vni' || (detected === 'viqr' && from === 'viqr')) {
    return { kind: 'converted', encoding: detected, auto: from === 'auto', percent: Math.round(response.confidence * 100) };
  }
  if (detected === 'viqr') return { kind: 'viqrHint' };
  return detected === 'unknown' ? { kind: 'unknown' } : { kind: 'unicode' };
}

/** The first `max` characters of a long text for the preview (the copy button takes the whole result). */
export function previewOf(text: string, max = 20000): { text: string; truncated: boolean } {
  if (text.length <= max) return { text, truncated: false };
  // Do not cut a surrogate pair in half.
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max;
  return { text: text.slice(0, end), truncated: true };
}

/** Line numbers (from 1) whose text the conversion changed, for the before/after highlight. */
export function changedLines(before: string, after: string): Set<number> {
  const a = before.split('\n');
  const b = after.split('\n');
  const changed = new Set<number>();
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) changed.add(i + 1);
  return changed;
}

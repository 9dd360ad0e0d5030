import { convertLegacyText, looksLikeLegacy } from '@congxa/shared/text';

/**
 * Below this the detector's guess is too weak to interrupt a paste with a question. Its confidence is
 * the share of well-formed syllables times the margin over the Unicode reading: a single legacy word
 * ("x·") scores about 0.6–0.7, a sentence 0.9 and more.
 */
export const MIN_PASTE_CONFIDENCE = 0.5;

export type PasteDecision =
  /** Let the paste happen as the browser does it (Unicode, English, numbers, nothing). */
  | { kind: 'pass' }
  /** Hold the paste and offer the conversion. */
  | { kind: 'offer'; encoding: 'tcvn3' | 'vni'; confidence: number; before: string; after: string };

/** What to do with the plain text of a paste. */
export function decidePaste(text: string, minConfidence = MIN_PASTE_CONFIDENCE): PasteDecision {
  if (!text.trim()) return { kind: 'pass' };
  const legacy = looksLikeLegacy(text);
  if (!legacy || legacy.confidence < minConfidence) return { kind: 'pass' };
  // 'auto' converts the legacy lines only: Unicode lines in a mixed paste stay as they are.
  const after = convertLegacyText(text, 'auto').text;
  if (after === text.normalize('NFC')) return { kind: 'pass' };
  return { kind: 'offer', encoding: legacy.encoding, confidence: legacy.confidence, before: text, after };
}

/** The first `max` characters (whole code points) of a preview, and whether it was cut. */
export function clipPreview(text: string, max: number): { text: string; truncated: boolean } {
  const chars = [...text];
  return chars.length <= max ? { text, truncated: false } : { text: `${chars.slice(0, max).join('')}…`, truncated: true };
}

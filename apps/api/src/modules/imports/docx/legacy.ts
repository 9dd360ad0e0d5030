import type { ImportConversion } from '@congxa/shared/dto/imports';
import { convertLegacyText, convertToUnicode, decodeVni, detectEncoding, hasUnicodeVietnamese } from '@congxa/shared/text';
import { collapse, type Inline, type Paragraph, paragraphText, sameFmt, type TextInline } from './model';

/** A paragraph in no legacy font is converted when the detector is at least this sure of it on its own … */
export const PARAGRAPH_CONFIDENCE = 0.8;
/** … or when the whole document's unlabelled text is legacy this surely and the paragraph agrees. */
export const DOCUMENT_CONFIDENCE = 0.9;
const SAMPLE_LENGTH = 120;

type Legacy = 'tcvn3' | 'vni';
const isLegacy = (e: string): e is Legacy => e === 'tcvn3' || e === 'vni';

/** Adjacent runs that look alike (Word splits runs for spell-checking and revision ids) become one. */
export function mergeRuns(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const i of inlines) {
    const last = out[out.length - 1];
    if (i.kind === 'text' && last?.kind === 'text' && last.font === i.font && last.href === i.href && sameFmt(last.fmt, i.fmt)) {
      out[out.length - 1] = { ...last, text: last.text + i.text };
    } else out.push(i);
  }
  return out;
}

/**
 * VNI writes a toned letter as two characters; a run boundary between them (formatting changing on the
 * mark) would leave a lone mark. Such a mark moves to the end of the run before it.
 */
export function joinVniSplits(runs: TextInline[]): void {
  for (let k = 1; k < runs.length; k++) {
    const prev = runs[k - 1]!;
    const cur = runs[k]!;
    if (!prev.text || !cur.text) continue;
    const first = cur.text[0]!;
    if (decodeVni(prev.text + first) !== decodeVni(prev.text) + decodeVni(first)) {
      prev.text += first;
      cur.text = cur.text.slice(1);
    }
  }
}

/** Convert several pieces as one text (so TCVN3 case guessing sees whole words), then split it back. */
function convertTogether(pieces: TextInline[], from: Legacy): void {
  const joined = pieces.map((p) => p.text).join('');
  const converted = Array.from(convertToUnicode(joined, from));
  const lengths = pieces.map((p) => Array.from(p.text).length);
  if (converted.length === lengths.reduce((a, b) => a + b, 0)) {
    let at = 0;
    pieces.forEach((p, k) => {
      p.text = converted.slice(at, at + lengths[k]!).join('');
      at += lengths[k]!;
    });
    return;
  }
  if (from === 'vni') joinVniSplits(pieces);
  for (const p of pieces) p.text = convertToUnicode(p.text, from);
}

interface Group {
  from: Legacy;
  font?: string;
  sample: string;
  count: number;
}

/**
 * Converts the legacy text of the paragraphs in place, and reports what was converted:
 * - a run set in a TCVN3 or VNI font is converted with that font (an `H` font gives capitals), unless
 *   it already holds letters only Unicode has (the font label then lies);
 * - the other runs of a paragraph are converted when their text, read together, is detected as TCVN3 or
 *   VNI with high confidence, or with the detector's ordinary confidence when the document's unlabelled
 *   text as a whole is surely legacy.
 * The report counts paragraphs, per encoding and font, with the first one as a sample.
 */
export function convertParagraphs(paragraphs: Paragraph[]): ImportConversion[] {
  for (const p of paragraphs) p.inlines = mergeRuns(p.inlines);

  const unlabelled = (p: Paragraph) => p.inlines.filter((i): i is TextInline => i.kind === 'text' && !i.legacy);
  const documentText = paragraphs
    .map((p) =>
      unlabelled(p)
        .map((i) => i.text)
        .join(''),
    )
    .filter((t) => !hasUnicodeVietnamese(t))
    .join('\n');
  const documentVerdict = detectEncoding(documentText);
  const documentLegacy = isLegacy(documentVerdict.encoding) && documentVerdict.confidence >= DOCUMENT_CONFIDENCE ? documentVerdict.encoding : null;

  const groups = new Map<string, Group>();
  for (const p of paragraphs) {
    const used = new Set<string>();
    const note = (from: Legacy, font?: string) => {
      const key = `${from}|${font ?? ''}`;
      used.add(key);
      if (!groups.has(key)) groups.set(key, { from, ...(font ? { font } : {}), sample: '', count: 0 });
    };

    const labelled = p.inlines.filter((i): i is TextInline => i.kind === 'text' && i.legacy !== null);
    const vniRuns = labelled.filter((i) => i.legacy!.encoding === 'vni');
    joinVniSplits(vniRuns);
    for (const run of labelled) {
      const result = convertLegacyText(run.text, 'auto', { fonts: [run.font!] });
      if (isLegacy(result.detected) && result.text !== run.text) {
        run.text = result.text;
        note(result.detected, run.font!);
      }
    }

    const others = unlabelled(p).filter((i) => !hasUnicodeVietnamese(i.text));
    const text = others.map((i) => i.text).join('');
    // eslint-disable-next-line no-control-regex
    if (others.length && /[^\u0000-\u007f]/.test(text)) {
      const verdict = detectEncoding(text);
      if (isLegacy(verdict.encoding) && (verdict.confidence >= PARAGRAPH_CONFIDENCE || verdict.encoding === documentLegacy)) {
        const before = text;
        convertTogether(others, verdict.encoding);
        if (others.map((i) => i.text).join('') !== before) note(verdict.encoding);
      }
    }

    if (used.size) {
      const sample = collapse(paragraphText(p)).normalize('NFC');
      for (const key of used) {
        const g = groups.get(key)!;
        g.count++;
        if (!g.sample) g.sample = sample.length > SAMPLE_LENGTH ? `${sample.slice(0, SAMPLE_LENGTH - 1).trimEnd()}…` : sample;
      }
    }
  }
  return [...groups.values()];
}

/** Blocks the import writes one paragraph of the document into (the API counts each as a paragraph). */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, td, th, blockquote, pre, figcaption';

/** Text as the API's samples hold it: NFC, runs of white space as one space, trimmed. */
export function normalizeForMatch(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** What to look for: the sample without the "…" the API adds when it cuts a long paragraph. */
export function sampleNeedle(sample: string): string {
  return normalizeForMatch(sample.replace(/\s*…$/, ''));
}

/** True when `text` holds one of the samples (samples shorter than 2 letters match nothing). */
export function containsSample(text: string, samples: readonly string[]): boolean {
  const haystack = normalizeForMatch(text);
  return samples.some((s) => {
    const needle = sampleNeedle(s);
    return needle.length >= 2 && haystack.includes(needle);
  });
}

export const CONVERTED_CLASS = 'import-converted';

/**
 * Marks, in the draft's (already sanitised) body HTML, the paragraphs whose text holds a converted
 * passage's sample: the innermost block that holds it gets `class="import-converted"`. Returns the new
 * HTML and how many blocks were marked.
 */
export function highlightConverted(html: string, samples: readonly string[]): { html: string; marked: number } {
  if (!samples.length || !html) return { html, marked: 0 };
  const template = document.createElement('template');
  template.innerHTML = html;
  const hits = [...template.content.querySelectorAll(BLOCKS)].filter((el) => containsSample(el.textContent ?? '', samples));
  // A table cell holding a matching paragraph: mark the paragraph, not the cell around it.
  const innermost = hits.filter((el) => !hits.some((other) => other !== el && el.contains(other)));
  for (const el of innermost) el.classList.add(CONVERTED_CLASS);
  return { html: innermost.length ? template.innerHTML : html, marked: innermost.length };
}

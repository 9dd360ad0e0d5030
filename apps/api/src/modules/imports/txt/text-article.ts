import { clip } from '../docx/convert-docx';
import { escapeHtml } from '../docx/html';

/**
 * A plain text as an article: its first non-empty line is the title, the rest the body. Blank lines
 * separate paragraphs, and the lines of one paragraph keep their breaks; a text without blank lines has
 * one paragraph per line.
 */
export function textToArticle(text: string): { title: string | null; body: string } {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return { title: null, body: '' };
  const title = clip(lines[first]!);
  const rest = lines.slice(first + 1);
  const filled = rest.map((l) => l.trim() !== '');
  const from = filled.indexOf(true);
  const to = filled.lastIndexOf(true);
  const blankSeparated = from >= 0 && filled.slice(from, to).includes(false);
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const line of rest) {
    const t = line.replace(/\t/g, ' ').replace(/ {2,}/g, ' ').trim();
    if (!t) {
      if (current.length) paragraphs.push(current);
      current = [];
      continue;
    }
    if (!blankSeparated) paragraphs.push([t]);
    else current.push(t);
  }
  if (current.length) paragraphs.push(current);
  const body = paragraphs.map((p) => `<p>${p.map(escapeHtml).join('<br>')}</p>`).join('');
  return { title: title || null, body };
}

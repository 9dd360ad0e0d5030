import { inflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';

/** Largest amount of text taken from one document for scanning (enough for any stamp or ID near the top). */
const MAX_TEXT = 2_000_000;

/**
 * The readable text of an attached document, for the classification scan (QC: stamps and citizen IDs in
 * attachments block publication). DOCX: the text runs of the body, headers and footers. PDF: the strings of
 * the page content streams (uncompressed or Flate), which covers documents produced by office software;
 * scanned PDFs (images only) yield nothing and are reported as such by the caller.
 */
export function extractDocumentText(bytes: Uint8Array, mimeType: string): string {
  if (mimeType === 'application/pdf') return pdfText(bytes);
  if (mimeType.includes('wordprocessingml')) return docxText(bytes);
  return '';
}

function docxText(bytes: Uint8Array): string {
  const parts = unzipSync(bytes, { filter: (f) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(f.name) && f.originalSize < 50_000_000 });
  const texts: string[] = [];
  for (const name of Object.keys(parts).sort()) {
    const xml = Buffer.from(parts[name]!).toString('utf8');
    // Paragraph ends become newlines, so a stamp alone on its line stays alone on its line.
    const text = xml.replace(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<\/w:p>|<w:(?:tab|br)\/>/g, (m, t: string | undefined) =>
      t !== undefined ? t : m === '</w:p>' ? '\n' : ' ',
    );
    texts.push(decodeXml(text.replace(/<[^>]+>/g, '')));
  }
  return texts.join('\n').slice(0, MAX_TEXT);
}

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

function pdfText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString('latin1');
  const out: string[] = [];
  let total = 0;
  const streamRe = /<<([^]*?)>>\s*stream\r?\n([^]*?)\r?\nendstream/g;
  for (const m of raw.matchAll(streamRe)) {
    const dict = m[1] ?? '';
    let data = Buffer.from(m[2] ?? '', 'latin1');
    if (/\/FlateDecode/.test(dict)) {
      try {
        data = inflateSync(data, { maxOutputLength: 20_000_000 });
      } catch {
        continue;
      }
    } else if (/\/Filter/.test(dict)) continue;
    const text = contentStrings(data.toString('latin1'));
    if (text) out.push(text);
    total += text.length;
    if (total > MAX_TEXT) break;
  }
  return out.join('\n').slice(0, MAX_TEXT);
}

/** Literal strings shown by the Tj, TJ and quote operators, one line per text line (Td, TD, T-star, ET and Tm start a new one). */
function contentStrings(content: string): string {
  const lines: string[] = [];
  let line = '';
  const re = /\((?:\\.|[^\\)])*\)|\b(?:Td|TD|T\*|ET|Tm)\b/g;
  for (const m of content.matchAll(re)) {
    const tok = m[0];
    if (tok.startsWith('(')) {
      line += tok
        .slice(1, -1)
        .replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) =>
          /^[0-7]+$/.test(e) ? String.fromCharCode(parseInt(e, 8)) : e === 'n' ? '\n' : e === 'r' || e === 't' || e === 'b' || e === 'f' ? ' ' : e,
        );
    } else if (line) {
      lines.push(line);
      line = '';
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

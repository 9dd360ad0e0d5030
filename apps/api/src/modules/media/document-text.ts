import { unzipSync } from 'fflate';
import { PDF_LIMITS, readPdf, type PdfLimits } from './pdf-text';

/** Largest amount of text taken from one document for scanning (enough for any stamp or ID near the top). */
const MAX_TEXT = 2_000_000;

/** Fewer non-space characters than this per page, on average, and a PDF is taken for a scan (images of pages). */
const SCANNED_CHARS_PER_PAGE = 20;

export interface DocumentText {
  /** The readable text, NFC, one line per text line (a stamp alone on its line stays alone), at most MAX_TEXT characters. */
  text: string;
  /** PDF: the document's page count (0 when it could not be opened). DOCX and others: 0 (Word keeps no pages). */
  pages: number;
  /** A PDF with pages but (almost) no text: a scan, or pages of images. What it says cannot be checked. */
  scanned: boolean;
  /**
   * Everything was read. False for a PDF that could not be opened, one longer than `maxPages` (only the first
   * pages were read), one cut off by the time or text limit (the text read until then is given).
   */
  complete: boolean;
}

/**
 * The readable text of an attached document, for the classification scan (QC: stamps and citizen IDs in
 * attachments block publication) and for search. DOCX: the text runs of the body, headers and footers.
 * PDF: the text pdf.js reads (unpdf's build) — every font kind, including the CID/Identity-H fonts that
 * Word, LibreOffice and pdfkit embed for Vietnamese — within `PDF_LIMITS` (the first 200 pages, 10 s, in a
 * worker thread). A scanned PDF (page images, no text layer) comes back `scanned` with no text; no OCR.
 * A broken PDF never throws: it comes back empty, `pages: 0`, not complete, for the caller to report.
 */
export async function extractDocumentText(bytes: Uint8Array, mimeType: string, limits: PdfLimits = PDF_LIMITS): Promise<DocumentText> {
  if (mimeType === 'application/pdf') return pdfText(bytes, limits);
  if (mimeType.includes('wordprocessingml')) return { text: docxText(bytes).normalize('NFC'), pages: 0, scanned: false, complete: true };
  return { text: '', pages: 0, scanned: false, complete: true };
}

async function pdfText(bytes: Uint8Array, limits: PdfLimits): Promise<DocumentText> {
  const reading = await readPdf(bytes, limits);
  const text = reading.pages
    .join('\n')
    // Unmapped glyphs come out as control characters; spacing is collapsed, the lines kept.
    .replace(/[^\P{Cc}\t\n]/gu, '')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .normalize('NFC')
    .slice(0, MAX_TEXT);
  const read = reading.pages.length;
  const visible = text.replace(/\s+/g, '').length;
  return { text, pages: reading.pageCount, scanned: read > 0 && visible / read < SCANNED_CHARS_PER_PAGE, complete: reading.complete };
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

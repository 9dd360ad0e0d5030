import { Worker } from 'node:worker_threads';

/**
 * Limits on reading one PDF. pdf.js parses whatever it is given, so a hostile or broken file must not be
 * able to hold the API: the work runs in a worker thread with its own heap, stopped after `timeMs`.
 */
export interface PdfLimits {
  /** Pages read, from the first (the rest is not read; `pages` still tells how many there are). */
  maxPages: number;
  /** Wall time for one document, from the worker's start; the text read so far is kept. */
  timeMs: number;
  /** Characters kept; reading stops once this many are in. */
  maxChars: number;
  /** The worker's JavaScript heap (pdf.js's decoded streams are typed arrays outside it, bounded by `timeMs`). */
  heapMb: number;
}

export const PDF_LIMITS: PdfLimits = { maxPages: 200, timeMs: 10_000, maxChars: 2_000_000, heapMb: 256 };

/** At most this many PDFs are read at once in the process (each worker holds pdf.js and its document). */
const MAX_WORKERS = 2;

export interface PdfReading {
  /** The pages' text, one line per text line pdf.js reports, pages joined by a newline (not normalised). */
  pages: string[];
  /** The document's page count, 0 when it could not be opened. */
  pageCount: number;
  /** Every page up to `maxPages` read within the limits (false: cut by time, text size or page count, or unreadable). */
  complete: boolean;
}

/**
 * The worker: plain CommonJS run by Node itself (not by the TypeScript build or by jest), so it loads
 * unpdf's serverless pdf.js build the same way in production and in tests. It posts the page count, then
 * each page's text as it is read, then `done`. A page pdf.js cannot read counts as empty; a file it cannot
 * open ends with `done` alone. Eval, font faces and system fonts are off: only the text is wanted.
 */
const WORKER_SOURCE = `
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
for (const k of ['log', 'info', 'warn', 'error', 'debug']) console[k] = () => {};
(async () => {
  try {
    const { getDocumentProxy } = require(workerData.unpdf);
    const pdf = await getDocumentProxy(workerData.bytes, {
      verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false,
    });
    parentPort.postMessage({ pageCount: pdf.numPages });
    const last = Math.min(pdf.numPages, workerData.maxPages);
    for (let n = 1; n <= last; n++) {
      let text = '';
      try {
        const page = await pdf.getPage(n);
        const content = await page.getTextContent();
        for (const item of content.items) if (typeof item.str === 'string') text += item.str + (item.hasEOL ? '\\n' : '');
        page.cleanup();
      } catch {}
      parentPort.postMessage({ page: text });
    }
  } catch {}
  parentPort.postMessage({ done: true });
})();
`;

let unpdfPath: string | undefined;
let running = 0;
const waiting: (() => void)[] = [];

async function slot(): Promise<() => void> {
  if (running >= MAX_WORKERS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

/** Reads the text of a PDF within `limits`. Never throws for what the file holds: a broken file reads as no pages. */
export async function readPdf(bytes: Uint8Array, limits: PdfLimits = PDF_LIMITS): Promise<PdfReading> {
  const release = await slot();
  try {
    return await inWorker(bytes, limits);
  } finally {
    release();
  }
}

function inWorker(bytes: Uint8Array, limits: PdfLimits): Promise<PdfReading> {
  unpdfPath ??= require.resolve('unpdf');
  const copy = new Uint8Array(bytes); // its own buffer, handed over to the worker
  return new Promise((resolve) => {
    const pages: string[] = [];
    let pageCount = 0;
    let chars = 0;
    let settled = false;
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { unpdf: unpdfPath, bytes: copy, maxPages: limits.maxPages },
      transferList: [copy.buffer],
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb },
    });
    const finish = (done: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      const complete = done && pageCount > 0 && pages.length === Math.min(pageCount, limits.maxPages) && pageCount <= limits.maxPages;
      resolve({ pages, pageCount, complete });
    };
    const timer = setTimeout(() => finish(false), limits.timeMs);
    worker.on('message', (m: { pageCount?: number; page?: string; done?: boolean }) => {
      if (m.pageCount !== undefined) pageCount = m.pageCount;
      if (m.page !== undefined) {
        pages.push(m.page);
        chars += m.page.length;
        if (chars > limits.maxChars) finish(false);
      }
      if (m.done) finish(true);
    });
    // Out of heap, or the worker failed to start: what was read so far stands.
    worker.on('error', () => finish(false));
    worker.on('exit', () => finish(false));
  });
}

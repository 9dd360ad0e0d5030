import { open, readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { ACCEPTED_DOCUMENT_FORMATS, ACCEPTED_IMAGE_FORMATS, type MediaKind } from '@congxa/shared/dto/media';
import { AppException } from '../../common/errors/app-exception';

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'gif';
export type DocumentFormat = 'pdf' | 'docx';

/** What the bytes of an upload are. The file name and the declared type play no part. */
export type Sniffed =
  | { kind: Extract<MediaKind, 'image'>; format: ImageFormat; mimeType: string; ext: string }
  | { kind: Extract<MediaKind, 'document'>; format: DocumentFormat; mimeType: string; ext: string };

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const IMAGES: Record<string, Sniffed> = {
  jpg: { kind: 'image', format: 'jpeg', mimeType: 'image/jpeg', ext: 'jpg' },
  png: { kind: 'image', format: 'png', mimeType: 'image/png', ext: 'png' },
  webp: { kind: 'image', format: 'webp', mimeType: 'image/webp', ext: 'webp' },
  gif: { kind: 'image', format: 'gif', mimeType: 'image/gif', ext: 'gif' },
};
const PDF: Sniffed = { kind: 'document', format: 'pdf', mimeType: 'application/pdf', ext: 'pdf' };
const DOCX: Sniffed = { kind: 'document', format: 'docx', mimeType: DOCX_MIME, ext: 'docx' };

const ACCEPTED = [...ACCEPTED_IMAGE_FORMATS, ...ACCEPTED_DOCUMENT_FORMATS];

/** 415 listing the formats that work; `detected` says what the bytes looked like, when anything. */
export const unsupportedFormat = (detected: string | null) => new AppException(415, 'UNSUPPORTED_MEDIA_FORMAT', { detected, accepted: ACCEPTED });
/** 422: the bytes claim a format they do not hold (truncated, corrupt, not decodable). */
export const unreadable = (format: string) => new AppException(422, 'MEDIA_UNREADABLE', { format, accepted: ACCEPTED });

/** What a text file (which file-type does not identify) most likely is, to say so in the refusal. */
function describeText(head: Buffer): string | null {
  const text = head.toString('latin1').trimStart().slice(0, 2048).toLowerCase();
  if (/<svg[\s>]/.test(text)) return 'image/svg+xml';
  if (/<(!doctype html|html|head|body|script|iframe)[\s>]/.test(text)) return 'text/html';
  if (text.startsWith('<?xml')) return 'application/xml';
  return null;
}

async function readHead(path: string, bytes: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function readTail(path: string, size: number, bytes: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const length = Math.min(bytes, size);
    const buf = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buf, 0, length, size - length);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * A real DOCX: a zip holding `word/document.xml`, whose `[Content_Types].xml` declares a Word document
 * (not a template, not macro-enabled) and that carries no VBA project. Only the content-types part is
 * decompressed, and only when small (no zip bomb).
 */
export function inspectDocx(zip: Uint8Array): 'docx' | 'macros' | 'invalid' {
  const names: string[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, {
      filter: (f) => {
        names.push(f.name);
        return f.name === '[Content_Types].xml' && f.originalSize <= 1024 * 1024 && f.size <= 1024 * 1024;
      },
    });
  } catch {
    return 'invalid';
  }
  const lower = names.map((n) => n.toLowerCase());
  const types = files['[Content_Types].xml'] ? Buffer.from(files['[Content_Types].xml']).toString('utf8').toLowerCase() : '';
  if (lower.some((n) => n.endsWith('vbaproject.bin') || n.endsWith('vbadata.xml')) || types.includes('macroenabled')) return 'macros';
  if (!names.includes('word/document.xml')) return 'invalid';
  if (!types.includes('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml')) return 'invalid';
  return 'docx';
}

/**
 * Markup, scripts or another file hidden in an image (a polyglot): HTML or SVG tags, a PHP opening tag,
 * a PDF header where readers look for one, or a zip archive appended at the end (found as zip readers
 * find it: the end-of-central-directory record whose comment runs exactly to the end of the file).
 * Phones append other data after the picture (motion-photo videos), which is fine: only re-encoded
 * copies are ever served.
 */
export function findHiddenContent(buf: Buffer): 'markup' | 'pdf' | 'zip' | null {
  const text = buf.toString('latin1');
  if (/<(script|html|body|iframe|svg|object|embed|meta|!doctype)[\s>/]|<\?php/i.test(text)) return 'markup';
  if (text.slice(0, 1024).includes('%PDF-')) return 'pdf';
  const from = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= from; i--) {
    if (buf[i] === 0x50 && buf[i + 1] === 0x4b && buf[i + 2] === 0x05 && buf[i + 3] === 0x06 && i + 22 + buf.readUInt16LE(i + 20) === buf.length) return 'zip';
  }
  return null;
}

/**
 * Identify an uploaded file from its bytes: JPEG, PNG, WebP or GIF images, PDF or DOCX documents.
 * Anything else is refused (415) with the list of formats that work; a Word file with macros and a
 * file that is broken are refused with 422.
 */
export async function sniffFile(path: string, size: number): Promise<Sniffed> {
  const { fileTypeFromFile } = await import('file-type');
  const type = await fileTypeFromFile(path);
  if (!type) throw unsupportedFormat(describeText(await readHead(path, 4096)));
  const image = IMAGES[type.ext];
  if (image) return image;
  switch (type.ext) {
    case 'pdf': {
      // A complete PDF ends with %%EOF (allowing for trailing white space or a little padding).
      if (!(await readTail(path, size, 2048)).includes('%%EOF')) throw unreadable('pdf');
      return PDF;
    }
    case 'docx':
    case 'docm':
    case 'dotm':
    case 'zip': {
      const verdict = inspectDocx(await readFile(path));
      if (verdict === 'macros') throw new AppException(422, 'DOCUMENT_HAS_MACROS', { accepted: ACCEPTED });
      if (verdict === 'invalid') throw type.ext === 'docx' ? unreadable('docx') : unsupportedFormat(type.mime);
      return DOCX;
    }
    default:
      // XML that is really SVG (or XHTML) is named as such.
      throw unsupportedFormat(type.ext === 'xml' ? (describeText(await readHead(path, 4096)) ?? type.mime) : type.mime);
  }
}

import { posix } from 'node:path';
import { DOCX_MAX_ENTRIES, DOCX_MAX_UNCOMPRESSED_BYTES } from '@congxa/shared/dto/imports';
import { AppException } from '../../../common/errors/app-exception';
import { classifyOle2, isOle2 } from './ole2';
import { attr, childrenNamed, MAX_XML_DEPTH, parseXml, type XmlElement, XmlTooDeep, XmlTooLarge } from './xml';
import { openZip, type ZipArchive, type ZipLimits } from './zip';

export const DOCX_LIMITS: ZipLimits = { maxEntries: DOCX_MAX_ENTRIES, maxTotalBytes: DOCX_MAX_UNCOMPRESSED_BYTES };
/**
 * An XML part larger than this, or with more elements, is not parsed: the article it would make is far
 * over the body limit anyway, and the element tree of a part made of tiny elements would not fit in
 * memory (a 40 MB part of empty paragraphs is 3.5 million elements, over 1 GB).
 */
export const MAX_XML_PART_BYTES = 40 * 1024 * 1024;
export const MAX_XML_ELEMENTS = 1_000_000;

const MAIN_TYPES = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
];
const REL_OFFICE_DOCUMENT = /\/officeDocument$/;

export interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

const notDocx = (detected: string | null) => new AppException(415, 'NOT_A_DOCX', { detected });
const macros = () => new AppException(422, 'DOCUMENT_HAS_MACROS');

/** What the first bytes of a file that is not a zip say it is (for the refusal's details). */
function describe(buf: Buffer): string | null {
  const head = buf.subarray(0, 16).toString('latin1');
  if (head.startsWith('%PDF-')) return 'application/pdf';
  if (head.startsWith('{\\rtf')) return 'application/rtf';
  if (buf[0] === 0xff && buf[1] === 0xd8) return 'image/jpeg';
  if (head.startsWith('\x89PNG')) return 'image/png';
  if (/^\s*</.test(head)) return 'text/xml-or-html';
  return null;
}

/**
 * A .docx opened for reading: the zip's directory checked against the limits, macros refused, the main
 * document part found through the package relationships. Parts are inflated only when asked for.
 */
export class DocxPackage {
  private readonly relsCache = new Map<string, Map<string, Relationship>>();

  private constructor(
    private readonly zip: ZipArchive,
    /** The main document part (normally `word/document.xml`). */
    readonly mainPart: string,
  ) {}

  /**
   * Open `buf` as a .docx, or refuse it: a Word 97–2003 file (415), an encrypted document (422), any
   * other non-zip (415), a broken zip (422), a zip bomb (422), macros (422), a zip that holds no Word
   * document (415).
   */
  static open(buf: Buffer): DocxPackage {
    if (isOle2(buf)) {
      const kind = classifyOle2(buf);
      if (kind === 'encrypted') throw new AppException(422, 'DOCUMENT_ENCRYPTED');
      if (kind === 'word97') throw new AppException(415, 'WORD_DOC_NOT_SUPPORTED');
      throw notDocx('application/x-ole-storage');
    }
    if (buf.length < 4 || buf[0] !== 0x50 || buf[1] !== 0x4b) throw notDocx(describe(buf));
    const zip = openZip(buf, DOCX_LIMITS);
    if (zip.entries.some((e) => /(^|\/)vbaproject\.bin$|(^|\/)vbadata\.xml$/i.test(e.name))) throw macros();
    if (!zip.has('[Content_Types].xml')) throw notDocx('application/zip');
    const types = parseLimited(zip, '[Content_Types].xml');
    const overrides = childrenNamed(childrenNamed(types, 'Types')[0], 'Override');
    if (overrides.some((o) => /macroenabled/i.test(attr(o, 'ContentType') ?? ''))) throw macros();

    let main = 'word/document.xml';
    if (zip.has('_rels/.rels')) {
      const rels = readRels(parseLimited(zip, '_rels/.rels'), '');
      const office = [...rels.values()].find((r) => REL_OFFICE_DOCUMENT.test(r.type) && !r.external);
      if (office) main = office.target;
    }
    if (!zip.has(main)) throw notDocx('application/zip');
    const override = overrides.find((o) => (attr(o, 'PartName') ?? '').replace(/^\//, '') === main);
    const ext = posix.extname(main).slice(1).toLowerCase();
    const byDefault = childrenNamed(childrenNamed(types, 'Types')[0], 'Default').find((d) => (attr(d, 'Extension') ?? '').toLowerCase() === ext);
    const mainType = (attr(override ?? byDefault, 'ContentType') ?? '').toLowerCase();
    if (!MAIN_TYPES.includes(mainType)) throw notDocx('application/zip');
    return new DocxPackage(zip, main);
  }

  has(part: string): boolean {
    return this.zip.has(part);
  }

  /** A part's bytes, or null when there is none. */
  bytes(part: string): Buffer | null {
    return this.zip.has(part) ? this.zip.read(part) : null;
  }

  /** The declared (uncompressed) size of a part, or null. */
  size(part: string): number | null {
    return this.zip.entry(part)?.size ?? null;
  }

  /** A part parsed as XML, or null when there is none. */
  xml(part: string): XmlElement | null {
    return this.zip.has(part) ? parseLimited(this.zip, part) : null;
  }

  /** The package relationships (`_rels/.rels`): the main document, the core properties. */
  packageRels(): Map<string, Relationship> {
    return this.rels('');
  }

  /** The relationships of a part (`word/_rels/document.xml.rels`), targets resolved to part names. */
  rels(part: string): Map<string, Relationship> {
    let rels = this.relsCache.get(part);
    if (!rels) {
      const relsPart = posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
      const xml = this.xml(relsPart);
      rels = xml ? readRels(xml, posix.dirname(part)) : new Map();
      this.relsCache.set(part, rels);
    }
    return rels;
  }

  /** The part a relationship of the main document points to, by type suffix (`/styles`, `/numbering`). */
  relatedPart(typeSuffix: string): string | null {
    for (const r of this.rels(this.mainPart).values()) if (!r.external && r.type.endsWith(typeSuffix)) return r.target;
    return null;
  }
}

function parseLimited(zip: ZipArchive, part: string): XmlElement {
  try {
    return parseXml(readLimited(zip, part), MAX_XML_ELEMENTS);
  } catch (err) {
    if (err instanceof XmlTooLarge) throw new AppException(422, 'IMPORT_TOO_LONG', { part, maxXmlElements: MAX_XML_ELEMENTS });
    if (err instanceof XmlTooDeep) throw new AppException(422, 'DOCUMENT_TOO_DEEP', { part, maxDepth: MAX_XML_DEPTH });
    throw err;
  }
}

function readLimited(zip: ZipArchive, part: string): Buffer {
  const size = zip.entry(part)?.size ?? 0;
  if (size > MAX_XML_PART_BYTES) throw new AppException(422, 'IMPORT_TOO_LONG', { part, sizeBytes: size, maxXmlBytes: MAX_XML_PART_BYTES });
  return zip.read(part);
}

function readRels(xml: XmlElement, baseDir: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  for (const r of childrenNamed(childrenNamed(xml, 'Relationships')[0], 'Relationship')) {
    const id = attr(r, 'Id');
    const target = attr(r, 'Target');
    if (!id || target === undefined) continue;
    const external = (attr(r, 'TargetMode') ?? '').toLowerCase() === 'external';
    out.set(id, { type: attr(r, 'Type') ?? '', external, target: external ? target : resolvePart(baseDir, target) });
  }
  return out;
}

/** A relationship target as a part name: relative to the source part's folder, or absolute from the root. */
export function resolvePart(baseDir: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // keep as written
  }
  const joined = t.startsWith('/') ? t.slice(1) : posix.join(baseDir, t);
  return posix.normalize(joined).replace(/^(\.\.\/)+/, '');
}

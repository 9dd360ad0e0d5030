import { crc32 } from 'node:zlib';
import { Inflate } from 'fflate';
import { AppException } from '../../../common/errors/app-exception';

/** Limits a zip must respect before anything in it is inflated. */
export interface ZipLimits {
  maxEntries: number;
  /** The sum of the uncompressed sizes the central directory declares. */
  maxTotalBytes: number;
}

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export const corrupt = (reason: string) => new AppException(422, 'DOCUMENT_CORRUPT', { reason });
export const overLimits = (details: Record<string, number>) => new AppException(422, 'ARCHIVE_LIMITS_EXCEEDED', details);

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
/**
 * Inflate this much compressed data at a time, so that output past an entry's size is noticed early: one
 * step inflates to at most ~4 MB (deflate's ratio is at most 1032:1).
 */
const INFLATE_STEP = 4 * 1024;

/** The zip's table of contents, read from its central directory; parts are inflated one at a time on request. */
export class ZipArchive {
  private readonly byName = new Map<string, ZipEntry>();
  private inflated = 0;

  constructor(
    private readonly buf: Buffer,
    readonly entries: readonly ZipEntry[],
    private readonly limits: ZipLimits,
  ) {
    for (const e of entries) this.byName.set(e.name, e);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name);
  }

  /**
   * The bytes of one part. Inflation stops as soon as it produces more than the size the directory
   * declared (or the archive's total budget is spent), and the CRC-32 must match: a part that lies about
   * its size is refused as corrupt before it can fill memory.
   */
  read(name: string): Buffer {
    const e = this.byName.get(name);
    if (!e) throw corrupt(`missing part ${name}`);
    if (this.inflated + e.size > this.limits.maxTotalBytes) throw overLimits({ maxTotalBytes: this.limits.maxTotalBytes });
    const { buf } = this;
    const at = e.localOffset;
    if (at + 30 > buf.length || buf.readUInt32LE(at) !== SIG_LOCAL) throw corrupt(`bad local header for ${name}`);
    const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
    const end = start + e.compressedSize;
    if (end > buf.length) throw corrupt(`truncated part ${name}`);
    const data = buf.subarray(start, end);
    let out: Buffer;
    if (e.method === 0) {
      if (e.compressedSize !== e.size) throw corrupt(`stored size mismatch for ${name}`);
      out = Buffer.from(data);
    } else if (e.method === 8) {
      out = inflateBounded(data, e.size, name);
    } else {
      throw corrupt(`unsupported compression method ${e.method} for ${name}`);
    }
    if (out.length !== e.size) throw corrupt(`size mismatch for ${name}`);
    if (crc32(out) >>> 0 !== e.crc) throw corrupt(`CRC mismatch for ${name}`);
    this.inflated += out.length;
    return out;
  }
}

function inflateBounded(data: Buffer, size: number, name: string): Buffer {
  const chunks: Uint8Array[] = [];
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > size) throw corrupt(`part ${name} inflates past its declared size`);
    chunks.push(chunk);
  });
  try {
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
    for (let i = 0; i < data.length; i += INFLATE_STEP) inflater.push(data.subarray(i, i + INFLATE_STEP), i + INFLATE_STEP >= data.length);
  } catch (err) {
    if (err instanceof AppException) throw err;
    throw corrupt(`cannot inflate ${name}: ${(err as Error).message}`);
  }
  return Buffer.concat(chunks, produced);
}

/** Where the end-of-central-directory record starts, or -1. */
function findEocd(buf: Buffer): number {
  const from = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= from; i--) {
    if (buf.readUInt32LE(i) === SIG_EOCD && i + 22 + buf.readUInt16LE(i + 20) <= buf.length) return i;
  }
  return -1;
}

const u64 = (buf: Buffer, at: number) => Number(buf.readBigUInt64LE(at));

/**
 * Read a zip's central directory and check it against the limits before anything is inflated: the number
 * of entries and the sum of their declared uncompressed sizes (zip bombs), then that every entry lies
 * inside the file, is not encrypted and is named once. ZIP64 records are understood.
 */
export function openZip(buf: Buffer, limits: ZipLimits): ZipArchive {
  const eocd = findEocd(buf);
  if (eocd < 0) throw corrupt('no end of central directory');
  if (buf.readUInt16LE(eocd + 4) !== 0 || buf.readUInt16LE(eocd + 6) !== 0) throw corrupt('multi-disk archive');
  let total = buf.readUInt16LE(eocd + 10);
  let cdSize = buf.readUInt32LE(eocd + 12);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  let cdEnd = eocd;
  if (total === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || buf.readUInt32LE(loc) !== SIG_ZIP64_LOCATOR) throw corrupt('missing ZIP64 locator');
    const z = u64(buf, loc + 8);
    if (z + 56 > loc || buf.readUInt32LE(z) !== SIG_ZIP64_EOCD) throw corrupt('bad ZIP64 end of central directory');
    total = u64(buf, z + 32);
    cdSize = u64(buf, z + 40);
    cdOffset = u64(buf, z + 48);
    cdEnd = z;
  }
  if (total > limits.maxEntries) throw overLimits({ entries: total, maxEntries: limits.maxEntries });
  if (cdOffset + cdSize > cdEnd) throw corrupt('central directory out of bounds');

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let declared = 0;
  let p = cdOffset;
  const stop = cdOffset + cdSize;
  while (p < stop) {
    if (entries.length >= limits.maxEntries) throw overLimits({ maxEntries: limits.maxEntries });
    if (p + 46 > stop || buf.readUInt32LE(p) !== SIG_CENTRAL) throw corrupt('bad central directory entry');
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    let compressedSize = buf.readUInt32LE(p + 20);
    let size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    let localOffset = buf.readUInt32LE(p + 42);
    const next = p + 46 + nameLen + extraLen + commentLen;
    if (next > stop) throw corrupt('central directory entry out of bounds');
    const name = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen);
    // ZIP64 extra field: the 64-bit values of whichever fields are 0xFFFFFFFF, in this order.
    for (let x = p + 46 + nameLen; x + 4 <= p + 46 + nameLen + extraLen;) {
      const id = buf.readUInt16LE(x);
      const len = buf.readUInt16LE(x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        const end = x + 4 + len;
        if (size === 0xffffffff && q + 8 <= end) {
          size = u64(buf, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff && q + 8 <= end) {
          compressedSize = u64(buf, q);
          q += 8;
        }
        if (localOffset === 0xffffffff && q + 8 <= end) localOffset = u64(buf, q);
      }
      x += 4 + len;
    }
    declared += size;
    if (declared > limits.maxTotalBytes) throw overLimits({ maxTotalBytes: limits.maxTotalBytes });
    if (names.has(name)) throw corrupt(`part ${name} appears twice`);
    names.add(name);
    if (flags & 0x1) throw new AppException(422, 'DOCUMENT_ENCRYPTED', { reason: 'encrypted zip entry' });
    if (localOffset + 30 + compressedSize > cdOffset) throw corrupt(`part ${name} out of bounds`);
    entries.push({ name, flags, method, crc, compressedSize, size, localOffset });
    p = next;
  }
  if (entries.length !== total) throw corrupt('entry count mismatch');
  return new ZipArchive(buf, entries, limits);
}

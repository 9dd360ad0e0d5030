/**
 * OLE2 / Compound File Binary containers (header D0 CF 11 E0 A1 B1 1A E1). Two kinds reach a Word import:
 * an old binary Word 97–2003 document (.doc: a `WordDocument` stream) and a password-protected .docx, which
 * Office wraps in such a container (`EncryptionInfo` + `EncryptedPackage` streams). They are told apart by
 * the stream names in the container's directory.
 */
export const OLE2_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export const isOle2 = (buf: Buffer) => buf.length >= 8 && buf.subarray(0, 8).equals(OLE2_SIGNATURE);

const END_OF_CHAIN = 0xfffffffe;
const MAX_SECTOR = 0xfffffffa;
/** Directory sectors followed at most (4 entries per 512-byte sector: 40,000 streams). */
const MAX_DIRECTORY_SECTORS = 10_000;

/**
 * The names in the container's directory (storages and streams), or null when the structure cannot be
 * followed. Only the header, the FAT sectors on the directory's chain and the directory itself are read.
 */
export function ole2Names(buf: Buffer): string[] | null {
  if (!isOle2(buf) || buf.length < 512) return null;
  const shift = buf.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const sectorAt = (n: number) => (n + 1) * sectorSize;
  const perSector = sectorSize / 4;

  // FAT sector numbers: 109 in the header, the rest on the DIFAT chain.
  const fatCount = buf.readUInt32LE(0x2c);
  const fatSectors: number[] = [];
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(buf.readUInt32LE(0x4c + i * 4));
  let difat = buf.readUInt32LE(0x44);
  for (let guard = 0; fatSectors.length < fatCount && difat <= MAX_SECTOR && guard < 10_000; guard++) {
    const at = sectorAt(difat);
    if (at + sectorSize > buf.length) return null;
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatCount; i++) fatSectors.push(buf.readUInt32LE(at + i * 4));
    difat = buf.readUInt32LE(at + sectorSize - 4);
  }
  const nextSector = (n: number): number | null => {
    const fat = fatSectors[Math.floor(n / perSector)];
    if (fat === undefined || fat > MAX_SECTOR) return null;
    const at = sectorAt(fat) + (n % perSector) * 4;
    return at + 4 <= buf.length ? buf.readUInt32LE(at) : null;
  };

  const names: string[] = [];
  const seen = new Set<number>();
  let sector = buf.readUInt32LE(0x30);
  while (sector !== END_OF_CHAIN) {
    if (sector > MAX_SECTOR || seen.has(sector) || seen.size >= MAX_DIRECTORY_SECTORS) return null;
    seen.add(sector);
    const at = sectorAt(sector);
    if (at + sectorSize > buf.length) return null;
    for (let e = at; e < at + sectorSize; e += 128) {
      const type = buf[e + 0x42];
      const nameLen = buf.readUInt16LE(e + 0x40);
      if (!type || nameLen < 2 || nameLen > 64) continue;
      names.push(buf.toString('utf16le', e, e + nameLen - 2));
    }
    const next = nextSector(sector);
    if (next === null) return null;
    sector = next;
  }
  return names;
}

export type Ole2Kind = 'encrypted' | 'word97' | 'other';

const ENCRYPTED_STREAMS = ['EncryptionInfo', 'EncryptedPackage'];
const utf16 = (s: string) => Buffer.from(s, 'utf16le');

/**
 * What an OLE2 file is: an encrypted Office document, a Word 97–2003 document, or something else (an
 * old Excel or PowerPoint file, an Outlook message). When the directory cannot be read, the stream names
 * are looked for anywhere in the file, and a file with neither counts as a Word 97–2003 document.
 */
export function classifyOle2(buf: Buffer): Ole2Kind {
  const names = ole2Names(buf);
  if (!names) return ENCRYPTED_STREAMS.some((n) => buf.includes(utf16(n))) ? 'encrypted' : 'word97';
  if (names.some((n) => ENCRYPTED_STREAMS.includes(n))) return 'encrypted';
  if (names.includes('WordDocument')) return 'word97';
  return 'other';
}

import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { LocalDiskStorage } from './local-disk.storage';
import { assertStorageKey } from './media-storage';

async function text(stream: Readable | null): Promise<string | null> {
  if (!stream) return null;
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

describe('LocalDiskStorage', () => {
  let root: string;
  let storage: LocalDiskStorage;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'congxa-storage-'));
    storage = new LocalDiskStorage(join(root, 'media'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('should write bytes and streams under the folder and read them back when asked by key', async () => {
    await storage.put('originals/site/item', Buffer.from('gốc'), 'image/jpeg');
    await storage.put('public/site/item/w320.webp', Readable.from([Buffer.from('bản '), Buffer.from('sạch')]), 'image/webp');
    expect(readFileSync(join(root, 'media', 'originals', 'site', 'item'), 'utf8')).toBe('gốc');
    expect(await text(await storage.get('public/site/item/w320.webp'))).toBe('bản sạch');
    expect([await storage.exists('originals/site/item'), await storage.exists('originals/site/other')]).toEqual([true, false]);
    // Private files: not readable by other users of the machine; no temporary file left behind.
    expect(statSync(join(root, 'media', 'originals', 'site', 'item')).mode & 0o007).toBe(0);
    expect(await readdir(join(root, 'media', 'originals', 'site'))).toEqual(['item']);
  });

  it('should answer null for a missing key and ignore deleting one', async () => {
    expect(await storage.get('public/none/x/file')).toBeNull();
    await expect(storage.delete('public/none/x/file')).resolves.toBeUndefined();
    await storage.put('public/a/b/file', Buffer.from('x'), 'application/pdf');
    await storage.delete('public/a/b/file');
    expect(await storage.exists('public/a/b/file')).toBe(false);
  });

  it('should create nothing on disk until the first write', () => {
    expect(existsSync(join(root, 'media'))).toBe(false);
  });

  it.each(['../etc/passwd', '/etc/passwd', 'originals/../../x', 'a//b', 'a/./b', 'a\\b', '', 'a/b/', 'x/..hidden'])('should refuse the key %j', async (key) => {
    expect(() => assertStorageKey(key)).toThrow('invalid storage key');
    await expect(storage.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow('invalid storage key');
    await expect(storage.get(key)).rejects.toThrow('invalid storage key');
  });
});

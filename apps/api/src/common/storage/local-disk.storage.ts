import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertStorageKey, type MediaStorage, type StorageBody } from './media-storage';

const isMissing = (err: unknown) => (err as { code?: string })?.code === 'ENOENT';

/**
 * Objects as files under one folder (`MEDIA_DIR`, default `CONGXA_DATA_DIR/media`). A write goes to a
 * temporary file beside the target and is renamed into place, so a reader never sees half a file.
 * The folder is created on the first write, not at start.
 */
export class LocalDiskStorage implements MediaStorage {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  describe(): string {
    return `local folder ${this.root}`;
  }

  /** The file of a key; keys are checked, and the result must stay inside the root. */
  pathOf(key: string): string {
    const path = resolve(join(this.root, assertStorageKey(key)));
    if (!path.startsWith(this.root + sep)) throw new Error(`storage key escapes the root: ${key}`);
    return path;
  }

  async put(key: string, data: StorageBody, _contentType: string): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true, mode: 0o750 });
    const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      if (Buffer.isBuffer(data)) await writeFile(tmp, data, { mode: 0o640 });
      else await pipeline(data, createWriteStream(tmp, { mode: 0o640 }));
      await rename(tmp, path);
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  }

  async get(key: string): Promise<Readable | null> {
    try {
      const handle = await open(this.pathOf(key), 'r');
      return handle.createReadStream();
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (err) {
      if (isMissing(err)) return false;
      throw err;
    }
  }
}

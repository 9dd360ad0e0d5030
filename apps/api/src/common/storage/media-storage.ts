import type { Readable } from 'node:stream';

/** What can be written: bytes in memory, or a stream (e.g. of a temporary file). */
export type StorageBody = Buffer | Readable;

/**
 * Where media files live: a local folder by default, an S3-compatible bucket when configured. Keys are
 * relative paths such as `originals/<site>/<id>`; the layout belongs to the caller (see media-keys.ts).
 */
export interface MediaStorage {
  /** Write (or replace) the object at `key`. */
  put(key: string, data: StorageBody, contentType: string): Promise<void>;
  /** The object's bytes, or null when there is none. */
  get(key: string): Promise<Readable | null>;
  /** Remove the object; removing a missing one is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** Where the objects are, for logs ("local folder …", "s3://bucket"). */
  describe(): string;
}

export const MEDIA_STORAGE = Symbol('MEDIA_STORAGE');

const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;

/** Keys are plain relative paths: no `..`, no leading slash, no empty segments, nothing outside [A-Za-z0-9._-]. */
export function assertStorageKey(key: string): string {
  if (key.length > 512 || !KEY_PATTERN.test(key) || key.split('/').some((part) => part === '.' || part === '..' || part.includes('..'))) {
    throw new Error(`invalid storage key: ${JSON.stringify(key)}`);
  }
  return key;
}

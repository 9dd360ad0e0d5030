/**
 * Where a media item's files live in the storage. Two prefixes, so that a bucket policy, a backup rule or
 * a CDN can treat them apart:
 * - `originals/<siteId>/<mediaId>`: the upload exactly as received. Private: no route ever reads it.
 * - `public/<siteId>/<mediaId>/<name>`: the cleaned files the public routes serve (`w640.webp`, `file`).
 */
export const mediaKeys = {
  original: (siteId: string, mediaId: string) => `originals/${siteId}/${mediaId}`,
  publicFile: (siteId: string, mediaId: string, name: string) => `public/${siteId}/${mediaId}/${name}`,
};

export const ORIGINALS_PREFIX = 'originals/';
export const PUBLIC_PREFIX = 'public/';

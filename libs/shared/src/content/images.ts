import type { ContentTypeSchema } from './schema';

/**
 * Alt text of the images an item shows (WCAG 1.1.1; QC on accessible portals): one rule for the admin (the
 * warning beside the image and the Submit button) and the API (the gate on every move into or through
 * review: `MEDIA_ALT_MISSING`). An inline image needs its own non-blank `alt` (what a screen reader of the
 * public page gets) and must be one of the site's images; the cover needs the alt text of its media item.
 */

/** `/api/v1/public/media/<uuid>/…`: the media item an inline image shows. */
const MEDIA_SRC = /\/api\/v1\/public\/media\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\//i;
const IMG_TAG = /<img\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTE = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** An inline image of an HTML field, in document order (`position` from 1 within that field). */
export interface InlineImage {
  field: string;
  position: number;
  src: string;
  mediaId: string | null;
  alt: string | null;
}

/** Where an image lacks its alt text (or is not one of the site's images). */
export type MissingAltPlace =
  | { place: 'cover'; field: string; mediaId: string; reason: MissingAltReason }
  | { place: 'body'; field: string; position: number; src: string; mediaId: string | null; reason: MissingAltReason };

/** `no_alt`: blank or absent alt text; `not_in_library`: not an image of the site's media library. */
export type MissingAltReason = 'no_alt' | 'not_in_library';

/** What the media library says about the images the item names. */
export interface ImageLibraryFacts {
  /** Ids of the site's own images among those asked about. */
  images: ReadonlySet<string>;
  /** Ids of those images whose library alt text is not blank. */
  withAltText: ReadonlySet<string>;
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITY[name.toLowerCase()] ?? whole;
  });
}

function attributes(inside: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of inside.matchAll(ATTRIBUTE)) {
    const name = m[1]!.toLowerCase();
    if (!out.has(name)) out.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return out;
}

/** The inline images of one HTML fragment, in order. */
export function inlineImages(html: string, field = 'body'): InlineImage[] {
  const out: InlineImage[] = [];
  for (const m of html.matchAll(IMG_TAG)) {
    const attrs = attributes(m[1] ?? '');
    const src = attrs.get('src') ?? '';
    out.push({ field, position: out.length + 1, src, mediaId: MEDIA_SRC.exec(src)?.[1]?.toLowerCase() ?? null, alt: attrs.get('alt') ?? null });
  }
  return out;
}

/** Is this alt text blank (absent, empty, or white space only, no-break spaces included)? */
export const isBlankAlt = (alt: string | null | undefined): boolean => !alt || alt.replace(/[\s\u00a0\u200b]+/g, '') === '';

/** The media ids an item's images name (cover and inline), to ask the library about. */
export function imageMediaIds(schema: ContentTypeSchema, content: Record<string, unknown>): string[] {
  const ids = new Set<string>();
  for (const [key, spec] of Object.entries(schema.fields)) {
    const value = content[key];
    if (spec.kind === 'ref' && spec.to === 'image' && typeof value === 'string') ids.add(value);
    if (spec.kind === 'html' && typeof value === 'string') for (const img of inlineImages(value, key)) if (img.mediaId) ids.add(img.mediaId);
  }
  return [...ids];
}

/**
 * Every image of the item that may not go on through review, cover first, then each HTML field's images in
 * order. Empty when all is well.
 */
export function missingAltText(schema: ContentTypeSchema, content: Record<string, unknown>, library: ImageLibraryFacts): MissingAltPlace[] {
  const out: MissingAltPlace[] = [];
  for (const [key, spec] of Object.entries(schema.fields)) {
    const value = content[key];
    if (spec.kind !== 'ref' || spec.to !== 'image' || typeof value !== 'string') continue;
    if (!library.images.has(value)) out.push({ place: 'cover', field: key, mediaId: value, reason: 'not_in_library' });
    else if (!library.withAltText.has(value)) out.push({ place: 'cover', field: key, mediaId: value, reason: 'no_alt' });
  }
  for (const [key, spec] of Object.entries(schema.fields)) {
    const value = content[key];
    if (spec.kind !== 'html' || typeof value !== 'string') continue;
    for (const img of inlineImages(value, key)) {
      const reason: MissingAltReason | null = !img.mediaId || !library.images.has(img.mediaId) ? 'not_in_library' : isBlankAlt(img.alt) ? 'no_alt' : null;
      if (reason) out.push({ place: 'body', field: key, position: img.position, src: img.src, mediaId: img.mediaId, reason });
    }
  }
  return out;
}

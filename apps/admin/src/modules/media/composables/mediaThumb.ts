import type { MediaKind, MediaResponse, MediaVariantResponse } from '@congxa/shared/dto/media';
import { DOCUMENT_VARIANT_NAME, IMAGE_VARIANT_WIDTHS } from '@congxa/shared/dto/media';
import { formatDateTime } from '@congxa/shared/text';

type MediaLike = Pick<MediaResponse, 'kind' | 'variants'>;
export type ImageWidth = (typeof IMAGE_VARIANT_WIDTHS)[number];

function variant(media: MediaLike, name: string): MediaVariantResponse | undefined {
  return media.variants.find((v) => v.name === name);
}

/**
 * The URL of an image's copy about `width` px wide (`w320.webp` for a thumbnail): the smallest copy at
 * least that wide, else the largest there is (a small image is never enlarged, so it may have fewer
 * copies); WebP first, JPEG otherwise. Null for a document or an image without copies.
 */
export function mediaThumb(media: MediaLike, width: ImageWidth = 320): string | null {
  if (media.kind !== 'image') return null;
  const widths = [...IMAGE_VARIANT_WIDTHS].sort((a, b) => a - b);
  const order = [...widths.filter((w) => w >= width), ...widths.filter((w) => w < width).reverse()];
  for (const w of order) {
    const found = variant(media, `w${w}.webp`) ?? variant(media, `w${w}.jpg`);
    if (found) return found.url;
  }
  return null;
}

/**
 * The thumbnail of an image known only by its id (a site's logo): every image has a `w320.webp` copy (one
 * narrower than 320 px is kept at its own width).
 */
export const publicThumb = (id: string): string => `/api/v1/public/media/${encodeURIComponent(id)}/w320.webp`;

/**
 * The public link to share or paste elsewhere: the largest JPEG of an image (every browser and mail
 * client shows it), the file of a document. Absolute when an origin is given.
 */
export function mediaLink(media: MediaLike, origin?: string): string | null {
  let url: string | undefined;
  if (media.kind === 'document') url = variant(media, DOCUMENT_VARIANT_NAME)?.url;
  else {
    const widths = [...IMAGE_VARIANT_WIDTHS].sort((a, b) => b - a);
    for (const w of widths) {
      url = variant(media, `w${w}.jpg`)?.url ?? variant(media, `w${w}.webp`)?.url;
      if (url) break;
    }
  }
  if (!url) return null;
  return origin ? new URL(url, origin).href : url;
}

/** An image that cannot go into a published article yet: it has no alt text. */
export function needsAltText(media: Pick<MediaResponse, 'kind' | 'altText'>): boolean {
  return media.kind === 'image' && !media.altText?.trim();
}

/** The short format name shown on a document's icon: PDF, DOCX (or the file's extension). */
export function documentLabel(media: Pick<MediaResponse, 'mimeType' | 'originalName'>): string {
  if (media.mimeType === 'application/pdf') return 'PDF';
  if (media.mimeType.includes('wordprocessingml')) return 'DOCX';
  const ext = /\.([a-z0-9]{1,5})$/i.exec(media.originalName)?.[1];
  return ext ? ext.toUpperCase() : '?';
}

/** Which library kind a chosen file will most likely be (the API decides from the bytes). */
export function guessKind(file: Pick<File, 'name' | 'type'>): MediaKind | null {
  if (/^image\//.test(file.type) || /\.(jpe?g|png|webp|gif)$/i.test(file.name)) return 'image';
  if (/pdf|wordprocessingml/.test(file.type) || /\.(pdf|docx)$/i.test(file.name)) return 'document';
  return null;
}

/** The `accept` of a file input for a kind of media (all accepted formats without one). */
export function acceptFor(kind?: MediaKind | null): string {
  const images = 'image/jpeg,image/png,image/webp,image/gif,.jpg,.jpeg,.png,.webp,.gif';
  const documents = 'application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,.pdf,.docx';
  if (kind === 'image') return images;
  if (kind === 'document') return documents;
  return `${images},${documents}`;
}

/** "2026-03-01T01:30:00Z" → "01/03/2026 08:30": day first, Vietnam's time, whatever the browser's language. */
export function mediaDateTime(iso: string): string {
  return formatDateTime(iso);
}

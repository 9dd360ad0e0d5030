import type { MediaResponse, MediaVariantResponse } from '@congxa/shared/dto/media';

/**
 * `/api/v1/public/media/<uuid>/<variant>.(webp|jpg)`: the only image addresses the server's sanitiser
 * keeps (its `DEFAULT_MEDIA_URL_PATTERN`). Any other image is left out of the document.
 */
export const MEDIA_SRC_PATTERN = /^\/api\/v1\/public\/media\/[0-9a-f-]{36}\/[a-z0-9_-]+\.(webp|jpg)$/;

/** An image of the article as the editor keeps it: `<figure><img …><figcaption>…</figcaption></figure>`. */
export interface FigureAttrs {
  src: string;
  alt: string;
  width: number | null;
  height: number | null;
  /** Plain text; empty means no figcaption. */
  caption: string;
}

export const isMediaSrc = (src: string | null | undefined): src is string => !!src && MEDIA_SRC_PATTERN.test(src);

/** The preferred variant name: 1280 px wide JPEG (every browser shows it). */
export const PREFERRED_VARIANT = 'w1280.jpg';

function variantSrc(media: Pick<MediaResponse, 'id'>, variant: MediaVariantResponse): string | null {
  if (isMediaSrc(variant.url)) return variant.url;
  const built = `/api/v1/public/media/${media.id}/${variant.name}`;
  return isMediaSrc(built) ? built : null;
}

/**
 * The variant an article shows for a media item: `w1280.jpg`, otherwise the widest JPEG, otherwise the
 * widest WebP (a small original has no larger copies). Null for a document or an item with no image copy.
 */
export function articleVariant(media: Pick<MediaResponse, 'id' | 'kind' | 'variants'>): { src: string; variant: MediaVariantResponse } | null {
  if (media.kind !== 'image') return null;
  const usable = media.variants
    .map((variant) => ({ variant, src: variantSrc(media, variant) }))
    .filter((v): v is { variant: MediaVariantResponse; src: string } => v.src !== null);
  const preferred = usable.find((v) => v.variant.name === PREFERRED_VARIANT);
  if (preferred) return preferred;
  const rank = (v: { variant: MediaVariantResponse }) => (v.variant.name.endsWith('.jpg') ? 1 : 0) * 1e6 + (v.variant.width ?? 0);
  return [...usable].sort((a, b) => rank(b) - rank(a))[0] ?? null;
}

/** The figure to insert for a media item, with the alt text and caption chosen in the dialog. */
export function figureFromMedia(media: Pick<MediaResponse, 'id' | 'kind' | 'variants'>, alt: string, caption: string): FigureAttrs | null {
  const chosen = articleVariant(media);
  if (!chosen) return null;
  return {
    src: chosen.src,
    alt: alt.trim(),
    width: chosen.variant.width,
    height: chosen.variant.height,
    caption: caption.trim(),
  };
}

import type { Page } from '@congxa/shared/dto/common';
import type { PublicArticle, PublicArticleSummary } from '@congxa/shared/dto/public-articles';
import type { PortalApi } from '../../core/http';

export const ARTICLES_PAGE_SIZE = 10;

export function fetchArticles(api: PortalApi, opts: { page?: number; pageSize?: number; category?: string }): Promise<Page<PublicArticleSummary>> {
  const q = new URLSearchParams({ page: String(opts.page ?? 1), pageSize: String(opts.pageSize ?? ARTICLES_PAGE_SIZE) });
  if (opts.category) q.set('category', opts.category);
  return api.get<Page<PublicArticleSummary>>(`/public/articles?${q}`);
}

export function fetchArticle(api: PortalApi, slug: string): Promise<PublicArticle> {
  return api.get<PublicArticle>(`/public/articles/${encodeURIComponent(slug)}`);
}

/** The public files of an image (the media library's variants, 320/640/1280 px wide, WebP and JPEG). */
export const mediaUrl = (id: string, width: 320 | 640 | 1280, format: 'webp' | 'jpg') => `/api/v1/public/media/${id}/w${width}.${format}`;

export const srcset = (id: string, format: 'webp' | 'jpg') => ([320, 640, 1280] as const).map((w) => `${mediaUrl(id, w, format)} ${w}w`).join(', ');

const MEDIA_IMG = /<img\b([^>]*?)\bsrc="(\/api\/v1\/public\/media\/([0-9a-f-]{36})\/w(?:320|640|1280)\.(webp|jpg))"([^>]*)>/g;

/**
 * The article body as the API sent it (sanitised), with its images made light for phones: every width of
 * the variant offered (`srcset`), loaded only when scrolled to, decoded off the main thread.
 */
export function responsiveBody(html: string): string {
  return html.replace(MEDIA_IMG, (_m, before: string, src: string, id: string, format: 'webp' | 'jpg', after: string) => {
    const rest = `${before}${after}`.replace(/\s+$/, '');
    return `<img${rest} src="${src}" srcset="${srcset(id, format)}" sizes="(max-width: 760px) 100vw, 720px" loading="lazy" decoding="async">`;
  });
}

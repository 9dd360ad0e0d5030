import type { ContentType } from '@congxa/shared/content';
import type { PublicSearchItem } from '@congxa/shared/dto/search';
import type { SearchHit } from './search-documents.repository';
import { snippet } from './snippet';

/** A result as the public sees it: the snippet is escaped HTML with the hits marked. */
export function toSearchItem(h: SearchHit, words: ReadonlySet<string>): PublicSearchItem {
  return {
    type: h.type as ContentType,
    slug: h.slug,
    url: h.url,
    title: h.title,
    snippet: snippet(h.text || h.title, words),
    publishedAt: h.publishedAt.toISOString(),
  };
}

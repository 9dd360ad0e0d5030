import { IsIn, IsString, Length } from 'class-validator';
import { CONTENT_TYPE_NAMES, type ContentType } from '../content/types';
import { PageQuery, Trim } from './common';
import { IsOptionalNotNull } from './validators';

/** The longest search people may type (characters, after NFC and trimming). */
export const SEARCH_QUERY_MAX_LENGTH = 200;

/** At most this many results of one search can be paged through (`total` never says more). */
export const SEARCH_MAX_RESULTS = 1000;

/**
 * `GET /public/search?q=&type=&page=&pageSize=`: words with or without Vietnamese marks (`quyet dinh` finds
 * "Quyết định"), `"…"` for a phrase, document numbers as written (`12/QĐ-UBND`).
 */
export class PublicSearchQuery extends PageQuery {
  @Trim()
  @IsString()
  @Length(1, SEARCH_QUERY_MAX_LENGTH)
  q!: string;

  /** Only items of this type (`article`, `page`). */
  @IsOptionalNotNull()
  @IsIn(CONTENT_TYPE_NAMES)
  type?: ContentType;
}

/** One result. */
export interface PublicSearchItem {
  type: ContentType;
  slug: string;
  /** The item's path on the portal (`/tin-tuc/<slug>`, a page's `/gioi-thieu/lich-su`). */
  url: string;
  /** Plain text, as typed: escape it. */
  title: string;
  /**
   * An excerpt of the text around the first hit, **HTML**: the text is escaped and the hits are wrapped in
   * `<mark>…</mark>`; nothing else. Insert it as HTML.
   */
  snippet: string;
  publishedAt: string;
}

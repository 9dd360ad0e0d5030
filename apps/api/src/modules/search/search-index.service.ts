import { Injectable } from '@nestjs/common';
import { SearchDocumentsRepository } from './search-documents.repository';
import { documentLexemes, vocabularyWords } from './search-text';

/**
 * The format of the stored lexemes (search-text.ts). Raise it when that format changes: the backfill then
 * rebuilds every document written by an older version.
 */
export const SEARCH_FORMAT_VERSION = 1;

/** What the publishing core hands over for one live item (see ContentTypeDefinition.searchDocument). */
export interface SearchDocumentInput {
  itemId: string;
  siteId: string;
  type: string;
  slug: string;
  /** The item's path on the portal. */
  url: string;
  title: string;
  /** Plain text (no HTML), one line per block. */
  text: string;
  publishedAt: Date;
  updatedAt: Date;
}

/**
 * The write side of the public search, for the publishing core: it calls `put` and `remove` inside the
 * transaction that changes what is live, so the search never shows what the public cannot read.
 */
@Injectable()
export class SearchIndexService {
  constructor(private readonly repo: SearchDocumentsRepository) {}

  put(doc: SearchDocumentInput): Promise<void> {
    return this.repo.upsert({
      ...doc,
      lexemes: documentLexemes(doc.title, doc.text, doc.publishedAt),
      words: vocabularyWords(`${doc.title}\n${doc.text}`),
      version: SEARCH_FORMAT_VERSION,
    });
  }

  remove(itemIds: readonly string[]): Promise<void> {
    return this.repo.remove(itemIds);
  }

  /** Those of the items whose document is there and current (the backfill skips them). */
  current(itemIds: readonly string[]): Promise<Set<string>> {
    return this.repo.withVersion(itemIds, SEARCH_FORMAT_VERSION);
  }
}

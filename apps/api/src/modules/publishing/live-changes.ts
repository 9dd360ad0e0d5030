import { Injectable } from '@nestjs/common';
import { PublicCache } from '../../common/cache/public-cache';
import type { ContentTypeDefinition } from './content-types';
import { SearchIndexer } from './search-indexer';

/**
 * The one hook for "what the public sees of an item changed" (a move on the live side, an edition going
 * live, a live item's new address or place in the tree): the search document follows in the same
 * transaction, and the site's public cache is dropped when the transaction commits — in this process and,
 * through PostgreSQL NOTIFY, in every other one.
 */
@Injectable()
export class LiveChanges {
  constructor(
    private readonly search: SearchIndexer,
    private readonly cache: PublicCache,
  ) {}

  async changed(def: ContentTypeDefinition, siteId: string, itemId: string): Promise<void> {
    await this.search.refresh(def, siteId, itemId);
    await this.cache.invalidate(siteId);
  }
}

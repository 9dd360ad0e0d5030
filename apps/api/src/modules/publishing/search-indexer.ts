import { Injectable, Logger } from '@nestjs/common';
import type { ContentTypeSchema } from '@congxa/shared/content';
import { PublicCache } from '../../common/cache/public-cache';
import { Db } from '../../common/database/db.service';
import { SearchIndexService } from '../search/search-index.service';
import { htmlToText } from './content';
import { ContentTypes, type ContentTypeDefinition } from './content-types';
import { contentOf } from './content-values';
import { type LiveItem, PublicContentRepository } from './public-content.repository';

/**
 * The searchable text of a content: the fields the schema marks `searchable: 'text'`, HTML as the text a
 * reader sees, tags one per line. The title is the document's own field.
 */
export function searchableText(schema: ContentTypeSchema, content: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [key, spec] of Object.entries(schema.fields)) {
    if (spec.searchable !== 'text') continue;
    const value = content[key];
    if (typeof value === 'string') parts.push(spec.kind === 'html' ? htmlToText(value) : value);
    else if (Array.isArray(value)) parts.push(value.filter((v): v is string => typeof v === 'string').join('\n'));
  }
  return parts.filter((p) => p.trim() !== '').join('\n');
}

/** Items looked at per backfill transaction (their rows stay locked while their documents are built). */
const BACKFILL_BATCH = 50;

/**
 * Keeps the public search (modules/search) in step with what is live, for every type that declares a
 * search document. `refresh` runs inside the transaction of every move that changes what is live (publish,
 * republish, re-approval of an edited live item, unpublish, archive, the scheduler's publish and take-down)
 * and of a save that moves a live item (slug, place in the tree); `backfill` indexes what was live before the
 * search existed, or was written by an older format.
 */
@Injectable()
export class SearchIndexer {
  private readonly logger = new Logger('Search');
  private backfilled = false;

  constructor(
    private readonly db: Db,
    private readonly types: ContentTypes,
    private readonly live: PublicContentRepository,
    private readonly index: SearchIndexService,
    private readonly cache: PublicCache,
  ) {}

  /** Bring the item's document (or, for a type whose documents hang on each other, the type's) in line with what is live. */
  async refresh(def: ContentTypeDefinition, siteId: string, itemId: string): Promise<void> {
    if (!def.searchDocument) return;
    const lives = def.searchWholeType ? await this.live.all(siteId, def.schema.type) : await this.live.byIds([itemId]);
    const gone: string[] = def.searchWholeType || lives.length ? [] : [itemId];
    for (const live of lives) if (!(await this.write(def, live))) gone.push(live.item.id);
    await this.index.remove(gone);
  }

  /**
   * Index every published item that has no current document, `BACKFILL_BATCH` at a time, each batch in a
   * transaction that locks its items (a concurrent move waits, then re-indexes what it changed). Once a
   * pass has looked at every item, later calls in this process return at once: from then on every change
   * goes through `refresh`. Returns the number of documents written.
   */
  async backfill(): Promise<number> {
    if (this.backfilled) return 0;
    let written = 0;
    let after: string | null = null;
    for (;;) {
      const ids = await this.live.publishedIds(after, 500);
      if (ids.length === 0) break;
      after = ids[ids.length - 1]!;
      const current = await this.index.current(ids);
      const missing = ids.filter((id) => !current.has(id));
      for (let i = 0; i < missing.length; i += BACKFILL_BATCH) {
        written += await this.db.transaction(async () => {
          const locked = await this.live.lockPublished(missing.slice(i, i + BACKFILL_BATCH));
          let n = 0;
          const sites = new Set<string>();
          for (const live of await this.live.byIds(locked)) {
            if (this.types.has(live.item.type) && (await this.write(this.types.get(live.item.type), live))) {
              n++;
              sites.add(live.item.siteId);
            }
          }
          // Their sites' searches find more now.
          for (const site of sites) await this.cache.invalidate(site);
          return n;
        });
      }
    }
    this.backfilled = true;
    if (written) this.logger.log(`search: ${written} documents indexed`);
    return written;
  }

  /** Write the document of a live item; false when it has none (not published, or not reachable). */
  private async write(def: ContentTypeDefinition, live: LiveItem): Promise<boolean> {
    if (!def.searchDocument || live.item.liveStatus !== 'published') return false;
    const doc = await def.searchDocument({ item: live.item, content: contentOf(def.schema, live.live) });
    if (!doc) return false;
    const publishedAt = live.item.publishedAt ?? live.item.createdAt;
    await this.index.put({
      itemId: live.item.id,
      siteId: live.item.siteId,
      type: live.item.type,
      slug: live.item.slug,
      url: doc.path,
      title: doc.title,
      text: doc.text,
      publishedAt,
      updatedAt: live.item.liveUpdatedAt ?? publishedAt,
    });
    return true;
  }
}

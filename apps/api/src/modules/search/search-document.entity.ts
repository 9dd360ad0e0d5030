import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ContentItemEntity } from '../publishing/content-item.entity';
import { SiteEntity } from '../sites/site.entity';

/**
 * The public search's copy of what is live: one row per published item that the public can reach, written by
 * the publishing core in the same transaction as the move that changed what is live (see search-indexer.ts
 * in modules/publishing). `lexemes` holds the ready-made lexemes of search-text.ts; its GIN index is
 * hand-written (migration SearchIndexes), hence `synchronize: false`, and so is the table's storage setting
 * (`toast_tuple_target = 128`: the text and lexemes live in TOAST, the heap row stays ~200 bytes, so a bitmap
 * over thousands of matches reads few pages).
 */
@Entity('search_documents')
// Most recent first within a site: the order of a tier of results, and how large tiers are read.
@Index('ix_search_documents_site_published', ['siteId', 'publishedAt', 'itemId'])
export class SearchDocumentEntity {
  @PrimaryColumn({ type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => ContentItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: Relation<ContentItemEntity>;

  @Column({ type: 'uuid' })
  siteId!: string;

  @ManyToOne(() => SiteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'site_id' })
  site?: Relation<SiteEntity>;

  @Column({ type: 'varchar', length: 30 })
  type!: string;

  @Column({ type: 'varchar', length: 160 })
  slug!: string;

  /** The item's path on the portal. */
  @Column({ type: 'varchar', length: 1000 })
  url!: string;

  @Column({ type: 'text' })
  title!: string;

  /** The searchable text besides the title (summary, body without HTML, tags), one line per block. */
  @Column({ type: 'text' })
  text!: string;

  @Index('ix_search_documents_lexemes', { synchronize: false })
  @Column({ type: 'tsvector', select: false })
  lexemes!: string;

  /** First publication. */
  @Column({ type: 'timestamptz' })
  publishedAt!: Date;

  /** When the live content last changed. */
  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  /** The format of `lexemes` (SEARCH_FORMAT_VERSION); older rows are rebuilt by the backfill. */
  @Column({ type: 'smallint' })
  version!: number;
}

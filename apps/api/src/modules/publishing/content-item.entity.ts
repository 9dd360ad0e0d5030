import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { LiveState } from '@congxa/shared/workflow';
import { SiteEntity } from '../sites/site.entity';
import { UserEntity } from '../users/user.entity';
import { ContentEditionEntity } from './content-edition.entity';

/**
 * A publishable item of any type: what is the item's own (site, type, slug, place in a tree), which
 * edition is being shown to staff (`current`) and which one the public sees (`live`), and the live status.
 * Content lives in revisions; the workflow status of each edition in its own row.
 */
@Entity('content_items')
@Index('uq_content_items_site_type_slug', ['siteId', 'type', 'slug'], { unique: true })
@Index('ix_content_items_site_type_live', ['siteId', 'type', 'liveStatus', 'publishedAt'])
// The staff list's default order (last change first) within a site's type.
@Index('ix_content_items_site_type_updated', ['siteId', 'type', 'updatedAt'])
// The public lists (newest first, read backwards), whole and by category or field, and their counts.
@Index('ix_content_items_public', ['siteId', 'type', 'publishedAt', 'id'], { where: `"live_status" = 'published'` })
@Index('ix_content_items_public_category', ['siteId', 'type', 'liveCategoryId', 'publishedAt', 'id'], { where: `"live_status" = 'published'` })
@Index('ix_content_items_public_field', ['siteId', 'type', 'liveFieldId', 'publishedAt', 'id'], { where: `"live_status" = 'published'` })
@Check('ck_content_items_type', `"type" IN ('article', 'page', 'document', 'procedure', 'schedule')`)
@Check('ck_content_items_live_status', `"live_status" IN ('published', 'unpublished', 'archived')`)
@Check('ck_content_items_live_pair', `("live_status" IS NULL) = ("live_edition_id" IS NULL)`)
@Check('ck_content_items_revision', `"revision" >= 1`)
export class ContentItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  siteId!: string;

  @ManyToOne(() => SiteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'site_id' })
  site?: Relation<SiteEntity>;

  @Column({ type: 'varchar', length: 30 })
  type!: string;

  @Column({ type: 'varchar', length: 160 })
  slug!: string;

  /** Who created the item. */
  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<UserEntity> | null;

  /** The edition staff work on and see (the live one when nothing else is being worked on). */
  @Column({ type: 'uuid', nullable: true })
  currentEditionId!: string | null;

  @ManyToOne(() => ContentEditionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'current_edition_id' })
  currentEdition?: Relation<ContentEditionEntity> | null;

  /** The edition the public sees; null before the first publication. */
  @Column({ type: 'uuid', nullable: true })
  liveEditionId!: string | null;

  @ManyToOne(() => ContentEditionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'live_edition_id' })
  liveEdition?: Relation<ContentEditionEntity> | null;

  /** Written only by the publishing core's transition(). */
  @Column({ type: 'varchar', length: 20, nullable: true })
  liveStatus!: LiveState | null;

  /** The latest revision number of the item (every save is one); a save must carry it. */
  @Column({ type: 'integer', default: 1 })
  revision!: number;

  /** First publication. */
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** When the live content or status last changed (shown on the public page). */
  @Column({ type: 'timestamptz', nullable: true })
  liveUpdatedAt!: Date | null;

  /**
   * The category and field of what the public sees (the live edition's approved revision), copied here by
   * a trigger whenever `live_edition_id` is written, so the public lists filter and count on this table
   * alone. Never written by the application.
   */
  @Column({ type: 'uuid', nullable: true })
  liveCategoryId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  liveFieldId!: string | null;

  /** Place in a tree (pages): the parent item and the position among its siblings. */
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => ContentItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Relation<ContentItemEntity> | null;

  @Column({ type: 'integer', default: 0 })
  position!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ArticleState } from '@congxa/shared/workflow';
import { SiteEntity } from '../sites/site.entity';
import { UserEntity } from '../users/user.entity';
import { ArticleContent } from './article-content';

/**
 * An article: its working content (the edition being written or reviewed), its workflow status, and a
 * pointer to the live revision the public sees. Editing a live article opens a new edition (edition + 1)
 * while `liveRevisionId` keeps serving the approved one.
 */
@Entity('articles')
@Index('uq_articles_site_slug', ['siteId', 'slug'], { unique: true })
@Index('ix_articles_site_live', ['siteId', 'liveStatus', 'publishedAt'])
@Index('ix_articles_site_status', ['siteId', 'status'])
export class ArticleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  siteId!: string;

  @ManyToOne(() => SiteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'site_id' })
  site?: SiteEntity;

  @Column({ type: 'varchar', length: 160 })
  slug!: string;

  @Column(() => ArticleContent, { prefix: false })
  content!: ArticleContent;

  /** Who created the article. */
  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity | null;

  /** Who opened the current edition (the author for edition 1): the workflow's "author". */
  @Column({ type: 'uuid', nullable: true })
  editionAuthorId!: string | null;

  @Column({ type: 'integer', default: 1 })
  edition!: number;

  /** Workflow status of the current edition (the live status when no edition is being worked on). */
  @Column({ type: 'varchar', length: 30, default: 'draft' })
  status!: ArticleState;

  /** The editor the item is assigned to (assign). */
  @Column({ type: 'uuid', nullable: true })
  assigneeId!: string | null;

  /** Submitter's confirmation that the content holds no state-secret information. */
  @Column({ type: 'boolean', default: false })
  noSecretConfirmed!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  /** Latest revision number (every save is a revision); PATCH must carry it. */
  @Column({ type: 'integer', default: 1 })
  revision!: number;

  /** What the public sees: the approved revision and its status; null before the first approval. */
  @Column({ type: 'uuid', nullable: true })
  liveRevisionId!: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  liveStatus!: ArticleState | null;

  /** An approved edition waiting for its publication time. */
  @Column({ type: 'uuid', nullable: true })
  scheduledRevisionId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  unpublishAt!: Date | null;

  /** First publication. */
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** When the live content last changed (shown on the public page). */
  @Column({ type: 'timestamptz', nullable: true })
  liveUpdatedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  approvedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { EditionState } from '@congxa/shared/workflow';
import { SiteEntity } from '../sites/site.entity';
import { UserEntity } from '../users/user.entity';
import { ContentItemEntity } from './content-item.entity';
import { ContentRevisionEntity } from './content-revision.entity';

/**
 * One edition of an item: its own workflow status, assignee, approval and scheduled times, and its
 * revisions. Editing a live item opens edition n + 1 while edition n keeps being served.
 */
@Entity('content_editions')
@Index('uq_content_editions_item_number', ['itemId', 'number'], { unique: true })
@Index('ix_content_editions_site_status', ['siteId', 'status'])
@Check(
  'ck_content_editions_status',
  `"status" IN ('draft', 'submitted', 'in_review', 'verified', 'pending_approval', 'scheduled', 'published', 'returned', 'rejected', 'unpublished', 'superseded')`,
)
@Check('ck_content_editions_number', `"number" >= 1`)
export class ContentEditionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => ContentItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: Relation<ContentItemEntity>;

  @Column({ type: 'uuid' })
  siteId!: string;

  @ManyToOne(() => SiteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'site_id' })
  site?: Relation<SiteEntity>;

  @Column({ type: 'integer' })
  number!: number;

  /** Written only by the publishing core's transition(). */
  @Column({ type: 'varchar', length: 20 })
  status!: EditionState;

  /** Who opened the edition: the workflow's "author" (submit, withdraw). */
  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<UserEntity> | null;

  @Column({ type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_id' })
  assignee?: Relation<UserEntity> | null;

  /** The submitter's confirmation that the content holds no state-secret information. */
  @Column({ type: 'boolean', default: false })
  noSecretConfirmed!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  /** The edition's latest revision (its working content). */
  @Column({ type: 'uuid', nullable: true })
  headRevisionId!: string | null;

  @ManyToOne(() => ContentRevisionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'head_revision_id' })
  headRevision?: Relation<ContentRevisionEntity> | null;

  /** The revision the chief approved: what goes live. */
  @Column({ type: 'uuid', nullable: true })
  approvedRevisionId!: string | null;

  @ManyToOne(() => ContentRevisionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'approved_revision_id' })
  approvedRevision?: Relation<ContentRevisionEntity> | null;

  @Column({ type: 'uuid', nullable: true })
  approvedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'approved_by_id' })
  approvedBy?: Relation<UserEntity> | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  /** A scheduled edition goes live at this time. */
  @Column({ type: 'timestamptz', nullable: true })
  publishAt!: Date | null;

  /** Once live, the edition is taken down at this time. */
  @Column({ type: 'timestamptz', nullable: true })
  unpublishAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

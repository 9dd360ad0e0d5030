import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { RevisionReason } from '@congxa/shared/dto/content';
import { CategoryEntity } from '../categories/category.entity';
import { FieldEntity } from '../fields/field.entity';
import { MediaEntity } from '../media/media.entity';
import { UserEntity } from '../users/user.entity';
import { ContentEditionEntity } from './content-edition.entity';
import { ContentItemEntity } from './content-item.entity';

/** The title column's length: the longest of the schemas' title limits (a test compares them). */
export const TITLE_MAX = 500;

/**
 * A saved version of an item's content, never changed (a trigger refuses UPDATE); restoring one makes a
 * new revision. The title and the references the core checks are columns with foreign keys; the rest of
 * the type's declared fields are in `content`.
 */
@Entity('content_revisions')
@Index('uq_content_revisions_item_number', ['itemId', 'number'], { unique: true })
@Index('ix_content_revisions_edition', ['editionId'])
@Check('ck_content_revisions_reason', `"reason" IN ('create', 'edit', 'edition', 'restore', 'import')`)
export class ContentRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => ContentItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: Relation<ContentItemEntity>;

  @Column({ type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => ContentEditionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id' })
  edition?: Relation<ContentEditionEntity>;

  @Column({ type: 'uuid' })
  siteId!: string;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'varchar', length: 20 })
  reason!: RevisionReason;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<UserEntity> | null;

  @Column({ type: 'varchar', length: TITLE_MAX })
  title!: string;

  @Column({ type: 'uuid', nullable: true })
  categoryId!: string | null;

  @ManyToOne(() => CategoryEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'category_id' })
  category?: Relation<CategoryEntity> | null;

  @Column({ type: 'uuid', nullable: true })
  fieldId!: string | null;

  @ManyToOne(() => FieldEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'field_id' })
  field?: Relation<FieldEntity> | null;

  @Column({ type: 'uuid', nullable: true })
  coverMediaId!: string | null;

  @ManyToOne(() => MediaEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'cover_media_id' })
  coverMedia?: Relation<MediaEntity> | null;

  /** The type's other declared fields. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  content!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

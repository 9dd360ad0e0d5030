import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { ContentEditionEntity } from './content-edition.entity';
import { ContentItemEntity } from './content-item.entity';

/**
 * One move of the workflow table: who (or which system job) did what, from which status to which, on
 * which revision, with which note. Every status change of every item leaves exactly one such row.
 * Append-only (a trigger refuses UPDATE and DELETE), like the audit log.
 */
@Entity('content_transitions')
@Index('ix_content_transitions_item', ['itemId', 'createdAt'])
export class ContentTransitionEntity {
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

  /** The edition's number, for reading the history without a join. */
  @Column({ type: 'integer' })
  editionNumber!: number;

  /** A move of the shared table (`WORKFLOW_MOVES`). */
  @Column({ type: 'varchar', length: 30 })
  action!: string;

  /** `edition` or `live`: which status moved. */
  @Column({ type: 'varchar', length: 10 })
  side!: string;

  @Column({ type: 'varchar', length: 30 })
  fromState!: string;

  @Column({ type: 'varchar', length: 30 })
  toState!: string;

  /** Null when the system acted (then `systemActor` names the job). */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'actor_id' })
  actor?: Relation<UserEntity> | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  systemActor!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** The revision the move acted on. */
  @Column({ type: 'integer' })
  revisionNumber!: number;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

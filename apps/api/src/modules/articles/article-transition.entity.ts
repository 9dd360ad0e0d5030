import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One step of the workflow: who did what, from which state to which, on which revision, with which note.
 * Append-only (a trigger refuses UPDATE and DELETE), like the audit log.
 */
@Entity('article_transitions')
@Index('ix_article_transitions_article', ['articleId', 'createdAt'])
export class ArticleTransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  articleId!: string;

  @Column({ type: 'uuid' })
  siteId!: string;

  @Column({ type: 'integer' })
  edition!: number;

  /** A table action, or `publish_scheduled` / `unpublish_scheduled` done by the scheduler. */
  @Column({ type: 'varchar', length: 40 })
  action!: string;

  @Column({ type: 'varchar', length: 30 })
  fromState!: string;

  @Column({ type: 'varchar', length: 30 })
  toState!: string;

  /** Null for the scheduler (SYSTEM). */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** The revision the action acted on. */
  @Column({ type: 'integer' })
  revisionNumber!: number;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

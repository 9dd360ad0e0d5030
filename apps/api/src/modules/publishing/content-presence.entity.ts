import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { ContentItemEntity } from './content-item.entity';

/**
 * Who has an item open right now: one row per person and item (several tabs share it), refreshed by the
 * admin's heartbeat every ~10 s. In PostgreSQL so every API process sees every heartbeat. Rows whose
 * heartbeat is older than a few minutes are pruned by the next heartbeat anywhere.
 */
@Entity('content_presence')
@Index('ix_content_presence_seen_at', ['seenAt'])
export class ContentPresenceEntity {
  @PrimaryColumn({ type: 'uuid' })
  itemId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => ContentItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: Relation<ContentItemEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  /** Since when the person has had the item open without a gap longer than the presence window. */
  @Column({ type: 'timestamptz' })
  since!: Date;

  /** The latest heartbeat. */
  @Column({ type: 'timestamptz' })
  seenAt!: Date;

  /** The latest heartbeat that said "editing" (from any of the person's tabs). */
  @Column({ type: 'timestamptz', nullable: true })
  editingAt!: Date | null;
}

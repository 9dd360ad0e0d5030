import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

export type ActionTokenPurpose = 'invite' | 'reset';

/** A one-time set-password link (invitation or reset), stored as its SHA-256 hash. */
@Entity('action_tokens')
export class ActionTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_action_tokens_user')
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 10 })
  purpose!: ActionTokenPurpose;

  @Index('uq_action_tokens_hash', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

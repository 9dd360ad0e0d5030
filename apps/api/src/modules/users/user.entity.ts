import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored normalised: NFC, trimmed, lower case. */
  @Index('uq_users_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  fullName!: string;

  /** argon2id; null until the person sets a password from the invitation link. */
  @Column({ type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'boolean', default: false })
  isPlatformAdmin!: boolean;

  @Column({ type: 'boolean', default: true })
  isActive!: boolean;

  /** Bumped to invalidate every access token issued before (password change, removal). */
  @Column({ type: 'integer', default: 1 })
  sessionVersion!: number;

  /** Workflow notifications also by e-mail (invitations and password resets are always mailed). */
  @Column({ type: 'boolean', default: true })
  emailNotifications!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { MailAudience, MailStatus } from '@congxa/shared/dto/notifications';

/**
 * One outgoing e-mail (the transactional outbox). Written in the same transaction as the change that
 * causes it, so a rolled-back change sends nothing; the dispatcher sends `pending` rows through SMTP.
 * `held` rows (no SMTP configured) are only read in the admin outbox. Bodies may carry one-time links:
 * who may read a row is decided by `audience`, and for a mail carrying a set-password link by what that link
 * would grant today (`actionTokenId`; see OutboxService).
 */
@Entity('mail_outbox')
@Index('ix_mail_outbox_status_next', ['status', 'nextAttemptAt'])
@Index('ix_mail_outbox_site_created', ['siteId', 'createdAt'])
export class MailOutboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The site the mail is about; null for account mail (password resets), readable by platform admins only. */
  @Column({ type: 'uuid', nullable: true })
  siteId!: string | null;

  /**
   * The foreign key to `sites`, its target named by table: common never imports a module's entity. Only
   * there for the constraint (and the drift check); nothing loads it.
   */
  @ManyToOne('sites', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'site_id' })
  site?: unknown;

  @Column({ type: 'varchar', length: 254 })
  toAddress!: string;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ type: 'text' })
  textBody!: string;

  @Column({ type: 'text', nullable: true })
  htmlBody!: string | null;

  /** What the mail is: `invite`, `reset`, or the notification kind (`article.assigned`, ...). */
  @Column({ type: 'varchar', length: 60 })
  kind!: string;

  /** Who may read it in the outbox: the site's board, its chief only, or platform admins only. */
  @Column({ type: 'varchar', length: 10, default: 'board' })
  audience!: MailAudience;

  /**
   * The one-time link (invitation) the body carries, if any: the outbox shows the link only while that token
   * is unused and unexpired, and only to readers who could grant what it would let its holder in as today.
   */
  @Column({ type: 'uuid', nullable: true })
  actionTokenId!: string | null;

  @ManyToOne('action_tokens', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'action_token_id' })
  actionToken?: unknown;

  @Column({ type: 'varchar', length: 10 })
  status!: MailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** When the dispatcher may (re)try a pending row: pushed forward while a send is in flight and after a failure. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}

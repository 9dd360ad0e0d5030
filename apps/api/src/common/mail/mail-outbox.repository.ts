import { Injectable } from '@nestjs/common';
import { Brackets } from 'typeorm';
import type { SiteRole } from '@congxa/shared/authz';
import type { MailAudience, MailStatus } from '@congxa/shared/dto/notifications';
import { Db } from '../database/db.service';
import { MailOutboxEntity } from './mail-outbox.entity';

export type NewMailRow = Pick<
  MailOutboxEntity,
  'siteId' | 'toAddress' | 'subject' | 'textBody' | 'htmlBody' | 'kind' | 'audience' | 'status' | 'actionTokenId'
>;

/** A pending mail the dispatcher has claimed: its send is in flight until `lease` seconds have passed. */
export interface ClaimedMail {
  id: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  /** Attempts including this one. */
  attempts: number;
}

/** What a reader of the outbox may see: the rows of one site for its audiences, and (platform admins) account mail. */
export interface OutboxFilter {
  siteId: string;
  audiences: MailAudience[];
  includeSiteless: boolean;
  /**
   * The site roles the reader may grant, or null for anything anywhere (platform admins). A mail whose
   * still-valid link would let someone in with another role, or into another site, is left out.
   */
  grantableRoles: SiteRole[] | null;
  status?: MailStatus;
}

@Injectable()
export class MailOutboxRepository {
  constructor(private readonly db: Db) {}

  /** Joins the caller's transaction (through Db), so a rolled-back change leaves no mail behind. */
  async insert(row: NewMailRow): Promise<MailOutboxEntity> {
    const repo = this.db.repo(MailOutboxEntity);
    return repo.save(repo.create(row));
  }

  /**
   * Claims up to `limit` due pending mails in one statement: rows another process holds are skipped
   * (`FOR UPDATE SKIP LOCKED`), and the claimed ones are pushed `leaseSeconds` into the future, so no
   * other dispatcher picks them up while this one sends. A crash mid-send makes them due again after the lease.
   */
  async claim(limit: number, leaseSeconds: number): Promise<ClaimedMail[]> {
    const rows: { id: string; to_address: string; subject: string; text_body: string; html_body: string | null; attempts: number }[] =
      await this.db.manager.query(
        `WITH due AS (
           SELECT id FROM mail_outbox
            WHERE status = 'pending' AND next_attempt_at <= now()
            ORDER BY next_attempt_at, created_at
            LIMIT $1
            FOR UPDATE SKIP LOCKED
         ), claimed AS (
           UPDATE mail_outbox m
              SET attempts = m.attempts + 1, next_attempt_at = now() + make_interval(secs => $2)
             FROM due WHERE m.id = due.id
           RETURNING m.id, m.to_address, m.subject, m.text_body, m.html_body, m.attempts, m.created_at
         )
         SELECT id, to_address, subject, text_body, html_body, attempts FROM claimed ORDER BY created_at`,
        [limit, leaseSeconds],
      );
    return rows.map((r) => ({ id: r.id, toAddress: r.to_address, subject: r.subject, textBody: r.text_body, htmlBody: r.html_body, attempts: r.attempts }));
  }

  async markSent(id: string): Promise<void> {
    await this.db.manager.query(`UPDATE mail_outbox SET status = 'sent', sent_at = now(), last_error = NULL WHERE id = $1 AND status = 'pending'`, [id]);
  }

  /** Keep it pending, due again after `delaySeconds`. */
  async markRetry(id: string, error: string, delaySeconds: number): Promise<void> {
    await this.db.manager.query(
      `UPDATE mail_outbox SET last_error = $2, next_attempt_at = now() + make_interval(secs => $3) WHERE id = $1 AND status = 'pending'`,
      [id, error, delaySeconds],
    );
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.db.manager.query(`UPDATE mail_outbox SET status = 'failed', last_error = $2 WHERE id = $1 AND status = 'pending'`, [id, error]);
  }

  /**
   * The reader's page of mail. `actionToken` is loaded only while the mail's link still works (unused,
   * unexpired), judged by the database clock in the same statement as the filter.
   */
  list(filter: OutboxFilter, page: number, pageSize: number): Promise<[MailOutboxEntity[], number]> {
    const qb = this.db
      .repo(MailOutboxEntity)
      .createQueryBuilder('m')
      .leftJoinAndSelect('m.actionToken', 't', 't.used_at IS NULL AND t.expires_at > now()')
      .where(
        new Brackets((w) => {
          w.where('(m.site_id = :siteId AND m.audience IN (:...audiences))', { siteId: filter.siteId, audiences: filter.audiences });
          if (filter.includeSiteless) w.orWhere('m.site_id IS NULL');
        }),
      );
    if (filter.grantableRoles) {
      // The link lets its holder in as the person is today: every membership they hold must be one the reader
      // could grant here, and a platform admin's account is never theirs to open.
      const grantable = filter.grantableRoles.length > 0 ? filter.grantableRoles : ['-'];
      qb.andWhere(
        `(t.id IS NULL OR NOT EXISTS (
           SELECT 1 FROM users u WHERE u.id = t.user_id AND (u.is_platform_admin OR EXISTS (
             SELECT 1 FROM memberships x WHERE x.user_id = u.id AND (x.site_id <> :siteId OR x.role NOT IN (:...grantable))))))`,
        { grantable },
      );
    }
    if (filter.status) qb.andWhere('m.status = :status', { status: filter.status });
    return qb
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
  }
}

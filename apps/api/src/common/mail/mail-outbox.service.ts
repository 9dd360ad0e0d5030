import { Inject, Injectable } from '@nestjs/common';
import type { MailAudience } from '@congxa/shared/dto/notifications';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { MailOutboxRepository } from './mail-outbox.repository';

/** A mail to send. `siteId` null is account mail: only platform admins can read it in the outbox. */
export interface OutgoingMail {
  siteId: string | null;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  /** `invite`, `reset`, or the notification kind. */
  kind: string;
  /** Who may read it in the outbox (default: the site's board; account mail is always `platform`). */
  audience?: MailAudience;
  /** The one-time link (action token) the body carries, so the outbox can judge it by what it grants today. */
  actionTokenId?: string | null;
}

const SUBJECT_MAX = 300;

/** The signature every automatic mail ends with. */
export const MAIL_FOOTER = '\n\n--\nThư gửi tự động từ hệ thống CongXa (Trang thông tin điện tử xã). Vui lòng không trả lời thư này.\n';

/**
 * The one way to send e-mail: a row in `mail_outbox`, written in the caller's transaction (a rolled-back
 * change sends nothing). With SMTP configured the row is `pending` and the dispatcher sends it; without,
 * it is `held` and only readable in the admin outbox.
 */
@Injectable()
export class MailOutbox {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rows: MailOutboxRepository,
  ) {}

  /** Is mail actually delivered (SMTP configured)? */
  get delivers(): boolean {
    return this.config.smtpUrl !== null;
  }

  async enqueue(mail: OutgoingMail): Promise<void> {
    const subject = mail.subject.replace(/\s+/g, ' ').trim();
    await this.rows.insert({
      siteId: mail.siteId,
      toAddress: mail.to,
      subject: subject.length > SUBJECT_MAX ? `${subject.slice(0, SUBJECT_MAX - 1)}…` : subject,
      textBody: mail.text,
      htmlBody: mail.html ?? null,
      kind: mail.kind,
      audience: mail.siteId === null ? 'platform' : (mail.audience ?? 'board'),
      actionTokenId: mail.actionTokenId ?? null,
      status: this.delivers ? 'pending' : 'held',
    });
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/config';

export interface MailToSend {
  id: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
}

/** SMTP through nodemailer (`SMTP_URL`, sender `SMTP_FROM`); absent when no SMTP is configured. */
@Injectable()
export class MailTransport {
  private readonly transporter: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transporter = config.smtpUrl ? createTransport(config.smtpUrl) : null;
  }

  get configured(): boolean {
    return this.transporter !== null;
  }

  async send(mail: MailToSend): Promise<void> {
    if (!this.transporter) throw new Error('SMTP is not configured');
    await this.transporter.sendMail({
      from: this.config.smtpFrom,
      to: mail.toAddress,
      subject: mail.subject,
      text: mail.textBody,
      html: mail.htmlBody ?? undefined,
      // One Message-ID per outbox row: a resend after a crash is recognisable as the same message.
      messageId: `<${mail.id}@congxa.outbox>`,
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
  }

  close(): void {
    this.transporter?.close();
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import { ROLE_LABELS, type SiteRole } from '@congxa/shared/authz';
import type { MailAudience } from '@congxa/shared/dto/notifications';
import { APP_CONFIG, type AppConfig, isLoopbackHost } from '../config/config';
import { MAIL_FOOTER, MailOutbox, type OutgoingMail } from '../mail/mail-outbox.service';
import { MailRecipientsRepository } from '../mail/mail-recipients.repository';

export interface LinkMessage {
  to: string;
  kind: 'invite' | 'reset';
  url: string;
  siteName?: string;
  /** The inviting site; when absent, the newest membership of `to` (in `siteName`) is taken. */
  siteId?: string;
  /** The role the invitation offers; found with the site when absent. */
  role?: SiteRole;
  /** The action token behind `url`, recorded on the outbox row (see MailOutboxEntity.actionTokenId). */
  tokenId?: string;
}

/** Lifetimes written in the mails: keep in step with INVITE_TTL_HOURS and RESET_TTL_HOURS of AuthService. */
const INVITE_VALID = '7 ngày';
const RESET_VALID = '2 giờ';

/**
 * Sends people their one-time links (invitations, password resets) as e-mail through the outbox, in the
 * caller's transaction when there is one. The link is a credential: it is in the mail body (that is the
 * point) and nowhere else — not in the audit log, and in the server log only as a demo convenience, when
 * no SMTP is configured and the server listens on loopback.
 */
@Injectable()
export class Notifier {
  private readonly logger = new Logger('Outbox');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: MailOutbox,
    private readonly recipients: MailRecipientsRepository,
  ) {}

  async sendLink(message: LinkMessage): Promise<void> {
    const mail = message.kind === 'invite' ? await this.invitationMail(message) : resetMail(message);
    await this.outbox.enqueue({ ...mail, actionTokenId: message.tokenId ?? null });
    if (!this.outbox.delivers && isLoopbackHost(this.config.host)) {
      const what = message.kind === 'invite' ? `Lời mời tham gia ${mail.siteName ?? 'CongXa'} / invitation` : 'Đặt lại mật khẩu / password reset';
      this.logger.log(`${what} → ${message.to}: ${message.url}`);
    }
  }

  private async invitationMail(message: LinkMessage): Promise<OutgoingMail & { siteName: string | null }> {
    let siteId = message.siteId ?? null;
    let role = message.role ?? null;
    let siteName = message.siteName ?? null;
    if (!siteId || !role) {
      const found = await this.recipients.newestMembership(message.to, message.siteName);
      siteId ??= found?.siteId ?? null;
      role ??= found?.role ?? null;
      siteName ??= found?.siteName ?? null;
    }
    const board = siteName ? `Ban biên tập ${siteName}` : 'Ban biên tập Trang thông tin điện tử';
    const roleLine = role ? ` với vai trò ${ROLE_LABELS[role].vi}` : '';
    return {
      siteId,
      siteName,
      to: message.to,
      kind: 'invite',
      audience: invitationAudience(role),
      subject: `Lời mời tham gia ${board}`,
      text:
        `Xin chào,\n\n` +
        `Bạn được mời tham gia ${board}${roleLine} trên hệ thống CongXa.\n` +
        `Để nhận lời mời, hãy mở liên kết dưới đây và đặt mật khẩu cho tài khoản ${message.to}:\n\n` +
        `${message.url}\n\n` +
        `Liên kết chỉ dùng được một lần và hết hạn sau ${INVITE_VALID}. Nếu bạn không chờ lời mời này, hãy bỏ qua thư.` +
        MAIL_FOOTER,
    };
  }
}

/**
 * An invitation link lets whoever opens it set the account's password: only someone who could have given
 * that role may read it in the outbox. A deputy adds contributors and editors; a deputy's or chief's
 * invitation is for the chief's (and platform admins') eyes.
 */
function invitationAudience(role: SiteRole | null): MailAudience {
  return role === 'contributor' || role === 'editor' ? 'board' : 'chief';
}

/** Password resets belong to no site: the outbox shows them to platform admins only. */
function resetMail(message: LinkMessage): OutgoingMail & { siteName: null } {
  return {
    siteId: null,
    siteName: null,
    to: message.to,
    kind: 'reset',
    subject: 'Đặt lại mật khẩu CongXa',
    text:
      `Xin chào,\n\n` +
      `Có yêu cầu đặt lại mật khẩu cho tài khoản ${message.to} trên hệ thống CongXa.\n` +
      `Để chọn mật khẩu mới, hãy mở liên kết dưới đây:\n\n` +
      `${message.url}\n\n` +
      `Liên kết chỉ dùng được một lần và hết hạn sau ${RESET_VALID}. Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu hiện tại vẫn giữ nguyên.` +
      MAIL_FOOTER,
  };
}

import { Injectable, Logger } from '@nestjs/common';

export interface LinkMessage {
  to: string;
  kind: 'invite' | 'reset';
  url: string;
  siteName?: string;
}

/**
 * Sends people their one-time links. Until mail delivery and the outbox exist, the link is written to the
 * server log (the operator passes it on). The link is a credential: it is never stored in clear or audited.
 */
@Injectable()
export class Notifier {
  private readonly logger = new Logger('Outbox');

  async sendLink(message: LinkMessage): Promise<void> {
    const what = message.kind === 'invite' ? `Lời mời tham gia ${message.siteName ?? 'CongXa'} / invitation` : 'Đặt lại mật khẩu / password reset';
    this.logger.log(`${what} → ${message.to}: ${message.url}`);
  }
}

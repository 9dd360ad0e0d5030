import { Injectable } from '@nestjs/common';
import { canAssignRole, SITE_ROLES, type SiteRole } from '@congxa/shared/authz';
import type { Page } from '@congxa/shared/dto/common';
import type { MailAudience, OutboxMailResponse, OutboxQuery } from '@congxa/shared/dto/notifications';
import type { Actor } from '../../common/auth/actor';
import { AuditService } from '../../common/audit/audit.service';
import { Db } from '../../common/database/db.service';
import { AppException } from '../../common/errors/app-exception';
import { paging, toPage } from '../../common/http/paging';
import type { MailOutboxEntity } from '../../common/mail/mail-outbox.entity';
import { MailOutboxRepository } from '../../common/mail/mail-outbox.repository';

/** What a mail shows in place of a set-password link that no longer works (used, replaced, revoked or expired). */
export const DEAD_LINK = '[Liên kết không còn hiệu lực / link no longer valid]';

/** The outbox never hands out a link that has stopped working: its text is replaced. */
function shownBody(m: MailOutboxEntity): string {
  if (m.actionTokenId === null || m.actionToken) return m.textBody;
  return m.textBody.replace(/\bhttps?:\/\/\S+/g, DEAD_LINK);
}

export function toOutboxMailResponse(m: MailOutboxEntity): OutboxMailResponse {
  return {
    id: m.id,
    siteId: m.siteId,
    to: m.toAddress,
    subject: m.subject,
    kind: m.kind,
    status: m.status,
    attempts: m.attempts,
    lastError: m.lastError,
    textBody: shownBody(m),
    createdAt: m.createdAt.toISOString(),
    sentAt: m.sentAt?.toISOString() ?? null,
  };
}

/**
 * Which outbox mails the reader may see. Bodies hold set-password links, and opening one sets that
 * account's password, so a reader sees only the links they could have issued themselves:
 * the deputy the site's `board` mail (invitations of contributors and editors, workflow mail); the chief
 * also `chief` mail (invitations of deputies and chiefs); platform admins everything of the site plus the
 * account mail that belongs to no site (password resets).
 *
 * The audience is fixed when the mail is written; a link is judged again by what it would grant today:
 * a still-valid link to an account whose memberships the reader could not all grant (in this site) is
 * left out (`grantableRoles`), and a link that no longer works is shown as DEAD_LINK to everyone.
 */
export function outboxAudiences(actor: Actor): {
  audiences: MailAudience[];
  includeSiteless: boolean;
  grantableRoles: SiteRole[] | null;
} {
  if (actor.isPlatformAdmin) return { audiences: ['board', 'chief', 'platform'], includeSiteless: true, grantableRoles: null };
  const role = actor.membership?.role ?? null;
  const grantableRoles = SITE_ROLES.filter((r) => canAssignRole({ isPlatformAdmin: false, role }, r, null));
  if (role === 'chief') return { audiences: ['board', 'chief'], includeSiteless: false, grantableRoles };
  return { audiences: ['board'], includeSiteless: false, grantableRoles };
}

@Injectable()
export class OutboxService {
  constructor(
    private readonly db: Db,
    private readonly mails: MailOutboxRepository,
    private readonly audit: AuditService,
  ) {}

  /** Newest first. Reading it is audited: the page may show one-time links. */
  async list(actor: Actor, q: OutboxQuery): Promise<Page<OutboxMailResponse>> {
    if (!actor.site) throw new AppException(404, 'SITE_NOT_FOUND');
    const siteId = actor.site.id;
    const p = paging(q);
    return this.db.transaction(async () => {
      const page = toPage(await this.mails.list({ siteId, ...outboxAudiences(actor), status: q.status }, p.page, p.pageSize), p, toOutboxMailResponse);
      await this.audit.record(actor, {
        action: 'outbox.read',
        details: { status: q.status ?? null, page: p.page, pageSize: p.pageSize, shown: page.items.map((m) => m.id) },
      });
      return page;
    });
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { NotificationPage, NotificationResponse, NotificationsQuery, ReadAllNotificationsResponse } from '@congxa/shared/dto/notifications';
import type { Actor } from '../../common/auth/actor';
import { APP_CONFIG, type AppConfig } from '../../common/config/config';
import { Db } from '../../common/database/db.service';
import { AppException, notFound } from '../../common/errors/app-exception';
import { paging, toPage } from '../../common/http/paging';
import { MAIL_FOOTER, MailOutbox } from '../../common/mail/mail-outbox.service';
import { MailRecipientsRepository } from '../../common/mail/mail-recipients.repository';
import type { NotificationEntity } from './notification.entity';
import { NotificationsRepository } from './notifications.repository';

/** What the workflow (or anything else) tells people. */
export interface NotifyInput {
  siteId: string;
  userIds: string[];
  /** e.g. `article.assigned`, `article.returned`. */
  kind: string;
  title: string;
  body?: string;
  /** Where to go: a route of the admin app (`/sites/<slug>/articles/<id>`, without the `/admin` base), or an absolute URL. */
  link: string;
  articleId?: string;
  /**
   * Also send an e-mail (subject in Vietnamese) to each user who has not turned workflow mail off; the link
   * is added to the text when it is not there.
   */
  mail?: { subject: string; text: string };
}

const TITLE_MAX = 300;
const LINK_MAX = 500;

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export function toNotificationResponse(n: NotificationEntity): NotificationResponse {
  return {
    id: n.id,
    site: { id: n.site!.id, slug: n.site!.slug, name: n.site!.name },
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    articleId: n.articleId,
    readAt: n.readAt?.toISOString() ?? null,
    createdAt: n.createdAt.toISOString(),
  };
}

@Injectable()
export class NotificationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Db,
    private readonly notifications: NotificationsRepository,
    private readonly recipients: MailRecipientsRepository,
    private readonly outbox: MailOutbox,
  ) {}

  /**
   * One in-app notification per user and, with `mail`, one outbox mail to each user's address — inside
   * the caller's transaction (or one of its own), so a rolled-back change notifies nobody. Disabled
   * accounts and unknown ids are skipped.
   */
  async notify(input: NotifyInput): Promise<void> {
    const userIds = [...new Set(input.userIds)];
    if (userIds.length === 0) return;
    await this.db.transaction(async () => {
      const people = await this.recipients.activeUsers(userIds);
      const link = clip(input.link, LINK_MAX);
      await this.notifications.insertMany(
        people.map((p) => ({
          userId: p.userId,
          siteId: input.siteId,
          kind: input.kind,
          title: clip(input.title, TITLE_MAX),
          body: input.body ?? null,
          link,
          articleId: input.articleId ?? null,
        })),
      );
      if (!input.mail) return;
      const text = this.mailText(input.mail.text, input.link);
      // Those who turned workflow mail off keep the in-app notification only (GET/PATCH /me/preferences).
      for (const p of people.filter((x) => x.emailNotifications)) {
        await this.outbox.enqueue({ siteId: input.siteId, to: p.email, subject: input.mail.subject, text, kind: input.kind });
      }
    });
  }

  async list(actor: Actor, q: NotificationsQuery): Promise<NotificationPage> {
    const userId = me(actor);
    const p = paging(q);
    const page = toPage(await this.notifications.listForUser(userId, q.unread === true, p.page, p.pageSize), p, toNotificationResponse);
    return { ...page, unreadCount: await this.notifications.countUnread(userId) };
  }

  async markRead(actor: Actor, id: string): Promise<NotificationResponse> {
    const userId = me(actor);
    await this.notifications.markRead(userId, id);
    const n = await this.notifications.findForUser(userId, id);
    if (!n) throw notFound('NOTIFICATION_NOT_FOUND');
    return toNotificationResponse(n);
  }

  async markAllRead(actor: Actor): Promise<ReadAllNotificationsResponse> {
    return { updated: await this.notifications.markAllRead(me(actor)) };
  }

  private mailText(text: string, link: string): string {
    const url = link.startsWith('/') ? `${this.config.publicUrl}${link.startsWith('/admin/') ? '' : '/admin'}${link}` : link;
    const body = text.includes(url) ? text : `${text.trimEnd()}\n\nXem tại: ${url}`;
    return `${body}${MAIL_FOOTER}`;
  }
}

function me(actor: Actor): string {
  if (!actor.userId) throw new AppException(401, 'UNAUTHENTICATED');
  return actor.userId;
}

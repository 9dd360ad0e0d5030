import { Transform } from 'class-transformer';
import { IsBoolean, IsIn } from 'class-validator';
import { PageQuery, type Page } from './common';
import { IsOptionalNotNull } from './validators';

/** An outgoing mail's state: waiting to be sent, sent, given up, or kept for reading (no SMTP configured). */
export const MAIL_STATUSES = ['pending', 'sent', 'failed', 'held'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * Who may read a mail in the outbox (its body may hold a set-password link):
 * `board` — everyone with `outbox.read` in the mail's site (deputy, chief, platform admin);
 * `chief` — the site's chief and platform admins (e.g. an invitation to become deputy or chief);
 * `platform` — platform admins only (account mail such as password resets, which belong to no site).
 */
export const MAIL_AUDIENCES = ['board', 'chief', 'platform'] as const;
export type MailAudience = (typeof MAIL_AUDIENCES)[number];

/** `?status=&page=&pageSize=` of the outbox. */
export class OutboxQuery extends PageQuery {
  @IsOptionalNotNull()
  @IsIn(MAIL_STATUSES)
  status?: MailStatus;
}

export interface OutboxMailResponse {
  id: string;
  /** null for account mail (password resets), listed for platform admins only. */
  siteId: string | null;
  to: string;
  subject: string;
  kind: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  /** The whole text, links included: the outbox exists so the board can pass mail on when none is sent. */
  textBody: string;
  createdAt: string;
  sentAt: string | null;
}

const toBoolean = ({ value }: { value: unknown }) => {
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return value;
};

/** `?unread=true&page=&pageSize=` of my notifications. */
export class NotificationsQuery extends PageQuery {
  @IsOptionalNotNull()
  @Transform(toBoolean)
  @IsBoolean()
  unread?: boolean;
}

export interface NotificationResponse {
  id: string;
  site: { id: string; slug: string; name: string };
  kind: string;
  title: string;
  body: string | null;
  /** Where to go in the admin (a path such as `/sites/an-hao-dong/articles/…`). */
  link: string;
  articleId: string | null;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationPage extends Page<NotificationResponse> {
  /** Unread notifications in all (whatever the filter), for the badge. */
  unreadCount: number;
}

export interface ReadAllNotificationsResponse {
  /** How many notifications this call marked read. */
  updated: number;
}

import { Injectable } from '@nestjs/common';
import type { SiteRole } from '@congxa/shared/authz';
import { Db } from '../database/db.service';

export interface Recipient {
  userId: string;
  email: string;
  /** The person's choice to get workflow notifications by e-mail too (users.email_notifications). */
  emailNotifications: boolean;
}

export interface InvitationContext {
  siteId: string;
  siteName: string;
  role: SiteRole;
}

/** Who mail goes to: the addresses of users, and the membership an invitation was sent for. */
@Injectable()
export class MailRecipientsRepository {
  constructor(private readonly db: Db) {}

  /** Active users among `userIds`, with their addresses (disabled accounts get no mail or notification). */
  async activeUsers(userIds: string[]): Promise<Recipient[]> {
    if (userIds.length === 0) return [];
    const rows: { id: string; email: string; email_notifications: boolean }[] = await this.db.manager.query(
      'SELECT id, email, email_notifications FROM users WHERE id = ANY($1::uuid[]) AND is_active ORDER BY email',
      [userIds],
    );
    return rows.map((r) => ({ userId: r.id, email: r.email, emailNotifications: r.email_notifications }));
  }

  /**
   * The membership an invitation to `email` was just issued for: the newest one of that person (in the
   * site called `siteName`, when given). Null when there is none.
   */
  async newestMembership(email: string, siteName?: string): Promise<InvitationContext | null> {
    const rows: { site_id: string; name: string; role: SiteRole }[] = await this.db.manager.query(
      `SELECT m.site_id, s.name, m.role
         FROM memberships m JOIN users u ON u.id = m.user_id JOIN sites s ON s.id = m.site_id
        WHERE u.email = $1 AND ($2::text IS NULL OR s.name = $2)
        ORDER BY m.created_at DESC, m.id DESC
        LIMIT 1`,
      [email, siteName ?? null],
    );
    const row = rows[0];
    return row ? { siteId: row.site_id, siteName: row.name, role: row.role } : null;
  }
}

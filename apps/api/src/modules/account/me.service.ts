import { Injectable } from '@nestjs/common';
import { ALL_PERMISSIONS, type Permission, PERMISSIONS, sitePermissions } from '@congxa/shared/authz';
import type { PreferencesResponse, RevokeOtherSessionsResponse, UpdatePreferencesRequest } from '@congxa/shared/dto/account';
import type { MeResponse } from '@congxa/shared/dto/auth';
import type { Actor } from '../../common/auth/actor';
import { AuditService } from '../../common/audit/audit.service';
import { Db } from '../../common/database/db.service';
import { AppException } from '../../common/errors/app-exception';
import { AuthService } from '../auth/auth.service';
import { MembersService } from '../members/members.service';
import { UsersService } from '../users/users.service';
import { toUserSummary } from '../auth/auth.service';

@Injectable()
export class MeService {
  constructor(
    private readonly db: Db,
    private readonly users: UsersService,
    private readonly members: MembersService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
  ) {}

  /** Sign out of every other browser or device; this session continues. */
  async revokeOtherSessions(actor: Actor): Promise<RevokeOtherSessionsResponse> {
    return { ended: await this.auth.revokeOtherSessions(actor) };
  }

  async preferences(actor: Actor): Promise<PreferencesResponse> {
    const user = actor.userId ? await this.users.findById(actor.userId) : null;
    if (!user) throw new AppException(401, 'UNAUTHENTICATED');
    return { emailNotifications: user.emailNotifications };
  }

  /** Change my settings; a change is audited in each site I am a member of (the account belongs to none). */
  async updatePreferences(actor: Actor, dto: UpdatePreferencesRequest): Promise<PreferencesResponse> {
    const user = actor.userId ? await this.users.findById(actor.userId) : null;
    if (!user) throw new AppException(401, 'UNAUTHENTICATED');
    if (dto.emailNotifications !== user.emailNotifications) {
      await this.db.transaction(async () => {
        await this.users.setEmailNotifications(user.id, dto.emailNotifications);
        const siteIds = await this.users.siteIdsOf(user.id);
        for (const siteId of siteIds.length ? siteIds : [null]) {
          await this.audit.record(actor, {
            action: 'account.preferences_update',
            siteId,
            targetType: 'user',
            targetId: user.id,
            details: { emailNotifications: { from: user.emailNotifications, to: dto.emailNotifications } },
          });
        }
      });
    }
    return { emailNotifications: dto.emailNotifications };
  }

  async describe(actor: Actor): Promise<MeResponse> {
    const user = actor.userId ? await this.users.findById(actor.userId) : null;
    if (!user) throw new AppException(401, 'UNAUTHENTICATED');
    const memberships = await this.members.listForUser(user.id);
    const global: Permission[] = ALL_PERMISSIONS.filter(
      (p) => PERMISSIONS[p].scope === 'account' || (PERMISSIONS[p].scope === 'platform' && user.isPlatformAdmin),
    );
    return {
      user: toUserSummary(user),
      permissions: global,
      memberships: memberships.map((m) => ({
        site: { id: m.site!.id, code: m.site!.code, slug: m.site!.slug, name: m.site!.name },
        role: m.role,
        isStaff: m.isStaff,
        fields: (m.fields ?? []).map((f) => ({ id: f.id, name: f.name })).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
        permissions: sitePermissions(m.role, user.isPlatformAdmin),
      })),
    };
  }
}

import { Injectable } from '@nestjs/common';
import { ALL_PERMISSIONS, type Permission, PERMISSIONS, sitePermissions } from '@congxa/shared/authz';
import type { MeResponse } from '@congxa/shared/dto/auth';
import type { Actor } from '../../common/auth/actor';
import { AppException } from '../../common/errors/app-exception';
import { MembersService } from '../members/members.service';
import { UsersService } from '../users/users.service';
import { toUserSummary } from '../auth/auth.service';

@Injectable()
export class MeService {
  constructor(
    private readonly users: UsersService,
    private readonly members: MembersService,
  ) {}

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

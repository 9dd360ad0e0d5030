import { Injectable } from '@nestjs/common';
import { canAssignRole, canRemoveMember, canUpdateMember, fieldsRequired, type MemberActor, type SiteRole } from '@congxa/shared/authz';
import type { Page, PageQuery } from '@congxa/shared/dto/common';
import type { InviteMemberRequest, MemberResponse, ResendInvitationResponse, UpdateMemberRequest } from '@congxa/shared/dto/members';
import { normalizeEmail } from '@congxa/shared/text';
import type { Actor, ActorMembership } from '../../common/auth/actor';
import { MembershipLookup } from '../../common/auth/lookups';
import { AuditService } from '../../common/audit/audit.service';
import { Db } from '../../common/database/db.service';
import { AppException, conflict, forbidden, notFound, revisionConflict, unprocessable } from '../../common/errors/app-exception';
import { paging, toPage } from '../../common/http/paging';
import { Notifier } from '../../common/notify/notifier';
import { AuthService } from '../auth/auth.service';
import type { FieldEntity } from '../fields/field.entity';
import { FieldsService } from '../fields/fields.service';
import { UsersService } from '../users/users.service';
import type { MembershipEntity } from './membership.entity';
import { MembersRepository } from './members.repository';

export function toMemberResponse(m: MembershipEntity): MemberResponse {
  return {
    id: m.id,
    userId: m.userId,
    email: m.user!.email,
    fullName: m.user!.fullName,
    role: m.role,
    isStaff: m.isStaff,
    activated: m.user!.passwordHash !== null,
    fields: (m.fields ?? []).map((f) => ({ id: f.id, name: f.name })).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    revision: m.revision,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}

/** The membership an invitation is for: its mail names the site and role, and its outbox audience follows the role. */
interface Invitation {
  siteId: string;
  siteName: string;
  role: SiteRole;
}

const policyActor = (actor: Actor): MemberActor => ({ isPlatformAdmin: actor.isPlatformAdmin, role: actor.membership?.role ?? null });

@Injectable()
export class MembersService implements MembershipLookup {
  constructor(
    private readonly db: Db,
    private readonly members: MembersRepository,
    private readonly users: UsersService,
    private readonly fields: FieldsService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly notifier: Notifier,
  ) {}

  async list(actor: Actor, q: PageQuery): Promise<Page<MemberResponse>> {
    const p = paging(q);
    return toPage(await this.members.list(siteId(actor), p.page, p.pageSize), p, toMemberResponse);
  }

  async get(actor: Actor, id: string): Promise<MemberResponse> {
    const m = await this.members.findInSite(siteId(actor), id);
    if (!m) throw notFound('MEMBER_NOT_FOUND');
    return toMemberResponse(m);
  }

  /** Add a person to the site; a new person gets an invitation link to set their password. */
  async invite(actor: Actor, dto: InviteMemberRequest): Promise<MemberResponse> {
    if (!canAssignRole(policyActor(actor), dto.role, null)) throw forbidden('ROLE_NOT_ASSIGNABLE');
    const email = normalizeEmail(dto.email);
    const member = await this.db.transaction(async () => {
      const fields = await this.resolveFields(actor, dto.fieldIds ?? []);
      if (fieldsRequired(dto.role) && fields.length === 0) throw unprocessable('EDITOR_NEEDS_FIELD');
      let user = await this.users.findByEmail(email);
      if (user && (await this.members.findForUser(siteId(actor), user.id))) throw conflict('ALREADY_MEMBER');
      const known = user !== null;
      user ??= await this.users.create({ email, fullName: dto.fullName });
      const created = await this.members.create({ siteId: siteId(actor), userId: user.id, role: dto.role, isStaff: dto.isStaff ?? false, fields });
      await this.audit.record(actor, {
        action: 'member.invite',
        targetType: 'membership',
        targetId: created.id,
        details: { userId: user.id, email, role: dto.role, isStaff: created.isStaff, fieldIds: fields.map((f) => f.id) },
      });
      // The mail goes through the outbox in this transaction: no member, no mail; no mail, no member. Someone
      // with a password signs in as they already can. Someone invited before (elsewhere) who has not set one
      // yet: their earlier links would now open this site too, so they are replaced (renewInvitation).
      const invitation = { siteId: siteId(actor), siteName: actor.site!.name, role: dto.role };
      if (!user.passwordHash && known) await this.renewInvitation(actor, created.id, user.id, 'member.invite', invitation);
      else if (!user.passwordHash) await this.sendInvitation(user.id, email, invitation);
      return (await this.members.findInSite(siteId(actor), created.id))!;
    });
    return toMemberResponse(member);
  }

  /**
   * Mail a member who has not set a password yet a new invitation link: the same rule as inviting them
   * with their role today (a deputy for contributors and editors), the same mail and outbox audience, and
   * every earlier unused link of the person spent first. Someone who can already sign in gets 409.
   */
  async resendInvitation(actor: Actor, id: string): Promise<ResendInvitationResponse> {
    return this.db.transaction(async () => {
      const m = await this.members.lockInSite(siteId(actor), id);
      if (!m) throw notFound('MEMBER_NOT_FOUND');
      if (!canAssignRole(policyActor(actor), m.role, null)) throw forbidden('ROLE_NOT_ASSIGNABLE');
      const user = await this.users.findById(m.userId);
      if (!user) throw notFound('MEMBER_NOT_FOUND');
      if (user.passwordHash) throw conflict('ACCOUNT_ALREADY_ACTIVE');
      const revoked = await this.auth.revokeInvitations(user.id);
      await this.sendInvitation(user.id, user.email, { siteId: m.siteId, siteName: actor.site!.name, role: m.role });
      await this.audit.record(actor, {
        action: 'member.invitation_resent',
        targetType: 'membership',
        targetId: m.id,
        details: { userId: user.id, email: user.email, role: m.role, revoked },
      });
      return { memberId: m.id, email: user.email, revokedLinks: revoked };
    });
  }

  async update(actor: Actor, id: string, dto: UpdateMemberRequest): Promise<MemberResponse> {
    return this.db.transaction(async () => {
      // Chiefs first, always in the same order: concurrent role changes cannot deadlock on the last-chief check.
      await this.members.lockChiefs(siteId(actor));
      const m = await this.members.lockInSite(siteId(actor), id);
      if (!m) throw notFound('MEMBER_NOT_FOUND');
      if (m.revision !== dto.revision) throw revisionConflict(toMemberResponse(m));
      const who = policyActor(actor);
      if (!canUpdateMember(who, m.role)) throw forbidden('ROLE_NOT_ASSIGNABLE');
      const changes: Record<string, unknown> = {};
      const newRole: SiteRole = dto.role ?? m.role;
      if (newRole !== m.role) {
        if (!canAssignRole(who, newRole, m.role)) throw forbidden('ROLE_NOT_ASSIGNABLE');
        if (m.role === 'chief') await this.assertAnotherChief(m);
        changes.role = { from: m.role, to: newRole };
        m.role = newRole;
      }
      if (dto.isStaff !== undefined && dto.isStaff !== m.isStaff) {
        changes.isStaff = { from: m.isStaff, to: dto.isStaff };
        m.isStaff = dto.isStaff;
      }
      if (dto.fieldIds !== undefined) {
        const fields = await this.resolveFields(actor, dto.fieldIds);
        changes.fieldIds = { from: (m.fields ?? []).map((f) => f.id), to: fields.map((f) => f.id) };
        m.fields = fields;
      }
      if (fieldsRequired(m.role) && (m.fields ?? []).length === 0) throw unprocessable('EDITOR_NEEDS_FIELD');
      m.updatedAt = new Date();
      await this.members.save(m);
      await this.audit.record(actor, { action: 'member.update', targetType: 'membership', targetId: m.id, details: { userId: m.userId, ...changes } });
      if (changes.role) await this.renewInvitation(actor, m.id, m.userId, 'member.update', { siteId: m.siteId, siteName: actor.site!.name, role: m.role });
      return toMemberResponse((await this.members.findInSite(siteId(actor), m.id))!);
    });
  }

  /** Remove a member; their sessions end at once. */
  async remove(actor: Actor, id: string): Promise<void> {
    await this.db.transaction(async () => {
      await this.members.lockChiefs(siteId(actor));
      const m = await this.members.lockInSite(siteId(actor), id);
      if (!m) throw notFound('MEMBER_NOT_FOUND');
      if (!canRemoveMember(policyActor(actor), m.role)) throw forbidden();
      if (m.role === 'chief') await this.assertAnotherChief(m);
      await this.members.remove(m);
      await this.auth.endAllSessions(m.userId);
      await this.audit.record(actor, {
        action: 'member.remove',
        targetType: 'membership',
        targetId: m.id,
        details: { userId: m.userId, email: m.user?.email, role: m.role },
      });
      await this.renewInvitation(actor, m.id, m.userId, 'member.remove');
    });
  }

  /**
   * A person's role or sites changed. A set-password link issued before lets its holder in with the powers
   * the person has now, and was shown in the outbox to whoever could grant the old ones: spend every such
   * link. Someone who has not set a password yet gets a new one, for `invitation` (by default their newest
   * remaining membership, none if there is none left), mailed so that only those who may grant it read it.
   */
  private async renewInvitation(actor: Actor, membershipId: string, userId: string, reason: string, invitation?: Invitation): Promise<void> {
    const revoked = await this.auth.revokeInvitations(userId);
    if (revoked > 0) {
      await this.audit.record(actor, {
        action: 'member.invitation_revoked',
        targetType: 'membership',
        targetId: membershipId,
        details: { userId, revoked, reason },
      });
    }
    const user = await this.users.findById(userId);
    if (!user || user.passwordHash) return;
    if (!invitation) {
      const newest = (await this.members.listForUser(userId)).at(-1);
      if (!newest) return;
      invitation = { siteId: newest.siteId, siteName: newest.site!.name, role: newest.role };
    }
    await this.sendInvitation(userId, user.email, invitation);
    await this.audit.record(actor, {
      action: 'member.invitation_reissued',
      targetType: 'membership',
      targetId: membershipId,
      details: { userId, siteId: invitation.siteId, role: invitation.role, reason },
    });
  }

  /** A set-password link by mail; the outbox row records its token, so the outbox can judge it by what it grants today. */
  private async sendInvitation(userId: string, email: string, invitation: Invitation): Promise<void> {
    const { url, tokenId } = await this.auth.issueInvitation(userId);
    await this.notifier.sendLink({ to: email, kind: 'invite', url, tokenId, ...invitation });
  }

  private async assertAnotherChief(m: MembershipEntity): Promise<void> {
    const chiefs = await this.members.lockChiefs(m.siteId);
    if (!chiefs.some((c) => c.id !== m.id)) throw conflict('LAST_CHIEF');
  }

  private async resolveFields(actor: Actor, ids: string[]): Promise<FieldEntity[]> {
    const fields = await this.fields.inSite(siteId(actor), ids);
    if (fields.length !== ids.length) {
      const missing = ids.filter((id) => !fields.some((f) => f.id === id));
      throw new AppException(422, 'FIELD_NOT_FOUND', { fieldIds: missing });
    }
    return fields;
  }

  /** For the global guard (MembershipLookup, common/auth): the user's membership of the site, or null. */
  async membershipOf(siteId: string, userId: string): Promise<ActorMembership | null> {
    const m = await this.members.findForUser(siteId, userId);
    return m ? { id: m.id, role: m.role, isStaff: m.isStaff, fieldIds: (m.fields ?? []).map((f) => f.id) } : null;
  }

  /** All memberships of a user, with site and fields (for /me). */
  listForUser(userId: string): Promise<MembershipEntity[]> {
    return this.members.listForUser(userId);
  }

  /** Memberships of the site with their fields (assignment checks, intake priority; for other modules). */
  withFields(siteId: string, userIds: string[]): Promise<MembershipEntity[]> {
    return this.members.withFields(siteId, userIds);
  }

  /** Who holds one of `roles` in the site (who hears about a step of the chain). */
  userIdsWithRoles(siteId: string, roles: SiteRole[]): Promise<string[]> {
    return this.members.userIdsWithRoles(siteId, roles);
  }
}

function siteId(actor: Actor): string {
  if (!actor.site) throw new AppException(404, 'SITE_NOT_FOUND');
  return actor.site.id;
}

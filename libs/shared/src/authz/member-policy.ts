import type { SiteRole } from './roles';

/** Who is acting on members, as the member policy sees them. */
export interface MemberActor {
  isPlatformAdmin: boolean;
  role: SiteRole | null;
}

/** Roles a deputy may hand out (the deputy adds contributors and editors; only the chief appoints above). */
const DEPUTY_ASSIGNABLE: readonly SiteRole[] = ['contributor', 'editor'];

/** May the actor give a member this role (on invitation or by a role change from `currentRole`)? */
export function canAssignRole(actor: MemberActor, newRole: SiteRole, currentRole: SiteRole | null): boolean {
  if (actor.isPlatformAdmin || actor.role === 'chief') return true;
  if (actor.role === 'deputy') {
    return DEPUTY_ASSIGNABLE.includes(newRole) && (currentRole === null || DEPUTY_ASSIGNABLE.includes(currentRole));
  }
  return false;
}

/** May the actor change fields or the staff flag of a member who holds `targetRole`? */
export function canUpdateMember(actor: MemberActor, targetRole: SiteRole): boolean {
  if (actor.isPlatformAdmin || actor.role === 'chief') return true;
  return actor.role === 'deputy' && DEPUTY_ASSIGNABLE.includes(targetRole);
}

/** May the actor remove a member who holds `targetRole`? Only the chief (or a platform admin) removes. */
export function canRemoveMember(actor: MemberActor, _targetRole: SiteRole): boolean {
  return actor.isPlatformAdmin || actor.role === 'chief';
}

/** Editors verify content in their fields, so an editor must hold at least one field. */
export function fieldsRequired(role: SiteRole): boolean {
  return role === 'editor';
}

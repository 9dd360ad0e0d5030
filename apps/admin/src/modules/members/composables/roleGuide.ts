import { canAssignRole, fieldsRequired, ROLE_PERMISSIONS, SITE_ROLES, type MemberActor, type Permission, type SiteRole } from '@congxa/shared/authz';
import { TRANSITIONS, type RequestAction, type Slot } from '@congxa/shared/workflow';

/**
 * The things a member may or may not do, in the order the role guide names them. Each is held when the
 * role has every listed permission and, for a step of the editorial chain, fills one of the step's slots
 * in the workflow table (so "approve" follows the table, not a list typed here).
 */
export const ROLE_CAPABILITIES = [
  'write',
  'verify',
  'assign',
  'forward',
  'reject',
  'approve',
  'unpublish',
  'pages',
  'mediaAll',
  'categories',
  'fields',
  'invite',
  'remove',
  'audit',
  'settings',
] as const;
export type RoleCapability = (typeof ROLE_CAPABILITIES)[number];

interface CapabilityRule {
  permissions: readonly Permission[];
  /** The chain step(s) whose table rows must let the role act. */
  actions?: readonly RequestAction[];
}

const RULES: Record<RoleCapability, CapabilityRule> = {
  write: { permissions: ['content.create', 'content.submit'], actions: ['submit'] },
  verify: { permissions: ['content.verify', 'content.return'], actions: ['verify', 'return'] },
  assign: { permissions: ['content.assign'], actions: ['assign'] },
  forward: { permissions: ['content.forward'], actions: ['forward'] },
  reject: { permissions: ['content.reject'], actions: ['reject'] },
  approve: { permissions: ['content.approve'], actions: ['approve'] },
  unpublish: { permissions: ['content.unpublish', 'content.republish'], actions: ['unpublish', 'republish'] },
  pages: { permissions: ['page.create'] },
  mediaAll: { permissions: ['media.manage'] },
  categories: { permissions: ['category.manage'] },
  fields: { permissions: ['field.manage'] },
  invite: { permissions: ['member.invite'] },
  remove: { permissions: ['member.remove'] },
  audit: { permissions: ['audit.read'] },
  settings: { permissions: ['site.settings'] },
};

/** The limits worth saying out loud when a role lacks them ("không duyệt đăng"). */
const NOTABLE_LIMITS: readonly RoleCapability[] = ['verify', 'approve', 'invite', 'remove'];

/** Can a member holding `role` fill this slot of a workflow rule? */
function fillsSlot(role: SiteRole, slot: Slot): boolean {
  switch (slot) {
    case 'member':
    case 'author':
    case 'item_author':
      return true;
    case 'assigned_editor':
      return role === 'editor' || role === 'deputy' || role === 'chief';
    case 'deputy':
    case 'chief':
      return role === slot;
    case 'system':
      return false;
  }
}

/** Does the workflow table let `role` ask for `action` on some state? */
export function roleMayRequest(role: SiteRole, action: RequestAction): boolean {
  const granted = ROLE_PERMISSIONS[role];
  return TRANSITIONS.some(
    (rule) => rule.request === action && rule.permission !== null && granted.includes(rule.permission) && rule.who.some((s) => fillsSlot(role, s)),
  );
}

export function roleHas(role: SiteRole, capability: RoleCapability): boolean {
  const rule = RULES[capability];
  if (!rule.permissions.every((p) => ROLE_PERMISSIONS[role].includes(p))) return false;
  return (rule.actions ?? []).every((a) => roleMayRequest(role, a));
}

export interface RoleGuide {
  role: SiteRole;
  can: RoleCapability[];
  /** Notable things the role may not do. */
  cannot: RoleCapability[];
  /** The roles a member of this role may hand out when inviting (empty when they cannot invite). */
  grants: SiteRole[];
  /** An editor must be given at least one field. */
  needsField: boolean;
}

/** What a role may do, derived from the role matrix, the workflow table and the member policy. */
export function roleGuide(role: SiteRole): RoleGuide {
  const can = ROLE_CAPABILITIES.filter((c) => roleHas(role, c));
  const actor: MemberActor = { isPlatformAdmin: false, role };
  return {
    role,
    can,
    cannot: NOTABLE_LIMITS.filter((c) => !can.includes(c)),
    grants: can.includes('invite') ? SITE_ROLES.filter((r) => canAssignRole(actor, r, null)) : [],
    needsField: fieldsRequired(role),
  };
}

/** The roles `actor` may give: to a new member (`currentRole` null) or to one who holds `currentRole`. */
export function assignableRoles(actor: MemberActor, currentRole: SiteRole | null): SiteRole[] {
  return SITE_ROLES.filter((r) => r === currentRole || canAssignRole(actor, r, currentRole));
}

import type { Permission } from './permissions';
import type { SiteRole } from './roles';

/**
 * Role → site permissions. No role inherits another's rights implicitly: each row is spelled out, so a
 * change to who can do what is one visible edit here (and in the generated docs/authorization.md).
 */
export const ROLE_PERMISSIONS: Record<SiteRole, readonly Permission[]> = {
  contributor: ['site.read', 'field.read', 'category.read'],
  editor: ['site.read', 'field.read', 'category.read', 'member.read'],
  deputy: ['site.read', 'field.read', 'category.read', 'category.manage', 'member.read', 'member.invite', 'member.update', 'audit.read'],
  chief: [
    'site.read',
    'field.read',
    'field.manage',
    'category.read',
    'category.manage',
    'member.read',
    'member.invite',
    'member.update',
    'member.remove',
    'audit.read',
  ],
};

/**
 * A platform administrator runs sites for the province: creates them, hands each its first chief and
 * looks after members and structure. Editorial rights are not included: they belong to the site's board.
 */
export const PLATFORM_ADMIN_SITE_PERMISSIONS: readonly Permission[] = [
  'site.read',
  'field.read',
  'field.manage',
  'category.read',
  'category.manage',
  'member.read',
  'member.invite',
  'member.update',
  'member.remove',
  'audit.read',
];

export function sitePermissions(role: SiteRole | null, isPlatformAdmin: boolean): Permission[] {
  const granted = new Set<Permission>(role ? ROLE_PERMISSIONS[role] : []);
  if (isPlatformAdmin) PLATFORM_ADMIN_SITE_PERMISSIONS.forEach((p) => granted.add(p));
  return [...granted];
}

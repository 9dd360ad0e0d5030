import type { Permission } from './permissions';
import type { SiteRole } from './roles';

/** What every member may do with their own writing (row rules decide which items). */
const AUTHOR: readonly Permission[] = ['content.read', 'content.create', 'content.update', 'content.transition', 'content.submit', 'content.withdraw'];
/** The deputy's and the chief's handling of everyone's submissions, and the site's introduction pages. */
const BOARD: readonly Permission[] = [
  'content.read_all',
  'content.assign',
  'content.verify',
  'content.forward',
  'content.return',
  'content.reject',
  'content.archive',
  'page.create',
];

/**
 * Role → site permissions. No role inherits another's rights implicitly: each row is spelled out, so a
 * change to who can do what is one visible edit here (and in the generated docs/authorization.md).
 */
export const ROLE_PERMISSIONS: Record<SiteRole, readonly Permission[]> = {
  contributor: ['site.read', 'field.read', 'category.read', ...AUTHOR, 'media.read', 'media.upload', 'media.update'],
  editor: [
    'site.read',
    'field.read',
    'category.read',
    'member.read',
    ...AUTHOR,
    'content.verify',
    'content.return',
    'media.read',
    'media.upload',
    'media.update',
    'media.manage',
  ],
  deputy: [
    'site.read',
    'field.read',
    'category.read',
    'category.manage',
    'member.read',
    'member.invite',
    'member.update',
    'audit.read',
    'outbox.read',
    // Storms and floods do not wait for the chief: the deputy switches the site-wide notice on too.
    'site.banner',
    ...AUTHOR,
    ...BOARD,
    'media.read',
    'media.upload',
    'media.update',
    'media.manage',
  ],
  chief: [
    'site.read',
    'site.settings',
    'site.banner',
    'field.read',
    'field.manage',
    'category.read',
    'category.manage',
    'member.read',
    'member.invite',
    'member.update',
    'member.remove',
    'audit.read',
    'outbox.read',
    ...AUTHOR,
    ...BOARD,
    'content.approve',
    'content.unpublish',
    'content.republish',
    'content.override',
    'media.read',
    'media.upload',
    'media.update',
    'media.manage',
  ],
};

/**
 * A platform administrator runs sites for the province: creates them, hands each its first chief and
 * looks after members and structure. Editorial rights are not included: they belong to the site's board.
 */
export const PLATFORM_ADMIN_SITE_PERMISSIONS: readonly Permission[] = [
  'site.read',
  'site.settings',
  'site.banner',
  'field.read',
  'field.manage',
  'category.read',
  'category.manage',
  'member.read',
  'member.invite',
  'member.update',
  'member.remove',
  'audit.read',
  'outbox.read',
];

export function sitePermissions(role: SiteRole | null, isPlatformAdmin: boolean): Permission[] {
  const granted = new Set<Permission>(role ? ROLE_PERMISSIONS[role] : []);
  if (isPlatformAdmin) PLATFORM_ADMIN_SITE_PERMISSIONS.forEach((p) => granted.add(p));
  return [...granted];
}

/**
 * The one permission vocabulary. Every API route declares exactly one of these (or is public), and the
 * admin SPA shows or hides actions with the same names.
 *
 * Scope says where a permission is held:
 * - `account`: by every signed-in user, about themselves;
 * - `platform`: by platform administrators only;
 * - `site`: through a membership's role in the site named by the route's `:site` parameter.
 */
export const PERMISSIONS = {
  'account.read': { scope: 'account', vi: 'Xem tài khoản của mình', en: 'Read own account' },
  'account.update': { scope: 'account', vi: 'Đổi mật khẩu của mình', en: 'Change own password' },
  'platform.site.manage': { scope: 'platform', vi: 'Tạo và sửa trang xã', en: 'Create and edit sites' },
  'site.read': { scope: 'site', vi: 'Xem thông tin trang', en: 'Read site settings' },
  'member.read': { scope: 'site', vi: 'Xem thành viên', en: 'List members' },
  'member.invite': { scope: 'site', vi: 'Thêm thành viên', en: 'Add members' },
  'member.update': { scope: 'site', vi: 'Sửa vai trò, lĩnh vực của thành viên', en: 'Change member roles and fields' },
  'member.remove': { scope: 'site', vi: 'Gỡ thành viên', en: 'Remove members' },
  'field.read': { scope: 'site', vi: 'Xem lĩnh vực', en: 'List fields' },
  'field.manage': { scope: 'site', vi: 'Quản lý lĩnh vực', en: 'Manage fields' },
  'category.read': { scope: 'site', vi: 'Xem chuyên mục', en: 'List categories' },
  'category.manage': { scope: 'site', vi: 'Quản lý chuyên mục', en: 'Manage categories' },
  'audit.read': { scope: 'site', vi: 'Xem nhật ký hoạt động', en: 'Read the audit log' },
} as const;

export type Permission = keyof typeof PERMISSIONS;
export type PermissionScope = (typeof PERMISSIONS)[Permission]['scope'];

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && Object.hasOwn(PERMISSIONS, value);
}

export function permissionScope(permission: Permission): PermissionScope {
  return PERMISSIONS[permission].scope;
}

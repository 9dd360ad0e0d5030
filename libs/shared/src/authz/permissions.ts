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
  'account.update': { scope: 'account', vi: 'Đổi mật khẩu, cài đặt tài khoản của mình', en: 'Change own password and account settings' },
  'platform.site.manage': { scope: 'platform', vi: 'Tạo và sửa trang xã', en: 'Create and edit sites' },
  'site.read': { scope: 'site', vi: 'Xem thông tin trang', en: 'Read site settings' },
  'site.settings': {
    scope: 'site',
    vi: 'Sửa thông tin chân trang, thông báo của trang',
    en: "Edit the site's footer details and notice banner",
  },
  'site.banner': {
    scope: 'site',
    vi: 'Bật, sửa, tắt thông báo khẩn trên toàn trang',
    en: 'Switch the site-wide notice banner on, change it or off',
  },
  'member.read': { scope: 'site', vi: 'Xem thành viên', en: 'List members' },
  'member.invite': { scope: 'site', vi: 'Thêm thành viên', en: 'Add members' },
  'member.update': { scope: 'site', vi: 'Sửa vai trò, lĩnh vực của thành viên', en: 'Change member roles and fields' },
  'member.remove': { scope: 'site', vi: 'Gỡ thành viên', en: 'Remove members' },
  'field.read': { scope: 'site', vi: 'Xem lĩnh vực', en: 'List fields' },
  'field.manage': { scope: 'site', vi: 'Quản lý lĩnh vực', en: 'Manage fields' },
  'category.read': { scope: 'site', vi: 'Xem chuyên mục', en: 'List categories' },
  'category.manage': { scope: 'site', vi: 'Quản lý chuyên mục', en: 'Manage categories' },
  'audit.read': { scope: 'site', vi: 'Xem nhật ký hoạt động', en: 'Read the audit log' },
  'notification.read': { scope: 'account', vi: 'Xem thông báo của mình', en: 'Read own notifications' },
  'text.convert': { scope: 'account', vi: 'Chuyển mã văn bản (TCVN3, VNI)', en: 'Convert legacy-encoded text' },
  'outbox.read': { scope: 'site', vi: 'Xem hộp thư đi', en: 'Read the mail outbox' },
  'content.read': { scope: 'site', vi: 'Xem nội dung (theo quyền từng mục)', en: 'Read content (row rules apply)' },
  'content.read_all': { scope: 'site', vi: 'Xem mọi nội dung của trang', en: "Read all of the site's content" },
  'content.create': { scope: 'site', vi: 'Viết tin bài, tạo nội dung', en: 'Write and create content' },
  'content.update': { scope: 'site', vi: 'Sửa nội dung (theo quyền từng mục)', en: 'Edit content (row rules apply)' },
  'content.transition': {
    scope: 'site',
    vi: 'Chuyển bước quy trình (theo bảng chuyển trạng thái)',
    en: 'Move content through the workflow (per the transition table)',
  },
  'content.submit': { scope: 'site', vi: 'Gửi duyệt', en: 'Submit' },
  'content.withdraw': { scope: 'site', vi: 'Rút nội dung đã gửi', en: 'Withdraw a submission' },
  'content.assign': { scope: 'site', vi: 'Phân công biên tập viên', en: 'Assign an editor' },
  'content.verify': { scope: 'site', vi: 'Xác nhận đã kiểm tra', en: 'Verify' },
  'content.forward': { scope: 'site', vi: 'Trình Trưởng ban', en: 'Forward to the chief' },
  'content.approve': { scope: 'site', vi: 'Duyệt đăng', en: 'Approve for publication' },
  'content.return': { scope: 'site', vi: 'Trả lại để sửa', en: 'Return for changes' },
  'content.reject': { scope: 'site', vi: 'Từ chối', en: 'Reject' },
  'content.unpublish': { scope: 'site', vi: 'Gỡ nội dung', en: 'Unpublish' },
  'content.republish': { scope: 'site', vi: 'Đăng lại', en: 'Republish' },
  'content.archive': { scope: 'site', vi: 'Lưu trữ', en: 'Archive' },
  'content.override': { scope: 'site', vi: 'Bỏ qua cảnh báo bảo mật (có lý do)', en: 'Override a classification hit (with a reason)' },
  'page.create': { scope: 'site', vi: 'Tạo trang giới thiệu', en: 'Create introduction pages' },
  'media.read': { scope: 'site', vi: 'Xem thư viện ảnh, tệp', en: 'Browse the media library' },
  'media.upload': { scope: 'site', vi: 'Tải ảnh, tệp lên', en: 'Upload media' },
  'media.update': { scope: 'site', vi: 'Sửa mô tả ảnh, tệp mình tải lên', en: 'Edit the details of media one uploaded' },
  'media.manage': { scope: 'site', vi: 'Sửa mô tả mọi ảnh, tệp của trang', en: "Edit the details of any of the site's media" },
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

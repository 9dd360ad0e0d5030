/** UI strings of this module (Vietnamese first; English has the same shape). */
export const vi = {
  title: 'Tài khoản của tôi',
  account: 'Thông tin tài khoản',
  name: 'Họ và tên',
  email: 'Email đăng nhập',
  password: {
    title: 'Đổi mật khẩu',
    current: 'Mật khẩu hiện tại',
    new: 'Mật khẩu mới',
    confirm: 'Nhập lại mật khẩu mới',
    rule: 'Ít nhất 10 ký tự, gồm cả chữ và số.',
    mismatch: 'Hai mật khẩu mới không khớp.',
    same: 'Mật khẩu mới cần khác mật khẩu hiện tại.',
    othersEnd: 'Sau khi đổi, các thiết bị khác đang đăng nhập tài khoản này sẽ bị đăng xuất; thiết bị này vẫn tiếp tục.',
    submit: 'Đổi mật khẩu',
    saving: 'Đang lưu…',
    done: 'Đã đổi mật khẩu. Lần sau hãy đăng nhập bằng mật khẩu mới.',
  },
  sessions: {
    title: 'Các thiết bị đang đăng nhập',
    intro:
      'Nếu bạn từng đăng nhập trên máy tính dùng chung hoặc điện thoại bị mất, hãy đăng xuất khỏi các thiết bị khác. Thiết bị bạn đang dùng vẫn đăng nhập.',
    button: 'Đăng xuất khỏi các thiết bị khác',
    working: 'Đang đăng xuất…',
    none: 'Không có thiết bị nào khác đang đăng nhập.',
    ended: 'Đã đăng xuất khỏi {count} thiết bị khác.',
  },
  prefs: {
    title: 'Thông báo',
    email: 'Gửi thông báo công việc qua email',
    emailHint:
      'Ví dụ: có tin bài chờ bạn xử lý, tin bài của bạn bị trả lại hoặc đã được đăng. Thông báo trong trang quản trị luôn được giữ; thư mời và thư đặt lại mật khẩu luôn được gửi.',
    saved: 'Đã lưu.',
    allNotifications: 'Xem tất cả thông báo',
  },
};

export const en: typeof vi = {
  title: 'My account',
  account: 'Account',
  name: 'Full name',
  email: 'Sign-in e-mail',
  password: {
    title: 'Change password',
    current: 'Current password',
    new: 'New password',
    confirm: 'New password again',
    rule: 'At least 10 characters, with both letters and digits.',
    mismatch: 'The two new passwords differ.',
    same: 'The new password must differ from the current one.',
    othersEnd: 'Other devices signed in to this account will be signed out; this one stays signed in.',
    submit: 'Change password',
    saving: 'Saving…',
    done: 'Password changed. Use the new password next time you sign in.',
  },
  sessions: {
    title: 'Signed-in devices',
    intro: 'If you signed in on a shared computer or lost a phone, sign out of the other devices. The device you are using stays signed in.',
    button: 'Sign out of other devices',
    working: 'Signing out…',
    none: 'No other device is signed in.',
    ended: 'Signed out of other devices: {count}.',
  },
  prefs: {
    title: 'Notifications',
    email: 'Send work notifications by e-mail',
    emailHint:
      'For example: an item waits for you, your item was returned or published. Notifications in the admin are always kept; invitations and password resets are always mailed.',
    saved: 'Saved.',
    allNotifications: 'See all notifications',
  },
};

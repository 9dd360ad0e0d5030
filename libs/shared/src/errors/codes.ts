/**
 * Stable error codes of the API and their messages. The code is the contract (clients branch on it);
 * the message is for people: Vietnamese by default, English with `Accept-Language: en`.
 */
export const ERROR_MESSAGES = {
  VALIDATION_FAILED: { vi: 'Dữ liệu gửi lên không hợp lệ.', en: 'The request data is invalid.' },
  INVALID_JSON: { vi: 'Nội dung gửi lên không phải JSON hợp lệ.', en: 'The request body is not valid JSON.' },
  PAYLOAD_TOO_LARGE: { vi: 'Nội dung gửi lên quá lớn.', en: 'The request body is too large.' },
  UNSUPPORTED_MEDIA_TYPE: { vi: 'Kiểu nội dung không được hỗ trợ.', en: 'Unsupported content type.' },
  BAD_REQUEST: { vi: 'Yêu cầu không hợp lệ.', en: 'Bad request.' },
  NOT_FOUND: { vi: 'Không tìm thấy.', en: 'Not found.' },
  ROUTE_NOT_FOUND: { vi: 'Không có đường dẫn API này.', en: 'No such API route.' },
  SITE_NOT_FOUND: { vi: 'Không tìm thấy trang thông tin.', en: 'Site not found.' },
  MEMBER_NOT_FOUND: { vi: 'Không tìm thấy thành viên.', en: 'Member not found.' },
  FIELD_NOT_FOUND: { vi: 'Không tìm thấy lĩnh vực.', en: 'Field not found.' },
  CATEGORY_NOT_FOUND: { vi: 'Không tìm thấy chuyên mục.', en: 'Category not found.' },
  UNAUTHENTICATED: { vi: 'Bạn cần đăng nhập.', en: 'You need to sign in.' },
  INVALID_CREDENTIALS: { vi: 'Email hoặc mật khẩu không đúng.', en: 'Wrong email or password.' },
  INVALID_REFRESH_TOKEN: { vi: 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.', en: 'Your session has expired; please sign in again.' },
  INVALID_TOKEN: { vi: 'Liên kết không hợp lệ hoặc đã hết hạn.', en: 'The link is invalid or has expired.' },
  TOO_MANY_ATTEMPTS: { vi: 'Bạn đã thử quá nhiều lần, vui lòng thử lại sau.', en: 'Too many attempts; please try again later.' },
  FORBIDDEN: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  ROUTE_NOT_DECLARED: { vi: 'Đường dẫn chưa khai báo quyền truy cập.', en: 'This route declares no permission.' },
  ROLE_NOT_ASSIGNABLE: { vi: 'Bạn không được giao vai trò này.', en: 'You may not assign this role.' },
  LAST_CHIEF: { vi: 'Trang phải còn ít nhất một Trưởng ban biên tập.', en: 'A site must keep at least one editor-in-chief.' },
  EDITOR_NEEDS_FIELD: { vi: 'Biên tập viên phải được phân công ít nhất một lĩnh vực.', en: 'An editor must hold at least one field.' },
  ALREADY_MEMBER: { vi: 'Người này đã là thành viên của trang.', en: 'This person is already a member of the site.' },
  SITE_CODE_TAKEN: { vi: 'Mã đơn vị hành chính đã được dùng.', en: 'This commune code is already in use.' },
  SITE_SLUG_TAKEN: { vi: 'Đường dẫn (slug) đã được dùng.', en: 'This slug is already in use.' },
  DOMAIN_TAKEN: { vi: 'Tên miền đã thuộc trang khác.', en: 'This domain belongs to another site.' },
  SLUG_TAKEN: { vi: 'Đường dẫn (slug) này đã có.', en: 'This slug already exists.' },
  NAME_TAKEN: { vi: 'Tên này đã có.', en: 'This name already exists.' },
  CATEGORY_CYCLE: { vi: 'Chuyên mục không thể nằm trong chính nó.', en: 'A category cannot be placed under itself.' },
  CATEGORY_HAS_CHILDREN: { vi: 'Chuyên mục còn chuyên mục con.', en: 'The category still has subcategories.' },
  FIELD_IN_USE: { vi: 'Lĩnh vực đang được phân công cho thành viên.', en: 'The field is still assigned to members.' },
  CONFLICT: { vi: 'Dữ liệu trùng với dữ liệu đã có.', en: 'This conflicts with existing data.' },
  REVISION_CONFLICT: { vi: 'Dữ liệu đã được người khác thay đổi. Hãy tải lại rồi sửa tiếp.', en: 'Someone else changed this; reload and try again.' },
  WEAK_PASSWORD: { vi: 'Mật khẩu phải có ít nhất 10 ký tự, gồm chữ và số.', en: 'The password needs at least 10 characters with letters and digits.' },
  DATABASE_UNAVAILABLE: { vi: 'Cơ sở dữ liệu không sẵn sàng.', en: 'The database is unavailable.' },
  INTERNAL_ERROR: { vi: 'Đã có lỗi hệ thống. Vui lòng thử lại sau.', en: 'Something went wrong; please try again later.' },
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export type Lang = 'vi' | 'en';

export function errorMessage(code: ErrorCode, lang: Lang): string {
  return ERROR_MESSAGES[code][lang];
}

/** The one error body every API error has. */
export interface ApiError {
  statusCode: number;
  code: ErrorCode;
  message: string;
  details?: unknown;
}

/** One bad field of a request, as listed in a VALIDATION_FAILED error's `details`. */
export interface FieldError {
  field: string;
  rule: string;
  message: string;
}

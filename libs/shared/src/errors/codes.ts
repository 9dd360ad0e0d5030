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
  CATEGORY_IN_USE: { vi: 'Chuyên mục đang có tin bài.', en: 'The category still holds articles.' },
  CATEGORY_HAS_CHILDREN: { vi: 'Chuyên mục còn chuyên mục con.', en: 'The category still has subcategories.' },
  FIELD_IN_USE: { vi: 'Lĩnh vực đang được phân công cho thành viên.', en: 'The field is still assigned to members.' },
  ARTICLE_NOT_FOUND: { vi: 'Không tìm thấy tin bài.', en: 'Article not found.' },
  ARTICLE_WITHDRAWN: { vi: 'Tin bài này đã được gỡ xuống.', en: 'This article has been withdrawn.' },
  TRANSITION_NOT_ALLOWED: { vi: 'Không thể thực hiện bước này ở trạng thái hiện tại.', en: 'This action is not possible in the current state.' },
  NOT_YOUR_TURN: { vi: 'Bạn không phải người thực hiện bước này.', en: 'This step is not yours to take.' },
  NOTE_REQUIRED: { vi: 'Cần ghi rõ lý do.', en: 'A note explaining why is required.' },
  EDIT_NOT_ALLOWED: { vi: 'Bạn không được sửa tin bài ở trạng thái này.', en: 'You may not edit the article in this state.' },
  PROVENANCE_INCOMPLETE: { vi: 'Thiếu thông tin nguồn tin (Mẫu cung cấp thông tin).', en: 'Provenance is incomplete.' },
  SECRET_CONFIRMATION_REQUIRED: {
    vi: 'Cần xác nhận nội dung không chứa thông tin bí mật nhà nước.',
    en: 'Confirm the content holds no state-secret information.',
  },
  CLASSIFICATION_HIT: {
    vi: 'Nội dung có dấu hiệu tài liệu mật hoặc số định danh cá nhân.',
    en: 'The content looks classified or contains a citizen ID number.',
  },
  OVERRIDE_NOT_ALLOWED: { vi: 'Chỉ Trưởng ban được bỏ qua cảnh báo, và phải ghi lý do.', en: 'Only the chief may override, with a reason.' },
  FIELD_REQUIRED: { vi: 'Tin bài chưa có lĩnh vực.', en: 'The article has no subject field.' },
  ASSIGNEE_NOT_ELIGIBLE: {
    vi: 'Người được phân công phải là biên tập viên phụ trách lĩnh vực của tin bài.',
    en: 'The assignee must be an editor holding the article’s field.',
  },
  CONTENT_INCOMPLETE: {
    vi: 'Còn thiếu nội dung bắt buộc, hoặc có trường chưa đúng (xem các trường được nêu).',
    en: 'Required content is missing, or a field is not right (see the fields named).',
  },
  INVALID_SCHEDULE: { vi: 'Thời điểm đăng hoặc gỡ không hợp lệ.', en: 'The publish or take-down time is invalid.' },
  BANNER_ENDS_IN_PAST: {
    vi: 'Thời điểm kết thúc thông báo phải ở sau thời điểm hiện tại.',
    en: 'The notice must end at a time still ahead.',
  },
  SITE_LOGO_INVALID: {
    vi: 'Biểu trưng phải là một ảnh trong thư viện ảnh, tệp của trang này.',
    en: 'The logo must be an image from this site’s media library.',
  },
  MEDIA_ALT_MISSING: {
    vi: 'Có ảnh chưa có mô tả (alt) hoặc không thuộc thư viện ảnh của trang: xem danh sách vị trí (ảnh đại diện, ảnh thứ mấy trong nội dung).',
    en: 'An image has no alt text or is not in the site’s library: see the places listed (the cover, or which image in the body).',
  },
  REVISION_NOT_FOUND: { vi: 'Không tìm thấy phiên bản.', en: 'Revision not found.' },
  CONFLICT: { vi: 'Dữ liệu trùng với dữ liệu đã có.', en: 'This conflicts with existing data.' },
  REVISION_CONFLICT: { vi: 'Dữ liệu đã được người khác thay đổi. Hãy tải lại rồi sửa tiếp.', en: 'Someone else changed this; reload and try again.' },
  WEAK_PASSWORD: { vi: 'Mật khẩu phải có ít nhất 10 ký tự, gồm chữ và số.', en: 'The password needs at least 10 characters with letters and digits.' },
  DATABASE_UNAVAILABLE: { vi: 'Cơ sở dữ liệu không sẵn sàng.', en: 'The database is unavailable.' },
  INTERNAL_ERROR: { vi: 'Đã có lỗi hệ thống. Vui lòng thử lại sau.', en: 'Something went wrong; please try again later.' },
  NOTIFICATION_NOT_FOUND: { vi: 'Không tìm thấy thông báo.', en: 'Notification not found.' },
  MEDIA_EDIT_FORBIDDEN: {
    vi: 'Chỉ người tải lên, biên tập viên, Phó Trưởng ban và Trưởng ban được sửa mô tả của ảnh, tệp này.',
    en: 'Only the uploader, editors, the deputy and the chief may edit the details of this item.',
  },
  MEDIA_NOT_FOUND: { vi: 'Không tìm thấy ảnh hoặc tệp.', en: 'Media item not found.' },
  UNSUPPORTED_MEDIA_FORMAT: {
    vi: 'Định dạng tệp không được nhận. Chỉ nhận ảnh JPEG, PNG, WebP, GIF và tài liệu PDF, DOCX (ảnh HEIC/AVIF của điện thoại: hãy chuyển sang JPEG trước).',
    en: 'This file format is not accepted. Use JPEG, PNG, WebP or GIF images, or PDF or DOCX documents (convert phone HEIC/AVIF photos to JPEG first).',
  },
  MEDIA_UNREADABLE: {
    vi: 'Không đọc được tệp: tệp bị hỏng hoặc không đúng định dạng. Chỉ nhận ảnh JPEG, PNG, WebP, GIF và tài liệu PDF, DOCX.',
    en: 'The file cannot be read: it is damaged or not what it claims to be. Use JPEG, PNG, WebP or GIF images, or PDF or DOCX documents.',
  },
  IMAGE_TOO_MANY_PIXELS: {
    vi: 'Ảnh có kích thước điểm ảnh quá lớn (mặc định tối đa 40 megapixel). Hãy thu nhỏ ảnh rồi tải lên lại.',
    en: 'The image has too many pixels (40 megapixels at most by default). Resize it and upload again.',
  },
  MEDIA_SUSPICIOUS_CONTENT: {
    vi: 'Tệp ảnh có chứa nội dung khác lẫn vào (mã HTML, script hoặc một tệp khác ghép vào) nên không được nhận.',
    en: 'The image file hides other content (HTML, script or another file appended) and is refused.',
  },
  DOCUMENT_HAS_MACROS: {
    vi: 'Tài liệu Word có macro (.docm) không được nhận. Hãy lưu lại thành "Word Document (.docx)" rồi tải lên.',
    en: 'Word files with macros (.docm) are refused. Save it as "Word Document (.docx)" and upload again.',
  },
  WORD_DOC_NOT_SUPPORTED: {
    vi: 'Tệp .doc (Word 97–2003) không được hỗ trợ: hãy mở bằng Word và lưu lại dưới dạng .docx',
    en: 'Old .doc files (Word 97–2003) are not supported: open the file in Word and save it as .docx',
  },
  DOCUMENT_ENCRYPTED: {
    vi: 'Tài liệu đang được đặt mật khẩu (mã hóa) nên không đọc được: hãy mở bằng Word, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ tài liệu), lưu lại rồi nhập lại.',
    en: 'The document is password-protected (encrypted) and cannot be read: remove the password in Word (File › Info › Protect Document), save it and import it again.',
  },
  DOCUMENT_CORRUPT: {
    vi: 'Tệp .docx bị hỏng, không giải nén được: hãy mở bằng Word, lưu lại dưới dạng .docx rồi nhập lại.',
    en: 'The .docx file is damaged and cannot be unpacked: open it in Word, save it as .docx and import it again.',
  },
  DOCUMENT_TOO_DEEP: {
    vi: 'Tài liệu Word lồng nhau quá sâu (hàng trăm tầng bảng, khung hoặc thẻ lồng vào nhau) nên không đọc được: hãy mở bằng Word, bỏ bớt các tầng lồng nhau, lưu lại rồi nhập lại.',
    en: 'The Word document is nested too deeply (hundreds of tables, frames or tags inside one another) to be read: simplify it in Word, save it and import it again.',
  },
  ARCHIVE_LIMITS_EXCEEDED: {
    vi: 'Tệp .docx vượt giới hạn an toàn (quá 200 MB khi giải nén hoặc quá 10.000 thành phần) nên không được nhận.',
    en: 'The .docx file exceeds the safety limits (over 200 MB uncompressed or over 10,000 parts) and is refused.',
  },
  NOT_A_DOCX: {
    vi: 'Tệp này không phải tài liệu Word .docx (dù tên tệp có thể là .docx). Hãy lưu tài liệu từ Word, LibreOffice hoặc Google Docs dưới dạng .docx.',
    en: 'This file is not a Word .docx document, whatever its name. Save the document from Word, LibreOffice or Google Docs as .docx.',
  },
  NOT_A_TEXT_FILE: {
    vi: 'Tệp này không phải văn bản thuần (.txt). Tài liệu Word hãy nhập bằng chức năng "Nhập từ Word".',
    en: 'This file is not plain text (.txt). Import Word documents with "Import from Word".',
  },
  IMPORT_EMPTY: { vi: 'Tệp không có nội dung chữ để tạo tin bài.', en: 'The file holds no text to make an article from.' },
  IMPORT_TOO_LONG: {
    vi: 'Tài liệu quá dài cho một tin bài (tối đa 500.000 ký tự sau khi chuyển): hãy tách thành nhiều bài.',
    en: 'The document is too long for one article (500,000 characters at most once converted): split it into several.',
  },
  NOT_A_SPREADSHEET: {
    vi: 'Tệp này không phải bảng tính .xlsx hoặc .csv (dù tên tệp có thể là vậy). Tệp .xls cũ hãy mở bằng Excel và lưu lại dưới dạng .xlsx.',
    en: 'This file is not an .xlsx or .csv spreadsheet, whatever its name. Open an old .xls file in Excel and save it as .xlsx.',
  },
  SPREADSHEET_CORRUPT: {
    vi: 'Bảng tính bị hỏng hoặc vượt giới hạn an toàn nên không đọc được: hãy mở bằng Excel, lưu lại rồi nhập lại.',
    en: 'The spreadsheet is damaged or exceeds the safety limits and cannot be read: open it in Excel, save it and import it again.',
  },
  SPREADSHEET_HEADER_NOT_FOUND: {
    vi: 'Không tìm thấy dòng tiêu đề cột trong bảng tính: hãy dùng tệp mẫu (ví dụ các cột "Số, ký hiệu", "Trích yếu", "Ngày ban hành").',
    en: 'No header row found in the spreadsheet: use the template (columns such as "Số, ký hiệu", "Trích yếu", "Ngày ban hành").',
  },
  SPREADSHEET_TOO_MANY_ROWS: {
    vi: 'Bảng tính có quá nhiều dòng cho một lần nhập (tối đa 2.000 dòng): hãy tách thành nhiều tệp.',
    en: 'The spreadsheet has too many rows for one import (2,000 at most): split it into several files.',
  },
  IMPORT_ROWS_INVALID: {
    vi: 'Có dòng không hợp lệ: hãy sửa bảng tính, hoặc chọn chỉ nhập các dòng hợp lệ.',
    en: 'Some rows are invalid: fix the spreadsheet, or choose to import only the valid rows.',
  },
  // The publishing core (every content type).
  PAGE_NOT_FOUND: { vi: 'Không tìm thấy trang.', en: 'Page not found.' },
  CREATE_NOT_ALLOWED: { vi: 'Bạn không được tạo loại nội dung này.', en: 'You may not create this kind of content.' },
  PAGE_PARENT_INVALID: {
    vi: 'Trang cha không hợp lệ: phải là một trang khác của trang thông tin, không nằm dưới chính trang này, và cây không quá 4 cấp.',
    en: 'Invalid parent: it must be another page of the site, not below this one, and the tree may be at most 4 levels deep.',
  },
  PAGE_HAS_CHILDREN: { vi: 'Trang còn trang con.', en: 'The page has child pages.' },
  DOCUMENT_NOT_FOUND: { vi: 'Không tìm thấy văn bản.', en: 'Legal document not found.' },
  DOCUMENT_WITHDRAWN: { vi: 'Văn bản này đã được gỡ xuống.', en: 'This legal document has been withdrawn.' },
  SCHEDULE_NOT_FOUND: { vi: 'Không tìm thấy lịch công tác.', en: 'Weekly schedule not found.' },
  SCHEDULE_WEEK_TAKEN: { vi: 'Tuần này đã có lịch công tác: hãy sửa lịch đã có.', en: 'This week already has a schedule: edit that one.' },
  PROCEDURE_NOT_FOUND: { vi: 'Không tìm thấy thủ tục hành chính.', en: 'Administrative procedure not found.' },
  PROCEDURE_WITHDRAWN: { vi: 'Thủ tục hành chính này đã được gỡ xuống.', en: 'This administrative procedure has been withdrawn.' },
  PROCEDURE_CODE_TAKEN: {
    vi: 'Mã thủ tục này đã có ở một thủ tục khác của trang: hãy sửa thủ tục đã có.',
    en: 'Another procedure of this site already has this code: edit that one.',
  },
  // Members and accounts.
  ACCOUNT_ALREADY_ACTIVE: {
    vi: 'Thành viên này đã đặt mật khẩu và đăng nhập được, không cần gửi lại lời mời. Nếu họ quên mật khẩu, hãy dùng "Quên mật khẩu".',
    en: 'This member has already set a password and can sign in; no invitation is needed. If they forgot it, use "Forgot password".',
  },
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

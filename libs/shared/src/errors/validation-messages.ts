import type { Lang } from './codes';

/** Messages for class-validator rules, by rule name. Unknown rules fall back to a generic message. */
const RULES: Record<string, { vi: string; en: string }> = {
  isDefined: { vi: 'Bắt buộc phải có.', en: 'Is required.' },
  isNotEmpty: { vi: 'Không được để trống.', en: 'Must not be empty.' },
  isString: { vi: 'Phải là chuỗi ký tự.', en: 'Must be a string.' },
  isEmail: { vi: 'Không phải địa chỉ email hợp lệ.', en: 'Must be a valid email address.' },
  isBoolean: { vi: 'Phải là true hoặc false.', en: 'Must be true or false.' },
  isInt: { vi: 'Phải là số nguyên.', en: 'Must be an integer.' },
  min: { vi: 'Giá trị quá nhỏ.', en: 'Is too small.' },
  max: { vi: 'Giá trị quá lớn.', en: 'Is too large.' },
  isUuid: { vi: 'Không phải mã định danh hợp lệ.', en: 'Must be a valid identifier.' },
  isIn: { vi: 'Giá trị không nằm trong danh sách cho phép.', en: 'Is not one of the allowed values.' },
  isEnum: { vi: 'Giá trị không nằm trong danh sách cho phép.', en: 'Is not one of the allowed values.' },
  maxLength: { vi: 'Quá dài.', en: 'Is too long.' },
  minLength: { vi: 'Quá ngắn.', en: 'Is too short.' },
  matches: { vi: 'Không đúng định dạng.', en: 'Has the wrong format.' },
  isArray: { vi: 'Phải là danh sách.', en: 'Must be a list.' },
  arrayMaxSize: { vi: 'Danh sách quá dài.', en: 'The list is too long.' },
  arrayUnique: { vi: 'Danh sách có phần tử trùng.', en: 'The list has duplicates.' },
  isDateString: { vi: 'Không phải thời điểm hợp lệ (ISO 8601).', en: 'Must be an ISO 8601 date-time.' },
  isISO8601: { vi: 'Không phải thời điểm hợp lệ (ISO 8601).', en: 'Must be an ISO 8601 date-time.' },
  isDateTime: {
    vi: 'Phải là thời điểm đầy đủ kèm múi giờ, ví dụ 2026-01-01T08:00:00+07:00.',
    en: 'Must be a full date-time with an offset, e.g. 2026-01-01T08:00:00+07:00.',
  },
  isDate: { vi: 'Phải là ngày dạng YYYY-MM-DD, ví dụ 2026-01-31.', en: 'Must be a date as YYYY-MM-DD, e.g. 2026-01-31.' },
  isDateOrDateTime: {
    vi: 'Phải là ngày (2026-01-31) hoặc thời điểm kèm múi giờ (2026-01-31T08:00:00+07:00).',
    en: 'Must be a date (2026-01-31) or a date-time with an offset (2026-01-31T08:00:00+07:00).',
  },
  isHttpsUrl: {
    vi: 'Phải là địa chỉ trang web đầy đủ, bắt đầu bằng https:// (ví dụ https://www.facebook.com/…).',
    en: 'Must be a full web address starting with https:// (e.g. https://www.facebook.com/…).',
  },
  isFqdn: { vi: 'Không phải tên miền hợp lệ.', en: 'Must be a valid domain name.' },
  whitelistValidation: { vi: 'Trường này không được phép gửi.', en: 'This field is not allowed.' },
  noControlChars: { vi: 'Có ký tự điều khiển không được phép.', en: 'Contains forbidden control characters.' },
  wellFormedUnicode: {
    vi: 'Có ký tự Unicode hỏng (nửa cặp thay thế UTF-16 đứng lẻ).',
    en: 'Contains ill-formed Unicode (a lone UTF-16 surrogate).',
  },
  maxDepth: { vi: 'Dữ liệu lồng nhau quá sâu.', en: 'The data is nested too deeply.' },
  strongPassword: { vi: 'Mật khẩu phải có ít nhất 10 ký tự, gồm chữ và số.', en: 'Needs at least 10 characters with letters and digits.' },
  currentPassword: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  notInType: {
    vi: 'Loại nội dung này không có trường này để lọc (ví dụ: trang không có chuyên mục).',
    en: 'This content type has no such field to filter by (e.g. pages have no category).',
  },
  isObject: { vi: 'Phải là một đối tượng.', en: 'Must be an object.' },
  nestedValidation: { vi: 'Có trường con không hợp lệ.', en: 'Has invalid nested fields.' },
};

export function validationMessage(rule: string, lang: Lang): string {
  return (RULES[rule] ?? { vi: 'Giá trị không hợp lệ.', en: 'Is invalid.' })[lang];
}

/**
 * The public portal's strings. Vietnamese only for now; another language is one more object of the same
 * type. Placeholders are written {name}.
 */
const vi = {
  portal: 'Trang thông tin điện tử',
  skipToContent: 'Bỏ qua, đến nội dung chính',
  mainNav: 'Điều hướng chính',
  home: 'Trang chủ',
  news: 'Tin tức',
  loading: 'Đang tải…',
  latestNews: 'Tin mới nhất',
  noArticles: 'Chưa có bài viết nào.',
  loadFailed: 'Không tải được nội dung. Vui lòng thử lại sau.',
  retry: 'Thử lại',
  publishedOn: 'Ngày đăng {date}',
  category: 'Chuyên mục',
  pagination: 'Phân trang',
  previousPage: 'Trang trước',
  nextPage: 'Trang sau',
  pageOf: 'Trang {page}/{pages}',
  backToNews: 'Quay lại danh sách tin',
  notFoundTitle: 'Không tìm thấy trang',
  notFoundBody: 'Trang bạn tìm không tồn tại hoặc đã được gỡ xuống.',
  notFoundHome: 'Về trang chủ',
  withdrawnTitle: 'Tin bài đã được gỡ xuống',
  withdrawnBody: 'Ban biên tập đã gỡ tin bài này khỏi Trang thông tin điện tử.',
  updatedOn: 'Cập nhật {date}',
  source: 'Nguồn: {source}',
  footerOwner: 'Cơ quan chủ quản: Ủy ban nhân dân {site}',
  footerPoweredBy: 'Vận hành trên nền tảng CongXa',
};

export type MessageKey = keyof typeof vi;
export type Messages = Record<MessageKey, string>;

const messages: Record<'vi', Messages> = { vi };

/** The string for `key`, with `{placeholders}` filled from `params`. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const text = messages.vi[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

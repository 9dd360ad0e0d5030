import type { SiteRole } from '@congxa/shared/authz';

export const DEMO_PASSWORD = 'CongXa@demo1';

export const DEMO_SITE = { slug: 'an-hao-dong', name: 'Xã Ân Hảo Đông', domains: ['localhost', '127.0.0.1'] };

export const DEMO_FIELDS = ['Kinh tế', 'Văn hóa - Xã hội', 'Quốc phòng - An ninh'];

export interface DemoAccount {
  email: string;
  fullName: string;
  role: SiteRole | null;
  isStaff?: boolean;
  fields?: string[];
  isPlatformAdmin?: boolean;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@demo.local', fullName: 'Quản trị hệ thống', role: null, isPlatformAdmin: true },
  { email: 'chief@demo.local', fullName: 'Nguyễn Văn Trưởng', role: 'chief', isStaff: true },
  { email: 'deputy@demo.local', fullName: 'Trần Thị Phó', role: 'deputy', isStaff: true },
  { email: 'editor@demo.local', fullName: 'Lê Văn Biên', role: 'editor', isStaff: true, fields: ['Kinh tế'] },
  { email: 'editor2@demo.local', fullName: 'Phạm Thị Tập', role: 'editor', isStaff: true, fields: ['Văn hóa - Xã hội'] },
  { email: 'contributor@demo.local', fullName: 'Hoàng Văn Cộng', role: 'contributor', isStaff: true, fields: ['Kinh tế'] },
  { email: 'contributor2@demo.local', fullName: 'Đỗ Thị Tác', role: 'contributor', isStaff: false },
];

/** Category tree: [name, children]. */
export const DEMO_CATEGORIES: [string, string[]][] = [
  ['Tin tức - Sự kiện', ['Tin chỉ đạo điều hành', 'Kinh tế', 'Văn hóa - Xã hội']],
  ['Thông báo', []],
  ['Giới thiệu', []],
];

export interface DemoArticle {
  title: string;
  category: string;
  field: string;
  kind: 'tin' | 'bai' | 'thong_bao';
  summary: string;
  body: string;
  daysAgo: number;
}

export const DEMO_ARTICLES: DemoArticle[] = [
  {
    title: 'Hội nghị tổng kết công tác năm 2026 và triển khai nhiệm vụ năm 2027',
    category: 'Tin chỉ đạo điều hành',
    field: 'Kinh tế',
    kind: 'tin',
    summary: 'Ủy ban nhân dân xã tổ chức hội nghị tổng kết công tác năm 2026, đánh giá kết quả đạt được và đề ra nhiệm vụ trọng tâm năm 2027.',
    body: '<p>Sáng nay, Ủy ban nhân dân xã Ân Hảo Đông tổ chức hội nghị tổng kết công tác năm 2026.</p><p>Hội nghị đã đánh giá kết quả thực hiện các chỉ tiêu kinh tế - xã hội, quốc phòng - an ninh và đề ra <strong>nhiệm vụ trọng tâm</strong> cho năm 2027.</p>',
    daysAgo: 1,
  },
  {
    title: 'Thông báo lịch tiếp công dân tháng 12 năm 2026',
    category: 'Thông báo',
    field: 'Văn hóa - Xã hội',
    kind: 'thong_bao',
    summary: 'Lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân xã trong tháng 12 năm 2026.',
    body: '<p>Chủ tịch Ủy ban nhân dân xã tiếp công dân định kỳ vào sáng thứ Năm hằng tuần tại Trụ sở Ủy ban nhân dân xã.</p><p>Công dân đến liên hệ mang theo giấy tờ tùy thân.</p>',
    daysAgo: 2,
  },
  {
    title: 'Nông dân Ân Hảo Đông thu hoạch lúa vụ mùa đạt năng suất cao',
    category: 'Kinh tế',
    field: 'Kinh tế',
    kind: 'bai',
    summary: 'Vụ mùa năm nay, năng suất lúa bình quân toàn xã ước đạt 62 tạ/ha, tăng so với cùng kỳ năm trước.',
    body: '<p>Những ngày này, trên khắp các cánh đồng của xã, bà con nông dân đang khẩn trương thu hoạch lúa vụ mùa.</p><p>Năng suất bình quân ước đạt <em>62 tạ/ha</em>.</p>',
    daysAgo: 4,
  },
];

export interface DemoPage {
  slug: string;
  /** Slug of the parent page. */
  parent: string | null;
  position: number;
  title: string;
  summary: string;
  body: string;
}

/** Introduction pages (QC Điều 5.4), published through the chain like everything else. */
export const DEMO_PAGES: DemoPage[] = [
  {
    slug: 'gioi-thieu',
    parent: null,
    position: 0,
    title: 'Giới thiệu xã Ân Hảo Đông',
    summary: 'Vị trí địa lý, diện tích, dân số và đơn vị hành chính của xã.',
    body:
      '<p>Xã Ân Hảo Đông nằm ở phía tây huyện Hoài Ân, tỉnh Bình Định, cách trung tâm huyện khoảng 8 km.</p>' +
      '<h2>Đơn vị hành chính</h2><p>Xã có 5 thôn: Hội Long, Hội Đức, Hội An, Hội Phú và Tân Thịnh.</p>' +
      '<h2>Dân số</h2><p>Toàn xã có khoảng 2.100 hộ với hơn 7.600 nhân khẩu.</p>',
  },
  {
    slug: 'lich-su',
    parent: 'gioi-thieu',
    position: 1,
    title: 'Lịch sử hình thành và truyền thống',
    summary: 'Quá trình hình thành, phát triển và truyền thống cách mạng của xã.',
    body:
      '<p>Vùng đất Ân Hảo được khai phá từ thế kỷ XVII. Trong hai cuộc kháng chiến, nhân dân xã đã đóng góp sức người, sức của cho cách mạng.</p>' +
      '<p>Năm 2005, xã Ân Hảo được chia thành hai xã Ân Hảo Đông và Ân Hảo Tây.</p>',
  },
  {
    slug: 'lien-he',
    parent: null,
    position: 9,
    title: 'Liên hệ',
    summary: 'Địa chỉ, điện thoại và thư điện tử của Ủy ban nhân dân xã.',
    body:
      '<p><strong>Ủy ban nhân dân xã Ân Hảo Đông</strong></p>' +
      '<p>Địa chỉ: thôn Hội Đức, xã Ân Hảo Đông, huyện Hoài Ân, tỉnh Bình Định.</p>' +
      '<p>Điện thoại: 0256 3870 123 — Thư điện tử: anhaodong@binhdinh.gov.vn</p>',
  },
];

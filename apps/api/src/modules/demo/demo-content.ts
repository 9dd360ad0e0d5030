import type { SiteRole } from '@congxa/shared/authz';
import { todayInVietnam } from '@congxa/shared/legal';

export const DEMO_PASSWORD = 'CongXa@demo1';

export const DEMO_SITE = { slug: 'an-hao-dong', name: 'Xã Ân Hảo Đông', domains: ['localhost', '127.0.0.1'] };

/** The board's fields; the last three are the fields of the demo procedures (editor2 holds them with Văn hóa - Xã hội). */
export const DEMO_FIELDS = ['Kinh tế', 'Văn hóa - Xã hội', 'Quốc phòng - An ninh', 'Hộ tịch', 'Chứng thực', 'Bảo trợ xã hội'];

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
  {
    email: 'editor2@demo.local',
    fullName: 'Phạm Thị Tập',
    role: 'editor',
    isStaff: true,
    fields: ['Văn hóa - Xã hội', 'Hộ tịch', 'Chứng thực', 'Bảo trợ xã hội'],
  },
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

export interface DemoDocument {
  /** The key other demo documents' relations name it by. */
  ref: string;
  title: string;
  documentType: string;
  number: string;
  issuerLevel: 'commune' | 'province' | 'central';
  issuingBody: string;
  signer: string;
  signerPosition: string;
  /** Days from the day of seeding (negative: in the past), so the statuses hold whenever the demo is made. */
  issued: number;
  effective: number | null;
  expires: number | null;
  field: string;
  summary: string;
  /** What this document does to earlier demo documents. */
  relations: { kind: string; ref: string }[];
  /** The text of its (small, demo) PDF file. */
  body: string[];
}

const UBND = 'Ủy ban nhân dân xã Ân Hảo Đông';
const CHU_TICH = { signer: 'Nguyễn Văn Hùng', signerPosition: 'Chủ tịch UBND xã' };
const PHO_CHU_TICH = { signer: 'Trần Thị Lan', signerPosition: 'Phó Chủ tịch UBND xã' };

/** Days from today in Vietnam to a fixed day (a law's real dates), as the demo documents count them. */
const daysTo = (isoDay: string): number => Math.round((Date.parse(`${isoDay}T00:00:00Z`) - Date.parse(`${todayInVietnam()}T00:00:00Z`)) / 86_400_000);

/**
 * The demo register of legal documents: one replaced (15 → 42), one amended by a decision not yet in force
 * (27 ← 51), one guided (42 ← hướng dẫn 12), one expired by its own end date, the rest in force; and two
 * central documents on their real dates that demo procedures rest on (Luật Hộ tịch, the decree on
 * certification). Written oldest first among those related: a relation names an earlier document. Their
 * fields are ones with an editor (the chain assigns each to the editor of its field).
 */
export const DEMO_DOCUMENTS: DemoDocument[] = [
  {
    ref: 'quy-che-cu',
    title: 'Quyết định ban hành Quy chế làm việc của Ủy ban nhân dân xã Ân Hảo Đông nhiệm kỳ 2021 - 2026',
    documentType: 'quyet-dinh',
    number: '15/QĐ-UBND',
    issuerLevel: 'commune',
    issuingBody: UBND,
    ...CHU_TICH,
    issued: -720,
    effective: -720,
    expires: null,
    field: 'Văn hóa - Xã hội',
    summary: 'Quy định nguyên tắc, trách nhiệm, phạm vi giải quyết công việc và quan hệ công tác của Ủy ban nhân dân xã.',
    relations: [],
    body: ['ỦY BAN NHÂN DÂN XÃ ÂN HẢO ĐÔNG', 'QUYẾT ĐỊNH số 15/QĐ-UBND', 'Ban hành Quy chế làm việc của Ủy ban nhân dân xã nhiệm kỳ 2021 - 2026.'],
  },
  {
    ref: 'phong-chong-thien-tai',
    title: 'Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn trên địa bàn xã',
    documentType: 'ke-hoach',
    number: '08/KH-UBND',
    issuerLevel: 'commune',
    issuingBody: UBND,
    ...PHO_CHU_TICH,
    issued: -400,
    effective: -400,
    expires: -30,
    field: 'Văn hóa - Xã hội',
    summary: 'Phân công lực lượng, phương tiện ứng phó bão, lũ; sơ tán dân ở vùng trũng thấp ven sông Kim Sơn.',
    relations: [],
    body: ['ỦY BAN NHÂN DÂN XÃ ÂN HẢO ĐÔNG', 'KẾ HOẠCH số 08/KH-UBND', 'Phòng, chống thiên tai và tìm kiếm cứu nạn.'],
  },
  {
    ref: 'ho-tro-giong',
    title: 'Quyết định quy định mức hỗ trợ giống cây trồng cho hộ nghèo, hộ cận nghèo',
    documentType: 'quyet-dinh',
    number: '27/QĐ-UBND',
    issuerLevel: 'commune',
    issuingBody: UBND,
    ...CHU_TICH,
    issued: -240,
    effective: -230,
    expires: null,
    field: 'Kinh tế',
    summary: 'Hỗ trợ 50% chi phí giống lúa, ngô, đậu phụng cho hộ nghèo, hộ cận nghèo trong vụ Đông Xuân và Hè Thu.',
    relations: [],
    body: ['ỦY BAN NHÂN DÂN XÃ ÂN HẢO ĐÔNG', 'QUYẾT ĐỊNH số 27/QĐ-UBND', 'Quy định mức hỗ trợ giống cây trồng cho hộ nghèo, hộ cận nghèo.'],
  },
  {
    ref: 'nghi-quyet-ktxh',
    title: 'Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh năm 2026',
    documentType: 'nghi-quyet',
    number: '05/NQ-HĐND',
    issuerLevel: 'commune',
    issuingBody: 'Hội đồng nhân dân xã Ân Hảo Đông',
    signer: 'Lê Văn Thành',
    signerPosition: 'Chủ tịch HĐND xã',
    issued: -150,
    effective: -140,
    expires: null,
    field: 'Kinh tế',
    summary: 'Chỉ tiêu tăng trưởng, thu ngân sách, xây dựng nông thôn mới nâng cao và giữ vững an ninh trật tự.',
    relations: [],
    body: ['HỘI ĐỒNG NHÂN DÂN XÃ ÂN HẢO ĐÔNG', 'NGHỊ QUYẾT số 05/NQ-HĐND', 'Về nhiệm vụ phát triển kinh tế - xã hội năm 2026.'],
  },
  {
    ref: 'quy-che-moi',
    title: 'Quyết định ban hành Quy chế làm việc của Ủy ban nhân dân xã Ân Hảo Đông (thay thế Quyết định số 15/QĐ-UBND)',
    documentType: 'quyet-dinh',
    number: '42/QĐ-UBND',
    issuerLevel: 'commune',
    issuingBody: UBND,
    ...CHU_TICH,
    issued: -70,
    effective: -60,
    expires: null,
    field: 'Văn hóa - Xã hội',
    summary: 'Quy chế làm việc mới theo mô hình chính quyền địa phương hai cấp; thay thế Quy chế ban hành kèm Quyết định số 15/QĐ-UBND.',
    relations: [{ kind: 'replaces', ref: 'quy-che-cu' }],
    body: ['ỦY BAN NHÂN DÂN XÃ ÂN HẢO ĐÔNG', 'QUYẾT ĐỊNH số 42/QĐ-UBND', 'Ban hành Quy chế làm việc; thay thế Quyết định số 15/QĐ-UBND.'],
  },
  {
    ref: 'huong-dan-quy-che',
    title: 'Hướng dẫn thực hiện Quy chế làm việc của Ủy ban nhân dân xã',
    documentType: 'huong-dan',
    number: '12/HD-UBND',
    issuerLevel: 'commune',
    issuingBody: UBND,
    ...PHO_CHU_TICH,
    issued: -45,
    effective: null,
    expires: null,
    field: 'Văn hóa - Xã hội',
    summary: 'Trình tự tiếp nhận, xử lý văn bản đến, lịch làm việc và chế độ báo cáo của các bộ phận chuyên môn.',
    relations: [{ kind: 'guides', ref: 'quy-che-moi' }],
    body: ['ỦY BAN NHÂN DÂN XÃ ÂN HẢO ĐÔNG', 'HƯỚNG DẪN số 12/HD-UBND', 'Thực hiện Quy chế làm việc của Ủy ban nhân dân xã.'],
  },
  {
    ref: 'phong-chay',
    title: 'Công văn về việc tăng cường công tác phòng cháy, chữa cháy rừng mùa khô',
    documentType: 'cong-van',
    number: '135/UBND-VP',
    issuerLevel: 'commune',
    issuingBody: UBND,
    ...PHO_CHU_TICH,
    issued: -25,
    effective: null,
    expires: null,
    field: 'Kinh tế',
    summary: 'Yêu cầu các thôn tổ chức trực 24/24 giờ tại các khu rừng trồng keo, bạch đàn; cấm đốt thực bì trong mùa khô.',
    relations: [],
    body: ['ỦY BAN NHÂN DÂN XÃ ÂN HẢO ĐÔNG', 'Số: 135/UBND-VP', 'V/v tăng cường công tác phòng cháy, chữa cháy rừng mùa khô.'],
  },
  {
    ref: 'sua-doi-ho-tro',
    title: 'Quyết định sửa đổi, bổ sung một số điều của Quyết định số 27/QĐ-UBND về mức hỗ trợ giống cây trồng',
    documentType: 'quyet-dinh',
    number: '51/QĐ-UBND',
    issuerLevel: 'commune',
    issuingBody: UBND,
    ...CHU_TICH,
    issued: -10,
    effective: 20,
    expires: null,
    field: 'Kinh tế',
    summary: 'Nâng mức hỗ trợ lên 70% chi phí giống và mở rộng cho hộ mới thoát nghèo trong 2 năm.',
    relations: [{ kind: 'amends', ref: 'ho-tro-giong' }],
    body: ['ỦY BAN NHÂN DÂN XÃ ÂN HẢO ĐÔNG', 'QUYẾT ĐỊNH số 51/QĐ-UBND', 'Sửa đổi, bổ sung Quyết định số 27/QĐ-UBND.'],
  },
  {
    ref: 'luat-ho-tich',
    title: 'Luật Hộ tịch',
    documentType: 'luat',
    number: '60/2014/QH13',
    issuerLevel: 'central',
    issuingBody: 'Quốc hội',
    signer: 'Nguyễn Sinh Hùng',
    signerPosition: 'Chủ tịch Quốc hội',
    issued: daysTo('2014-11-20'),
    effective: daysTo('2016-01-01'),
    expires: null,
    field: 'Hộ tịch',
    summary: 'Quy định về hộ tịch; quyền, nghĩa vụ của cá nhân, cơ quan, tổ chức về hộ tịch; nhiệm vụ, quyền hạn của cơ quan đăng ký hộ tịch.',
    relations: [],
    body: ['QUỐC HỘI', 'LUẬT HỘ TỊCH số 60/2014/QH13', 'Bản trích để dùng thử: khai sinh, kết hôn, khai tử, nhận cha, mẹ, con; cấp trích lục hộ tịch.'],
  },
  {
    ref: 'nghi-dinh-chung-thuc',
    title: 'Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch',
    documentType: 'nghi-dinh',
    number: '23/2015/NĐ-CP',
    issuerLevel: 'central',
    issuingBody: 'Chính phủ',
    signer: 'Nguyễn Tấn Dũng',
    signerPosition: 'Thủ tướng Chính phủ',
    issued: daysTo('2015-02-16'),
    effective: daysTo('2015-04-10'),
    expires: null,
    field: 'Chứng thực',
    summary: 'Thẩm quyền, thủ tục cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký, chứng thực hợp đồng, giao dịch.',
    relations: [],
    body: ['CHÍNH PHỦ', 'NGHỊ ĐỊNH số 23/2015/NĐ-CP', 'Bản trích để dùng thử: chứng thực bản sao, chữ ký, hợp đồng, giao dịch.'],
  },
];

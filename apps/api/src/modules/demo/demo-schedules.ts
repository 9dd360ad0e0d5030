/** One row of a demo week: the day as an offset from Monday (0–6), the rest as entered by the office. */
export interface DemoScheduleRow {
  day: number;
  time: string | null;
  activity: string;
  presiding?: string;
  participants?: string;
  location?: string;
  preparing?: string;
}

const CHU_TICH = 'Đ/c Nguyễn Văn Hùng – Chủ tịch UBND xã';
const PCT_KT = 'Đ/c Trần Thị Mai – Phó Chủ tịch UBND xã';
const PCT_VX = 'Đ/c Lê Quang Vinh – Phó Chủ tịch UBND xã';
const HOI_TRUONG = 'Hội trường UBND xã';
const PHONG_HOP = 'Phòng họp số 1, UBND xã';

/** The rows every week repeats (the admin's "copy last week" copies them): Monday's briefing, Thursday's reception. */
const RECURRING: DemoScheduleRow[] = [
  {
    day: 0,
    time: '07:30',
    activity: 'Giao ban lãnh đạo UBND xã đầu tuần',
    presiding: CHU_TICH,
    participants: 'Các Phó Chủ tịch UBND xã; Chánh Văn phòng',
    location: PHONG_HOP,
    preparing: 'Văn phòng HĐND và UBND',
  },
  {
    day: 3,
    time: '07:30',
    activity: 'Tiếp công dân định kỳ',
    presiding: CHU_TICH,
    participants: 'Công chức Tư pháp – Hộ tịch; Địa chính',
    location: 'Trụ sở tiếp công dân xã',
    preparing: 'Văn phòng HĐND và UBND',
  },
];

/** Last week's schedule, as published once. */
export const DEMO_LAST_WEEK: DemoScheduleRow[] = [
  ...RECURRING,
  {
    day: 0,
    time: '14:00',
    activity: 'Họp Ban chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn xã',
    presiding: PCT_KT,
    participants: 'Thành viên Ban chỉ đạo; Trưởng thôn',
    location: HOI_TRUONG,
    preparing: 'Công chức Địa chính – Nông nghiệp',
  },
  {
    day: 1,
    time: '08:00',
    activity: 'Kiểm tra tiến độ làm đường bê tông nông thôn thôn Linh Chiểu',
    presiding: PCT_KT,
    participants: 'Công chức Địa chính – Xây dựng; Trưởng thôn Linh Chiểu',
    location: 'Thôn Linh Chiểu',
  },
  { day: 2, time: null, activity: 'Dự hội nghị trực tuyến của UBND tỉnh về chuyển đổi số', presiding: CHU_TICH, location: 'Điểm cầu UBND xã' },
  {
    day: 4,
    time: '14:00',
    activity: 'Họp xét hồ sơ hỗ trợ hộ nghèo làm nhà ở',
    presiding: PCT_VX,
    participants: 'Công chức Văn hóa – Xã hội; Hội Liên hiệp Phụ nữ; Mặt trận Tổ quốc xã',
    location: PHONG_HOP,
    preparing: 'Công chức Văn hóa – Xã hội',
  },
  {
    day: 5,
    time: '07:00',
    activity: 'Ra quân ngày Chủ nhật xanh – dọn vệ sinh môi trường',
    presiding: PCT_VX,
    participants: 'Đoàn Thanh niên; Hội Cựu chiến binh; nhân dân các thôn',
    location: 'Các tuyến đường liên thôn',
  },
];

/** This week's schedule as first published… */
export const DEMO_THIS_WEEK: DemoScheduleRow[] = [
  ...RECURRING,
  {
    day: 1,
    time: '08:00',
    activity: 'Họp Hội đồng xét duyệt hỗ trợ sản xuất nông nghiệp vụ Đông Xuân',
    presiding: PCT_KT,
    participants: 'Thành viên Hội đồng',
    location: PHONG_HOP,
    preparing: 'Công chức Địa chính – Nông nghiệp',
  },
  {
    day: 2,
    time: '14:00',
    activity: 'Làm việc với Đoàn kiểm tra của UBND tỉnh về cải cách hành chính',
    presiding: CHU_TICH,
    participants: 'Các Phó Chủ tịch; công chức Bộ phận Một cửa',
    location: HOI_TRUONG,
    preparing: 'Văn phòng HĐND và UBND',
  },
  {
    day: 4,
    time: '08:00',
    activity: 'Họp giao ban công an, quân sự xã',
    presiding: CHU_TICH,
    participants: 'Trưởng Công an xã; Chỉ huy trưởng Ban Chỉ huy Quân sự xã',
    location: PHONG_HOP,
  },
  { day: 5, time: '19:30', activity: 'Dự ngày hội Đại đoàn kết toàn dân tộc tại thôn Hòa Hội', presiding: PCT_VX, location: 'Nhà văn hóa thôn Hòa Hội' },
];

/**
 * …and as adjusted later in the week (a second edition through the chain): the inspection moves to the
 * morning, a meeting is added, the Saturday visit is cancelled. The portal marks the first two "điều chỉnh".
 */
export function adjustThisWeek(rows: DemoScheduleRow[]): DemoScheduleRow[] {
  return [
    ...rows
      .filter((r) => !r.activity.startsWith('Dự ngày hội'))
      .map((r) => (r.activity.startsWith('Làm việc với Đoàn kiểm tra') ? { ...r, day: 2, time: '08:00' } : r)),
    {
      day: 3,
      time: '14:00',
      activity: 'Họp triển khai công tác chuẩn bị Tết Nguyên đán',
      presiding: CHU_TICH,
      participants: 'Các ban, ngành, đoàn thể xã',
      location: HOI_TRUONG,
      preparing: 'Văn phòng HĐND và UBND',
    },
  ];
}

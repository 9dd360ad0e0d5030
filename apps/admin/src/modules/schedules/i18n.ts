/** UI strings of the weekly schedules (Lịch công tác tuần): list, "new week" and editor (Vietnamese first; English has the same shape). */
export const vi = {
  title: 'Lịch công tác',
  editorTitle: 'Biên tập lịch công tác tuần',
  noSite: 'Bạn chưa tham gia ban biên tập của trang nào, nên chưa có lịch công tác để xem.',
  tabsLabel: 'Danh sách lịch công tác',
  tabs: {
    all: 'Tất cả',
    mine: 'Lịch tôi nhập',
  },
  empty: {
    all: 'Chưa có lịch công tác tuần nào.',
    mine: 'Bạn chưa nhập lịch công tác tuần nào.',
  },
  pageInfo: 'Trang {page}/{pages}, {total} tuần',
  newSchedule: 'Lập lịch tuần mới',
  newTitle: 'Tiêu đề',
  columns: {
    week: 'Tuần',
  },
  new: {
    week: 'Tuần',
    thisWeek: 'tuần này',
    taken: 'đã có lịch',
    copyRecurring: 'Chép các việc lặp lại hằng tuần từ lịch tuần trước',
    copyHint:
      'Việc lặp lại là việc có cùng thứ, giờ và nội dung ở cả hai tuần trước (giao ban đầu tuần, tiếp công dân định kỳ…). Sửa hoặc xóa được sau khi chép.',
  },
  editor: {
    back: 'Danh sách lịch công tác',
    notFound: 'Không tìm thấy lịch công tác, hoặc bạn không được xem lịch này.',
    weekPanel: 'Tuần và lĩnh vực',
    rowsPanel: 'Lịch trong tuần',
    weekHint: 'Tuần theo ISO, ví dụ 2026-W50 (thứ Hai đến Chủ nhật).',
    fieldHint: 'Lịch được giao cho biên tập viên phụ trách lĩnh vực này (thường là Văn phòng).',
    rowsHint:
      'Mỗi dòng một việc: ngày trong tuần, giờ (bỏ trống nếu cả ngày), nội dung, chủ trì, thành phần, địa điểm, đơn vị chuẩn bị. Sửa sau khi đăng thì các dòng thay đổi được ghi “điều chỉnh lúc …”.',
    weekInvalid: 'Tuần chưa đúng dạng, ví dụ 2026-W50.',
    rowsInvalid: 'Có dòng có ngày không thuộc tuần này.',
  },
};

export const en: typeof vi = {
  title: 'Work schedules',
  editorTitle: 'Edit weekly schedule',
  noSite: 'You are not on the editorial board of any site, so there are no schedules to show.',
  tabsLabel: 'Schedule lists',
  tabs: {
    all: 'All',
    mine: 'Schedules I entered',
  },
  empty: {
    all: 'There are no weekly schedules yet.',
    mine: 'You have not entered any weekly schedule yet.',
  },
  pageInfo: 'Page {page} of {pages}, {total} weeks',
  newSchedule: 'New week’s schedule',
  newTitle: 'Title',
  columns: {
    week: 'Week',
  },
  new: {
    week: 'Week',
    thisWeek: 'this week',
    taken: 'already has one',
    copyRecurring: 'Copy the weekly recurring rows from last week’s schedule',
    copyHint:
      'A recurring row has the same weekday, time and activity in both previous weeks (the Monday briefing, the regular citizen reception…). Edit or remove them after copying.',
  },
  editor: {
    back: 'Work schedules',
    notFound: 'The schedule was not found, or you may not see it.',
    weekPanel: 'Week and field',
    rowsPanel: 'The week’s schedule',
    weekHint: 'ISO week, e.g. 2026-W50 (Monday to Sunday).',
    fieldHint: 'The schedule goes to an editor who holds this field (usually the office).',
    rowsHint:
      'One row per activity: day of the week, time (empty for all day), activity, presiding, participants, location, preparing unit. Rows changed after publication are marked “adjusted at …”.',
    weekInvalid: 'The week is not in the usual form, e.g. 2026-W50.',
    rowsInvalid: 'A row’s day is not in this week.',
  },
};

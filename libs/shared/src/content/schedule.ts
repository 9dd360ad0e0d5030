import { defineContentType, type ContentValues } from './schema';

/**
 * Lịch công tác tuần (QC Điều 5.4): the leadership's work and meeting schedule of one ISO week (Monday to
 * Sunday, `2026-W49`), entered as rows and approved as a whole through the chain. A change after
 * publication is a new edition; rows keep their ids across editions, so the portal can mark the rows that
 * changed ("điều chỉnh lúc …", `rowAdjustments` in libs/shared/schedule).
 */
export const SCHEDULE_SCHEMA = defineContentType({
  type: 'schedule',
  label: { vi: 'Lịch công tác tuần', en: 'Weekly schedule' },
  labelPlural: { vi: 'Lịch công tác', en: 'Weekly schedules' },
  createPermission: null,
  listFields: ['week'],
  fields: {
    title: {
      kind: 'text',
      label: { vi: 'Tiêu đề', en: 'Title' },
      min: 3,
      max: 300,
      default: '',
      requiredToSubmit: true,
      searchable: 'title',
      public: true,
    },
    week: { kind: 'text', label: { vi: 'Tuần', en: 'Week' }, max: 8, default: '', requiredToSubmit: true, public: true },
    // The chain assigns an item to an editor of its field (usually the office: Văn phòng – Thống kê).
    fieldId: { kind: 'ref', to: 'field', label: { vi: 'Lĩnh vực', en: 'Field' }, default: null, requiredToSubmit: true },
    rows: {
      kind: 'rows',
      label: { vi: 'Lịch', en: 'Schedule' },
      columns: {
        date: { kind: 'date', label: { vi: 'Ngày', en: 'Day' }, required: true },
        time: { kind: 'time', label: { vi: 'Giờ', en: 'Time' } },
        activity: { kind: 'text', label: { vi: 'Nội dung công việc', en: 'Activity' }, max: 1000, multiline: true, required: true },
        presiding: { kind: 'text', label: { vi: 'Chủ trì', en: 'Presiding' }, max: 200 },
        participants: { kind: 'text', label: { vi: 'Thành phần', en: 'Participants' }, max: 1000, multiline: true },
        location: { kind: 'text', label: { vi: 'Địa điểm', en: 'Location' }, max: 300 },
        preparing: { kind: 'text', label: { vi: 'Đơn vị chuẩn bị', en: 'Preparing unit' }, max: 300 },
      },
      maxItems: 200,
      default: [],
      requiredToSubmit: true,
      public: true,
    },
    note: { kind: 'text', label: { vi: 'Ghi chú', en: 'Note' }, max: 2000, multiline: true, default: '', public: true },
  },
});

export type ScheduleContent = ContentValues<typeof SCHEDULE_SCHEMA.fields>;

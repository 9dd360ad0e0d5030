import { describe, expect, it } from 'vitest';
import { defaultContent, defineContentType, PROCEDURE_SCHEMA } from '@congxa/shared/content';
import { changedContent, cleanRows, describeFields, toContentValues, toFormValues, type FieldDescriptor } from './schemaForm';

const byKey = (fields: FieldDescriptor[]) => Object.fromEntries(fields.map((f) => [f.key, f]));
const FORM = 'a0000000-0000-4000-8000-000000000001';

/** A week's rows: a day, a time and text (the lead's schedules declare the same kinds). */
const WEEK = defineContentType({
  type: 'week-test',
  label: { vi: 'Lịch', en: 'Schedule' },
  labelPlural: { vi: 'Lịch', en: 'Schedules' },
  createPermission: null,
  fields: {
    title: { kind: 'text', label: { vi: 'Tiêu đề', en: 'Title' }, max: 300, default: '', public: true },
    rows: {
      kind: 'rows',
      label: { vi: 'Lịch', en: 'Schedule' },
      columns: {
        date: { kind: 'date', label: { vi: 'Ngày', en: 'Day' }, required: true },
        time: { kind: 'time', label: { vi: 'Giờ', en: 'Time' } },
        activity: { kind: 'text', label: { vi: 'Nội dung', en: 'Activity' }, max: 1000, multiline: true, required: true },
      },
      maxItems: 200,
      default: [],
      public: true,
    },
  },
});

describe('describeFields (rows)', () => {
  it('should describe a rows field with its columns, their kinds, labels and limits, in declaration order', () => {
    const f = byKey(describeFields(PROCEDURE_SCHEMA, { lang: 'vi', idPrefix: 'procedure' }));
    expect(f.dossier).toMatchObject({ id: 'procedure-dossier', control: 'rows', label: 'Thành phần hồ sơ', maxItems: 60 });
    expect(f.dossier!.columns).toEqual([
      { key: 'name', label: 'Tên giấy tờ', kind: 'text', maxlength: 1000, multiline: true, required: true },
      { key: 'copies', label: 'Số lượng', kind: 'text', maxlength: 200, multiline: false, required: false },
      { key: 'form', label: 'Mẫu đơn, tờ khai', kind: 'media', multiline: false, required: false },
    ]);
    expect(byKey(describeFields(WEEK, { lang: 'en', idPrefix: 'w' })).rows!.columns!.map((c) => `${c.label}:${c.kind}`)).toEqual([
      'Day:date',
      'Time:time',
      'Activity:text',
    ]);
  });

  it('should name the type a relation points at when it is another (a procedure’s legal basis: documents)', () => {
    const f = byKey(describeFields(PROCEDURE_SCHEMA, { lang: 'vi', idPrefix: 'procedure' }));
    expect(f.legalBasis).toMatchObject({ control: 'relations', relationTarget: 'document', relationKinds: ['legal-basis'] });
  });
});

describe('rows content ⇄ form', () => {
  const saved = {
    ...defaultContent(WEEK),
    title: 'Tuần 49',
    rows: [
      { id: 'r1', date: '2026-12-07', time: '07:30', activity: 'Giao ban' },
      { id: 'r2', date: '2026-12-08', time: null, activity: 'Tiếp dân' },
    ],
  };

  it('should show each row with its id and every declared cell as text, null as ""', () => {
    const form = toFormValues(WEEK, saved as never) as Record<string, unknown>;
    expect(form.rows).toEqual([
      { id: 'r1', date: '2026-12-07', time: '07:30', activity: 'Giao ban' },
      { id: 'r2', date: '2026-12-08', time: '', activity: 'Tiếp dân' },
    ]);
  });

  it('should keep each row’s id, send empty cells as null, leave out the id of a new row and a row left empty', () => {
    const form = toFormValues(WEEK, saved as never) as Record<string, unknown>;
    form.rows = [
      { id: 'r2', date: '2026-12-08', time: ' 09:00 ', activity: 'Tiếp dân ' },
      { id: '', date: '2026-12-09', time: '', activity: 'Họp' },
      { id: '', date: '', time: '', activity: '  ' },
      { id: 'r1', date: '2026-12-07', time: '07:30', activity: 'Giao ban' },
    ];
    expect((toContentValues(WEEK, form as never) as Record<string, unknown>).rows).toEqual([
      { id: 'r2', date: '2026-12-08', time: '09:00', activity: 'Tiếp dân' },
      { date: '2026-12-09', time: null, activity: 'Họp' },
      { id: 'r1', date: '2026-12-07', time: '07:30', activity: 'Giao ban' },
    ]);
  });

  it('should send the rows only when they changed (an emptied cell and a null are the same)', () => {
    const form = toFormValues(WEEK, saved as never) as Record<string, unknown>;
    expect(changedContent(WEEK, saved as never, form as never)).toEqual({});
    form.rows = [...(form.rows as object[])].reverse();
    expect(Object.keys(changedContent(WEEK, saved as never, form as never))).toEqual(['rows']);
  });

  it('should keep a dossier row’s form template id and drop undeclared cells', () => {
    expect(cleanRows(PROCEDURE_SCHEMA.fields.dossier, [{ id: 'x', name: 'Tờ khai', copies: '01 bản chính', form: FORM, extra: 'no' }, 'junk'])).toEqual([
      { id: 'x', name: 'Tờ khai', copies: '01 bản chính', form: FORM },
    ]);
    expect(cleanRows(PROCEDURE_SCHEMA.fields.dossier, null)).toEqual([]);
  });
});

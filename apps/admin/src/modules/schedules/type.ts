import { SCHEDULE_SCHEMA } from '@congxa/shared/content';
import type { ScheduleResponse } from '@congxa/shared/dto/schedules';
import { itemFormAdapter } from '../content/composables/itemForm';
import { defineItemType } from '../content/itemType';
import { scheduleApi } from './api';

export const scheduleFormAdapter = itemFormAdapter<ScheduleResponse>(SCHEDULE_SCHEMA);

/** The weekly schedule editor: the week and its field, then the week's rows as a table (the generic rows field). */
export const scheduleType = defineItemType<ScheduleResponse>({
  schema: SCHEDULE_SCHEMA,
  api: scheduleApi,
  form: scheduleFormAdapter,
  idPrefix: 'schedule',
  routes: { list: 'schedules', edit: 'schedule-edit' },
  labels: { back: 'schedules.editor.back', notFound: 'schedules.editor.notFound' },
  hints: {
    week: 'schedules.editor.weekHint',
    fieldId: 'schedules.editor.fieldHint',
    rows: 'schedules.editor.rowsHint',
  },
  invalidMessages: {
    week: 'schedules.editor.weekInvalid',
    rows: 'schedules.editor.rowsInvalid',
  },
  panels: [
    { key: 'week', legend: 'schedules.editor.weekPanel', fields: ['title', 'week', 'fieldId', 'note'] },
    { key: 'rows', legend: 'schedules.editor.rowsPanel', fields: ['rows'] },
  ],
  publicPath: (s) => (s.liveStatus === 'published' ? `/lich-cong-tac/${s.week.toLowerCase()}` : null),
});

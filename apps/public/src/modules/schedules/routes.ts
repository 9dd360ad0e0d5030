import type { RouteRecordRaw } from 'vue-router';
import type { PublicScheduleWeek } from '@congxa/shared/dto/schedules';
import { found, notFound, type Loader } from '../../core/loader';
import { fetchWeek } from './api';
import SchedulePrintPage from './components/SchedulePrintPage.vue';
import ScheduleWeekPage from './components/ScheduleWeekPage.vue';

export interface WeekData {
  week: PublicScheduleWeek;
  /** The page is the register's front (`/lich-cong-tac`: this week), not a week's own address. */
  current: boolean;
}

/** `2026-w49` — anything else is no week's address. */
const WEEK_SEGMENT = /^\d{4}-w\d{2}$/;

const loadWeek: Loader = async ({ api, to }) => {
  const segment = to.params.week === undefined ? 'current' : String(to.params.week);
  if (segment !== 'current' && !WEEK_SEGMENT.test(segment)) return notFound();
  return found<WeekData>({ week: await fetchWeek(api, segment), current: segment === 'current' });
};

export const scheduleRoutes: RouteRecordRaw[] = [
  { path: '/lich-cong-tac', name: 'schedule', component: ScheduleWeekPage, meta: { load: loadWeek } },
  { path: '/lich-cong-tac/:week', name: 'schedule-week', component: ScheduleWeekPage, meta: { load: loadWeek } },
  { path: '/lich-cong-tac/:week/in', name: 'schedule-print', component: SchedulePrintPage, meta: { load: loadWeek, layout: 'print' } },
];

import { SCHEDULE_SCHEMA } from '../content/schedule';
import type { ContentRow } from '../content/schema';
import { contentRequestClasses, type ItemResponse } from './content';

export const { Create: CreateScheduleRequest, Update: UpdateScheduleRequest } = contentRequestClasses(SCHEDULE_SCHEMA);

export type ScheduleResponse = ItemResponse<typeof SCHEDULE_SCHEMA.fields>;

/** One row of a published week, with when it was last adjusted after the first publication (null: as first published). */
export interface PublicScheduleRow {
  id: string;
  date: string;
  time: string | null;
  activity: string;
  presiding: string | null;
  participants: string | null;
  location: string | null;
  preparing: string | null;
  adjustedAt: string | null;
}

/**
 * `GET /api/v1/public/schedules/:week` (`2026-w49`, or `current`): the week's published schedule, or an
 * empty week (`published: false`) when none is published; the weeks either side are always named.
 */
export interface PublicScheduleWeek {
  week: string;
  /** Monday to Sunday, `YYYY-MM-DD`. */
  days: string[];
  /** Today in Vietnam when it falls in this week, else null. */
  today: string | null;
  previousWeek: string;
  nextWeek: string;
  published: boolean;
  title: string;
  note: string | null;
  rows: PublicScheduleRow[];
  /** Rows published earlier and cancelled since, with when. */
  cancelled: (PublicScheduleRow & { cancelledAt: string })[];
  /** First publication and the last change, ISO instants (null when not published). */
  publishedAt: string | null;
  updatedAt: string | null;
}

/** `GET /api/v1/public/schedules`: the published weeks, newest first (for an archive list). */
export interface PublicScheduleSummary {
  week: string;
  title: string;
  rows: number;
  updatedAt: string;
}

export type { ContentRow };

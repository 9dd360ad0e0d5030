import { Injectable } from '@nestjs/common';
import type { ContentRow } from '@congxa/shared/content';
import type { PublicScheduleRow, PublicScheduleSummary, PublicScheduleWeek } from '@congxa/shared/dto/schedules';
import { todayInVietnam } from '@congxa/shared/legal';
import { currentWeek, scheduleChanges, scheduleTitle, shiftWeek, sortRows, weekDays, weekFromSlug } from '@congxa/shared/schedule';
import ical from 'ical-generator';
import { PublicCache } from '../../common/cache/public-cache';
import { AppException } from '../../common/errors/app-exception';
import { nextVietnamMidnight } from '../documents/public-documents.service';
import { type FeedRequest, originOf } from '../feeds/origin';
import { SitesService } from '../sites/sites.service';
import { type LiveWeekRow, SchedulesRepository } from './schedules.repository';
import { schedulePath } from './schedule.type';

/** How far back the calendar feed reaches: calendar apps keep what they already have. */
const FEED_WEEKS_BACK = 8;
/** A row with a start time and no end is shown in calendars as an hour. */
const DEFAULT_MINUTES = 60;

const publicRow = (r: ContentRow, adjustedAt: string | null): PublicScheduleRow => ({
  id: r.id,
  date: String(r.date),
  time: r.time ?? null,
  activity: String(r.activity ?? ''),
  presiding: r.presiding ?? null,
  participants: r.participants ?? null,
  location: r.location ?? null,
  preparing: r.preparing ?? null,
  adjustedAt,
});

/**
 * The leadership's week on the portal (Lịch công tác tuần): any week by its ISO name, the current one as
 * Vietnam counts it, an archive of published weeks, and an iCalendar feed calendar apps subscribe to.
 * "Today" and "this week" change at midnight without an edit: the cache keys name the day, and what the
 * site keeps is dropped at the next Vietnamese midnight.
 */
@Injectable()
export class PublicSchedulesService {
  constructor(
    private readonly sites: SitesService,
    private readonly repo: SchedulesRepository,
    private readonly cache: PublicCache,
  ) {}

  /** `2026-w49` or `current`: the week's published schedule, or the empty week; 404 for a segment that is no week. */
  async week(host: string | undefined, segment: string, now = new Date()): Promise<PublicScheduleWeek> {
    const site = await this.sites.resolvePublic(host);
    const week = segment === 'current' ? currentWeek(now) : weekFromSlug(segment);
    if (!week) throw new AppException(404, 'SCHEDULE_NOT_FOUND');
    const today = todayInVietnam(now);
    return this.cache.get(site.id, `schedule:${today}:${week}`, async () => {
      this.cache.expireAt(site.id, nextVietnamMidnight(today));
      const days = weekDays(week);
      const base = { week, days, today: days.includes(today) ? today : null, previousWeek: shiftWeek(week, -1), nextWeek: shiftWeek(week, 1) };
      const live = (await this.weeks(site.id)).find((w) => w.week === week);
      if (!live) return { ...base, published: false, title: scheduleTitle(week), note: null, rows: [], cancelled: [], publishedAt: null, updatedAt: null };
      const editions = (await this.repo.liveEditions(live.id)).map((e) => ({ publishedAt: e.publishedAt.toISOString(), rows: e.rows }));
      const changes = scheduleChanges(editions);
      return {
        ...base,
        published: true,
        title: live.title,
        note: live.note,
        rows: sortRows(live.rows).map((r) => publicRow(r, changes.adjusted[r.id] ?? null)),
        cancelled: sortRows(changes.removed.map((c) => ({ ...c.row, removedAt: c.removedAt }))).map((r) => ({
          ...publicRow(r, null),
          cancelledAt: r.removedAt,
        })),
        publishedAt: live.publishedAt.toISOString(),
        updatedAt: live.updatedAt.toISOString(),
      };
    });
  }

  /** The published weeks, newest first. */
  async list(host: string | undefined): Promise<PublicScheduleSummary[]> {
    const site = await this.sites.resolvePublic(host);
    return this.cache.get(site.id, 'schedule:list', async () =>
      (await this.weeks(site.id)).map((w) => ({ week: w.week, title: w.title, rows: w.rows.length, updatedAt: w.updatedAt.toISOString() })),
    );
  }

  /**
   * `/lich-cong-tac.ics`: every row of the published weeks from eight weeks back, one event each (a row
   * without a time is an all-day event; with one, an hour from it), times in UTC so that every calendar app
   * places them right. Event ids are the rows' ids: an adjusted row updates the event instead of adding one.
   */
  async ics(r: FeedRequest, now = new Date()): Promise<string> {
    const site = await this.sites.resolvePublic(r.host);
    const today = todayInVietnam(now);
    return this.cache.get(site.id, `schedule:ics:${today}:${r.protocol}:${r.authority}`, async () => {
      this.cache.expireAt(site.id, nextVietnamMidnight(today));
      const origin = originOf(r, site);
      const from = weekDays(shiftWeek(currentWeek(now), -FEED_WEEKS_BACK))[0];
      const cal = ical({
        name: `Lịch công tác — ${site.name}`,
        description: `Lịch công tác tuần của lãnh đạo ${site.name}`,
        prodId: { company: 'CongXa', product: 'lich-cong-tac', language: 'VI' },
        url: `${origin}/lich-cong-tac`,
        ttl: 3600,
      });
      const host = new URL(origin).hostname;
      for (const w of await this.weeks(site.id)) {
        if (weekDays(w.week)[6] < from) continue;
        const updated = w.updatedAt;
        for (const row of sortRows(w.rows)) {
          const date = String(row.date);
          const start = row.time ? new Date(`${date}T${row.time}:00+07:00`) : new Date(`${date}T00:00:00Z`);
          const who = [
            row.presiding && `Chủ trì: ${row.presiding}`,
            row.participants && `Thành phần: ${row.participants}`,
            row.preparing && `Chuẩn bị: ${row.preparing}`,
          ];
          cal.createEvent({
            id: `${row.id}@${host}`,
            start,
            ...(row.time ? { end: new Date(start.getTime() + DEFAULT_MINUTES * 60_000) } : { allDay: true }),
            summary: String(row.activity ?? ''),
            description: who.filter(Boolean).join('\n') || undefined,
            location: row.location ?? undefined,
            url: `${origin}${schedulePath(w.week)}`,
            stamp: updated,
            lastModified: updated,
          });
        }
      }
      return cal.toString();
    });
  }

  private weeks(siteId: string): Promise<LiveWeekRow[]> {
    return this.cache.get(siteId, 'schedule:weeks', () => this.repo.liveWeeks(siteId));
  }
}

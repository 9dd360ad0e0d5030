import { Controller, Get, Headers, Param, Req, RequestMethod, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PublicScheduleSummary, PublicScheduleWeek } from '@congxa/shared/dto/schedules';
import { Public } from '../../common/auth/access.decorators';
import { withETag, withTextETag } from '../../common/http/etag';
import { Feed, type FeedRequest } from '../feeds/origin';
import { PublicSchedulesService } from './public-schedules.service';

/** The calendar feed's fixed URL at the portal's root (calendar apps subscribe to it), outside the API prefix. */
export const SCHEDULE_FEED_PATH = 'lich-cong-tac.ics';
export const SCHEDULE_ROUTES_AT_ROOT: { path: string; method: RequestMethod }[] = [{ path: SCHEDULE_FEED_PATH, method: RequestMethod.GET }];

@ApiTags('public')
@Controller('public/schedules')
export class PublicSchedulesController {
  constructor(private readonly schedules: PublicSchedulesService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Các tuần đã đăng lịch công tác, mới nhất trước / the published weeks, newest first' })
  async list(
    @Headers('host') host: string | undefined,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PublicScheduleSummary[] | undefined> {
    return withETag(req, reply, await this.schedules.list(host));
  }

  @Get(':week')
  @Public()
  @ApiOperation({
    summary:
      'Lịch công tác một tuần (`2026-w49` hoặc `current`: tuần này theo giờ Việt Nam), các dòng điều chỉnh có thời điểm / one week’s schedule, adjusted rows marked; an unpublished week answers published: false',
  })
  async week(
    @Headers('host') host: string | undefined,
    @Param('week') week: string,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PublicScheduleWeek | undefined> {
    return withETag(req, reply, await this.schedules.week(host, week));
  }
}

@ApiTags('public')
@Controller()
export class ScheduleFeedController {
  constructor(private readonly schedules: PublicSchedulesService) {}

  @Get(SCHEDULE_FEED_PATH)
  @Public()
  @ApiOperation({ summary: 'Lịch công tác dạng iCalendar để đăng ký trên điện thoại / the schedule as an iCalendar feed to subscribe to' })
  async ics(@Feed() r: FeedRequest, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string | undefined> {
    return withTextETag(req, reply, 'text/calendar; charset=utf-8', await this.schedules.ics(r), 'public, max-age=900');
  }
}

import { Module } from '@nestjs/common';
import { contentController } from '../publishing/content.controller';
import { ContentTypes } from '../publishing/content-types';
import { PublishingModule } from '../publishing/publishing.module';
import { SitesModule } from '../sites/sites.module';
import { PublicSchedulesController, ScheduleFeedController } from './public-schedules.controller';
import { PublicSchedulesService } from './public-schedules.service';
import { SchedulesRepository } from './schedules.repository';
import { SCHEDULE_ROUTES, SCHEDULE_TYPE } from './schedule.type';

/** Lịch công tác tuần on the publishing core: its type, staff routes, the public week and the calendar feed. */
@Module({
  imports: [PublishingModule, SitesModule],
  controllers: [contentController(SCHEDULE_ROUTES), PublicSchedulesController, ScheduleFeedController],
  providers: [PublicSchedulesService, SchedulesRepository],
})
export class SchedulesModule {
  constructor(types: ContentTypes) {
    types.register(SCHEDULE_TYPE);
  }
}

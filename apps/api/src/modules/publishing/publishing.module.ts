import { Module } from '@nestjs/common';
import { CategoriesModule } from '../categories/categories.module';
import { FieldsModule } from '../fields/fields.module';
import { MediaModule } from '../media/media.module';
import { MembersModule } from '../members/members.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { QueueController } from './content.controller';
import { ContentNotifications } from './content-notifications';
import { ContentTypes } from './content-types';
import { ItemResponder } from './item-responder';
import { PublicContentRepository } from './public-content.repository';
import { PublicContentService } from './public-content.service';
import { PublishingRepository } from './publishing.repository';
import { PublishingService } from './publishing.service';
import { PublishingScheduler } from './scheduler';
import { TransitionService } from './transition.service';

/**
 * The publishing core: items, editions, revisions, the one transition(), the scheduler and the queue, for
 * every type. A type is a small module that registers a ContentTypeDefinition and mounts
 * `contentController(definition)` (see modules/articles, modules/pages).
 */
@Module({
  imports: [CategoriesModule, FieldsModule, MediaModule, MembersModule, NotificationsModule, UsersModule],
  controllers: [QueueController],
  providers: [
    ContentTypes,
    PublishingRepository,
    PublicContentRepository,
    PublicContentService,
    ItemResponder,
    ContentNotifications,
    TransitionService,
    PublishingService,
    PublishingScheduler,
  ],
  exports: [ContentTypes, PublishingService, TransitionService, PublicContentService],
})
export class PublishingModule {}

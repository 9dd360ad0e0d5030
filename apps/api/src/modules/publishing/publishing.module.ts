import { Module } from '@nestjs/common';
import { CategoriesModule } from '../categories/categories.module';
import { FieldsModule } from '../fields/fields.module';
import { MediaModule } from '../media/media.module';
import { MembersModule } from '../members/members.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SearchIndexModule } from '../search/search-index.module';
import { UsersModule } from '../users/users.module';
import { QueueController } from './content.controller';
import { ContentNotifications } from './content-notifications';
import { ContentTypes } from './content-types';
import { ItemResponder } from './item-responder';
import { LiveChanges } from './live-changes';
import { PresenceRepository } from './presence.repository';
import { PresenceService } from './presence.service';
import { PublicContentRepository } from './public-content.repository';
import { PublicContentService } from './public-content.service';
import { PublishingRepository } from './publishing.repository';
import { PublishingService } from './publishing.service';
import { PublishingScheduler } from './scheduler';
import { SearchIndexer } from './search-indexer';
import { TransitionService } from './transition.service';

/**
 * The publishing core: items, editions, revisions, the one transition(), the scheduler and the queue, and
 * the public search's documents of what is live (SearchIndexer), for every type. A type is a small module that registers a ContentTypeDefinition and mounts
 * `contentController(definition)` (see modules/articles, modules/pages).
 */
@Module({
  imports: [CategoriesModule, FieldsModule, MediaModule, MembersModule, NotificationsModule, UsersModule, SearchIndexModule],
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
    SearchIndexer,
    LiveChanges,
    PresenceRepository,
    PresenceService,
  ],
  exports: [ContentTypes, PublishingService, TransitionService, PublicContentService, PresenceService, SearchIndexer, LiveChanges],
})
export class PublishingModule {}

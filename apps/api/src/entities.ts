import { AuditEntryEntity } from './common/audit/audit-entry.entity';
import { ActionTokenEntity } from './modules/auth/action-token.entity';
import { LoginThrottleEntity } from './modules/auth/login-throttle.entity';
import { RefreshTokenEntity } from './modules/auth/refresh-token.entity';
import { ContentEditionEntity } from './modules/publishing/content-edition.entity';
import { ContentItemEntity } from './modules/publishing/content-item.entity';
import { ContentRevisionEntity } from './modules/publishing/content-revision.entity';
import { ContentTransitionEntity } from './modules/publishing/content-transition.entity';
import { ContentPresenceEntity } from './modules/publishing/content-presence.entity';
import { CategoryEntity } from './modules/categories/category.entity';
import { FieldEntity } from './modules/fields/field.entity';
import { MembershipEntity } from './modules/members/membership.entity';
import { SiteEntity } from './modules/sites/site.entity';
import { UserEntity } from './modules/users/user.entity';
import { MediaEntity } from './modules/media/media.entity';
import { SystemSettingEntity } from './common/database/system-setting.entity';
import { MailOutboxEntity } from './common/mail/mail-outbox.entity';
import { NotificationEntity } from './modules/notifications/notification.entity';
import { ContentOriginalEntity } from './modules/imports/content-original.entity';
import { SearchDocumentEntity } from './modules/search/search-document.entity';
import { SearchWordEntity } from './modules/search/search-word.entity';

/**
 * Every entity of the application. It lives at the app root, not in common/database, because it names the
 * modules' entities and common never imports a module: the data source receives this list from its callers
 * (app.module.ts, cli.ts, test-support).
 */
export const ENTITIES = [
  UserEntity,
  SiteEntity,
  FieldEntity,
  MembershipEntity,
  CategoryEntity,
  ContentItemEntity,
  ContentEditionEntity,
  ContentRevisionEntity,
  ContentTransitionEntity,
  ContentPresenceEntity,
  RefreshTokenEntity,
  ActionTokenEntity,
  LoginThrottleEntity,
  AuditEntryEntity,
  SystemSettingEntity,
  MailOutboxEntity,
  NotificationEntity,
  MediaEntity,
  ContentOriginalEntity,
  SearchDocumentEntity,
  SearchWordEntity,
];

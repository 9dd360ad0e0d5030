import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { ActionTokenEntity } from '../../modules/auth/action-token.entity';
import { LoginThrottleEntity } from '../../modules/auth/login-throttle.entity';
import { RefreshTokenEntity } from '../../modules/auth/refresh-token.entity';
import { ArticleEntity } from '../../modules/articles/article.entity';
import { ArticleRevisionEntity } from '../../modules/articles/article-revision.entity';
import { ArticleTransitionEntity } from '../../modules/articles/article-transition.entity';
import { CategoryEntity } from '../../modules/categories/category.entity';
import { FieldEntity } from '../../modules/fields/field.entity';
import { MembershipEntity } from '../../modules/members/membership.entity';
import { SiteEntity } from '../../modules/sites/site.entity';
import { UserEntity } from '../../modules/users/user.entity';
import { MediaEntity } from '../../modules/media/media.entity';
import { SystemSettingEntity } from './system-setting.entity';
import { MailOutboxEntity } from '../mail/mail-outbox.entity';
import { NotificationEntity } from '../../modules/notifications/notification.entity';
import { ArticleOriginalEntity } from '../../modules/imports/article-original.entity';

export const ENTITIES = [
  UserEntity,
  SiteEntity,
  FieldEntity,
  MembershipEntity,
  CategoryEntity,
  ArticleEntity,
  ArticleRevisionEntity,
  ArticleTransitionEntity,
  RefreshTokenEntity,
  ActionTokenEntity,
  LoginThrottleEntity,
  AuditEntryEntity,
  SystemSettingEntity,
  MailOutboxEntity,
  NotificationEntity,
  MediaEntity,
  ArticleOriginalEntity,
];

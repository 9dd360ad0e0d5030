import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { ActionTokenEntity } from '../../modules/auth/action-token.entity';
import { LoginThrottleEntity } from '../../modules/auth/login-throttle.entity';
import { RefreshTokenEntity } from '../../modules/auth/refresh-token.entity';
import { ArticleEntity } from '../../modules/articles/article.entity';
import { CategoryEntity } from '../../modules/categories/category.entity';
import { FieldEntity } from '../../modules/fields/field.entity';
import { MembershipEntity } from '../../modules/members/membership.entity';
import { SiteEntity } from '../../modules/sites/site.entity';
import { UserEntity } from '../../modules/users/user.entity';
import { SystemSettingEntity } from './system-setting.entity';

export const ENTITIES = [
  UserEntity,
  SiteEntity,
  FieldEntity,
  MembershipEntity,
  CategoryEntity,
  ArticleEntity,
  RefreshTokenEntity,
  ActionTokenEntity,
  LoginThrottleEntity,
  AuditEntryEntity,
  SystemSettingEntity,
];

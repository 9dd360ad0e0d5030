import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { AccessGuard } from './common/auth/access.guard';
import { MembershipLookup, SiteLookup } from './common/auth/lookups';
import { CommonModule } from './common/common.module';
import type { AppConfig } from './common/config/config';
import { databaseModule } from './common/database/database.module';
import { ErrorFilter } from './common/errors/error.filter';
import { AppValidationPipe } from './common/validation/validation.pipe';
import { ENTITIES } from './entities';
import { AccountModule } from './modules/account/account.module';
import { ArticlesModule } from './modules/articles/articles.module';
import { AuditLogModule } from './modules/audit/audit-log.module';
import { AuthModule } from './modules/auth/auth.module';
import { CategoriesModule } from './modules/categories/categories.module';
import { DemoModule } from './modules/demo/demo.module';
import { DocumentsModule } from './modules/documents/documents.module';
import { SchedulesModule } from './modules/schedules/schedules.module';
import { ProceduresModule } from './modules/procedures/procedures.module';
import { FeedsModule } from './modules/feeds/feeds.module';
import { FieldsModule } from './modules/fields/fields.module';
import { HealthModule } from './modules/health/health.module';
import { ImportsModule } from './modules/imports/imports.module';
import { MediaModule } from './modules/media/media.module';
import { MembersModule } from './modules/members/members.module';
import { MembersService } from './modules/members/members.service';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { PagesModule } from './modules/pages/pages.module';
import { SearchModule } from './modules/search/search.module';
import { SitesModule } from './modules/sites/sites.module';
import { SitesService } from './modules/sites/sites.service';
import { TextModule } from './modules/text/text.module';
import { UsersModule } from './modules/users/users.module';

export interface DatabaseTarget {
  url: string;
  poolSize: number;
  /** The embedded PGlite database (see common/database/database.module.ts). */
  embedded?: boolean;
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: DatabaseTarget): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CommonModule.forRoot(config),
        databaseModule(database, ENTITIES),
        UsersModule,
        SitesModule,
        AuthModule,
        MembersModule,
        NotificationsModule,
        AccountModule,
        FieldsModule,
        CategoriesModule,
        AuditLogModule,
        ArticlesModule,
        PagesModule,
        DocumentsModule,
        ProceduresModule,
        SchedulesModule,
        SearchModule,
        FeedsModule,
        MediaModule,
        TextModule,
        ImportsModule,
        HealthModule,
        DemoModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        // The guard (common/auth) looks sites and memberships up through these; the modules implement them.
        { provide: SiteLookup, useExisting: SitesService },
        { provide: MembershipLookup, useExisting: MembersService },
        { provide: APP_FILTER, useClass: ErrorFilter },
        { provide: APP_PIPE, useClass: AppValidationPipe },
      ],
    };
  }
}

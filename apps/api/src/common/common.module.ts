import { type DynamicModule, Global, Module } from '@nestjs/common';
import { AuditEntriesRepository } from './audit/audit-entries.repository';
import { AuditService } from './audit/audit.service';
import { TokenSecret } from './auth/token-secret.service';
import { PublicCache } from './cache/public-cache';
import { PublicCacheRepository } from './cache/public-cache.repository';
import { APP_CONFIG, type AppConfig } from './config/config';
import { Db } from './database/db.service';
import { SystemSettingsRepository } from './database/system-settings.repository';
import { Notifier } from './notify/notifier';

/** Cross-cutting services every feature module may inject. */
@Global()
@Module({})
export class CommonModule {
  static forRoot(config: AppConfig): DynamicModule {
    const exported = [{ provide: APP_CONFIG, useValue: config }, Db, AuditService, Notifier, SystemSettingsRepository, TokenSecret, PublicCache];
    // The audit rows are written through AuditService only; the cache's notifications through PublicCache.
    return {
      module: CommonModule,
      providers: [...exported, AuditEntriesRepository, PublicCacheRepository],
      exports: exported.map((p) => ('provide' in p ? p.provide : p)),
    };
  }
}

import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { AuditController } from './audit.controller';
import { AuditLogRepository } from './audit-log.repository';
import { AuditLogService } from './audit-log.service';

@Module({ imports: [UsersModule], controllers: [AuditController], providers: [AuditLogRepository, AuditLogService] })
export class AuditLogModule {}

import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditLogRepository } from './audit-log.repository';
import { AuditLogService } from './audit-log.service';

@Module({ controllers: [AuditController], providers: [AuditLogRepository, AuditLogService] })
export class AuditLogModule {}

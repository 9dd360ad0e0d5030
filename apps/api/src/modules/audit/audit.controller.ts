import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditQuery, type AuditEntryResponse } from '@congxa/shared/dto/audit';
import type { Page } from '@congxa/shared/dto/common';
import { Authorize, CurrentActor } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { AuditLogService } from './audit-log.service';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('sites/:site/audit')
export class AuditController {
  constructor(private readonly audit: AuditLogService) {}

  @Get()
  @Authorize('audit.read')
  @ApiOperation({ summary: 'Nhật ký hoạt động / audit log, newest first, filterable' })
  search(@CurrentActor() actor: Actor, @Query() q: AuditQuery): Promise<Page<AuditEntryResponse>> {
    return this.audit.search(actor, q);
  }
}

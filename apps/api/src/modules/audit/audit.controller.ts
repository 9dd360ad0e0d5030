import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuditFilterQuery, AuditQuery, type AuditActionsResponse, type AuditEntryResponse } from '@congxa/shared/dto/audit';
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

  @Get('actions')
  @Authorize('audit.read')
  @ApiOperation({ summary: 'Các loại hành động có trong nhật ký / the action names present in the log (for the filter)' })
  actions(@CurrentActor() actor: Actor): Promise<AuditActionsResponse> {
    return this.audit.actions(actor);
  }

  @Get('export.csv')
  @Authorize('audit.read')
  @ApiProduces('text/csv')
  @ApiOperation({
    summary: 'Xuất nhật ký ra tệp CSV (Excel) / export the filtered log as CSV',
    description: 'UTF-8 with BOM, Vietnamese header, newest first, at most 50,000 rows (`X-Truncated: true` when cut). The export is audited.',
  })
  async exportCsv(@CurrentActor() actor: Actor, @Query() q: AuditFilterQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const file = await this.audit.exportCsv(actor, q);
    void reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${file.filename}"`)
      .header('X-Content-Type-Options', 'nosniff');
    if (file.truncated) void reply.header('X-Truncated', 'true');
    return file.csv;
  }
}

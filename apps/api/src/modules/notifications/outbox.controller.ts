import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page } from '@congxa/shared/dto/common';
import { OutboxQuery, type OutboxMailResponse } from '@congxa/shared/dto/notifications';
import { Authorize, CurrentActor } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { OutboxService } from './outbox.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('sites/:site/outbox')
export class OutboxController {
  constructor(private readonly outbox: OutboxService) {}

  @Get()
  @Authorize('outbox.read')
  @ApiOperation({ summary: 'Hộp thư đi (thư đã gửi, chờ gửi, giữ lại khi chưa cấu hình SMTP) / the mail outbox, newest first' })
  list(@CurrentActor() actor: Actor, @Query() q: OutboxQuery): Promise<Page<OutboxMailResponse>> {
    return this.outbox.list(actor, q);
  }
}

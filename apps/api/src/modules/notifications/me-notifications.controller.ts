import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { NotificationsQuery, type NotificationPage, type NotificationResponse, type ReadAllNotificationsResponse } from '@congxa/shared/dto/notifications';
import { Authorize, CurrentActor } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { IdPipe } from '../../common/http/id.pipe';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/notifications')
export class MeNotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Authorize('notification.read')
  @ApiOperation({ summary: 'Thông báo của tôi / my notifications, newest first (?unread=true for unread only)' })
  list(@CurrentActor() actor: Actor, @Query() q: NotificationsQuery): Promise<NotificationPage> {
    return this.notifications.list(actor, q);
  }

  @Post('read-all')
  @HttpCode(200)
  @Authorize('notification.read')
  @ApiOperation({ summary: 'Đánh dấu đã đọc tất cả / mark all my notifications read' })
  readAll(@CurrentActor() actor: Actor): Promise<ReadAllNotificationsResponse> {
    return this.notifications.markAllRead(actor);
  }

  @Post(':id/read')
  @HttpCode(200)
  @Authorize('notification.read')
  @ApiOperation({ summary: 'Đánh dấu đã đọc / mark one of my notifications read' })
  read(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<NotificationResponse> {
    return this.notifications.markRead(actor, id);
  }
}

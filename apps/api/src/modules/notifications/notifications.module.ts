import { Module } from '@nestjs/common';
import { MailModule } from '../../common/mail/mail.module';
import { MeNotificationsController } from './me-notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { OutboxController } from './outbox.controller';
import { OutboxService } from './outbox.service';

/** In-app notifications, e-mail through the outbox (MailModule, global), and the outbox page for the board. */
@Module({
  imports: [MailModule],
  controllers: [MeNotificationsController, OutboxController],
  providers: [NotificationsRepository, NotificationsService, OutboxService],
  exports: [NotificationsService],
})
export class NotificationsModule {}

import { Global, Module } from '@nestjs/common';
import { MailDispatcher } from './mail-dispatcher';
import { MailOutbox } from './mail-outbox.service';
import { MailOutboxRepository } from './mail-outbox.repository';
import { MailRecipientsRepository } from './mail-recipients.repository';
import { MailTransport } from './mail-transport';

/** Outgoing e-mail: the transactional outbox, its SMTP dispatcher. Global: the Notifier (common) uses it. */
@Global()
@Module({
  providers: [MailOutboxRepository, MailRecipientsRepository, MailOutbox, MailTransport, MailDispatcher],
  exports: [MailOutboxRepository, MailRecipientsRepository, MailOutbox, MailDispatcher],
})
export class MailModule {}

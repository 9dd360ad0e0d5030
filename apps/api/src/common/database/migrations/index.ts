import { Init1795919490990 } from './1795919490990-Init';
import { AuditImmutable1795919500000 } from './1795919500000-AuditImmutable';
import { MailOutboxNotifications1795922271434 } from './1795922271434-MailOutboxNotifications';
import { MediaLibrary1795922431862 } from './1795922431862-MediaLibrary';
import { ArticleWorkflow1795922649265 } from './1795922649265-ArticleWorkflow';
import { ArticleHistoryImmutable1795922649300 } from './1795922649300-ArticleHistoryImmutable';
import { ArticleOriginals1795924300018 } from './1795924300018-ArticleOriginals';
import { InvitationLinkOnMail1796458227073 } from './1796458227073-InvitationLinkOnMail';
import { PublishingCore1796458856418 } from './1796458856418-PublishingCore';
import { PublishingCoreData1796458856500 } from './1796458856500-PublishingCoreData';

// Every migration, in order. Generated ones come from `npm run cli -- migration:generate <Name>`; never edit
// one after it has landed: add a new one.
export const MIGRATIONS: Function[] = [
  Init1795919490990,
  AuditImmutable1795919500000,
  MailOutboxNotifications1795922271434,
  MediaLibrary1795922431862,
  ArticleWorkflow1795922649265,
  ArticleHistoryImmutable1795922649300,
  ArticleOriginals1795924300018,
  InvitationLinkOnMail1796458227073,
  PublishingCore1796458856418,
  PublishingCoreData1796458856500,
];

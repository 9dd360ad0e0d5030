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
import { CaptionPreferencesSiteSettings1796473899239 } from './1796473899239-CaptionPreferencesSiteSettings';
import { ContentPresenceAndListIndex1796474110420 } from './1796474110420-ContentPresenceAndListIndex';
import { FoldFunction1796474110500 } from './1796474110500-FoldFunction';
import { SearchDocuments1796497494957 } from './1796497494957-SearchDocuments';
import { SearchIndexes1796497495000 } from './1796497495000-SearchIndexes';
import { PublicListColumns1796505091525 } from './1796505091525-PublicListColumns';
import { PublicListRefs1796505091600 } from './1796505091600-PublicListRefs';
import { ContentSlugRedirects1796520000000 } from './1796520000000-ContentSlugRedirects';
import { LegalDocuments1796530000000 } from './1796530000000-LegalDocuments';
import { ProceduresAndSchedules1796540000000 } from './1796540000000-ProceduresAndSchedules';
import { MediaDocumentText1796550000000 } from './1796550000000-MediaDocumentText';

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
  CaptionPreferencesSiteSettings1796473899239,
  ContentPresenceAndListIndex1796474110420,
  FoldFunction1796474110500,
  SearchDocuments1796497494957,
  SearchIndexes1796497495000,
  PublicListColumns1796505091525,
  PublicListRefs1796505091600,
  ContentSlugRedirects1796520000000,
  LegalDocuments1796530000000,
  ProceduresAndSchedules1796540000000,
  MediaDocumentText1796550000000,
];

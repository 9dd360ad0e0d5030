import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MailOutboxNotifications1795922271434 implements MigrationInterface {
  name = 'MailOutboxNotifications1795922271434';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"mail_outbox\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"site_id\" uuid, \"to_address\" character varying(254) NOT NULL, \"subject\" character varying(300) NOT NULL, \"text_body\" text NOT NULL, \"html_body\" text, \"kind\" character varying(60) NOT NULL, \"audience\" character varying(10) NOT NULL DEFAULT 'board', \"status\" character varying(10) NOT NULL, \"attempts\" integer NOT NULL DEFAULT '0', \"next_attempt_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"last_error\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"sent_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_fecc63c96385bc35a39ccf2a72e\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"ix_mail_outbox_site_created\" ON \"mail_outbox\"  (\"site_id\", \"created_at\") ");
    await q.query("CREATE INDEX \"ix_mail_outbox_status_next\" ON \"mail_outbox\"  (\"status\", \"next_attempt_at\") ");
    await q.query("CREATE TABLE \"notifications\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"site_id\" uuid NOT NULL, \"kind\" character varying(60) NOT NULL, \"title\" character varying(300) NOT NULL, \"body\" text, \"link\" character varying(500) NOT NULL, \"article_id\" uuid, \"read_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_6a72c3c0f683f6462415e653c3a\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"ix_notifications_user_created\" ON \"notifications\"  (\"user_id\", \"created_at\") ");
    await q.query("ALTER TABLE \"mail_outbox\" ADD CONSTRAINT \"FK_e986019008d2245c978971a014a\" FOREIGN KEY (\"site_id\") REFERENCES \"sites\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"notifications\" ADD CONSTRAINT \"FK_9a8a82462cab47c73d25f49261f\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"notifications\" ADD CONSTRAINT \"FK_5c90b3defc7df4a4ac588e04755\" FOREIGN KEY (\"site_id\") REFERENCES \"sites\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"notifications\" DROP CONSTRAINT \"FK_5c90b3defc7df4a4ac588e04755\"");
    await q.query("ALTER TABLE \"notifications\" DROP CONSTRAINT \"FK_9a8a82462cab47c73d25f49261f\"");
    await q.query("ALTER TABLE \"mail_outbox\" DROP CONSTRAINT \"FK_e986019008d2245c978971a014a\"");
    await q.query("DROP INDEX \"public\".\"ix_notifications_user_created\"");
    await q.query("DROP TABLE \"notifications\"");
    await q.query("DROP INDEX \"public\".\"ix_mail_outbox_status_next\"");
    await q.query("DROP INDEX \"public\".\"ix_mail_outbox_site_created\"");
    await q.query("DROP TABLE \"mail_outbox\"");
  }
}

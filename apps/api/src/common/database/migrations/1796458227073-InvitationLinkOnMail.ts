import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InvitationLinkOnMail1796458227073 implements MigrationInterface {
  name = 'InvitationLinkOnMail1796458227073';

  async up(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"mail_outbox\" ADD \"action_token_id\" uuid");
    await q.query("ALTER TABLE \"mail_outbox\" ADD CONSTRAINT \"FK_b18c3b16229e9c5e5c0571e3c54\" FOREIGN KEY (\"action_token_id\") REFERENCES \"action_tokens\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    // Mail written before this column: find the token its link carries (only its SHA-256 is stored).
    await q.query(
      "UPDATE \"mail_outbox\" m SET \"action_token_id\" = t.\"id\" FROM \"action_tokens\" t WHERE m.\"kind\" IN ('invite', 'reset') AND t.\"token_hash\" = encode(sha256(convert_to(substring(m.\"text_body\" FROM 'dat-mat-khau\\?token=([A-Za-z0-9_-]+)'), 'UTF8')), 'hex')",
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"mail_outbox\" DROP CONSTRAINT \"FK_b18c3b16229e9c5e5c0571e3c54\"");
    await q.query("ALTER TABLE \"mail_outbox\" DROP COLUMN \"action_token_id\"");
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795919490990 implements MigrationInterface {
  name = 'Init1795919490990';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"audit_log\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"site_id\" uuid, \"actor_id\" uuid, \"action\" character varying(80) NOT NULL, \"target_type\" character varying(80), \"target_id\" uuid, \"client_address\" character varying(64), \"details\" jsonb NOT NULL DEFAULT '{}', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_07fefa57f7f5ab8fc3f52b3ed0b\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"ix_audit_log_actor\" ON \"audit_log\"  (\"actor_id\") ");
    await q.query("CREATE INDEX \"ix_audit_log_site_created\" ON \"audit_log\"  (\"site_id\", \"created_at\") ");
    await q.query("CREATE TABLE \"users\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" character varying(254) NOT NULL, \"full_name\" character varying(200) NOT NULL, \"password_hash\" text, \"is_platform_admin\" boolean NOT NULL DEFAULT false, \"is_active\" boolean NOT NULL DEFAULT true, \"session_version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_a3ffb1c0c8416b9fc6f907b7433\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE UNIQUE INDEX \"uq_users_email\" ON \"users\"  (\"email\") ");
    await q.query("CREATE TABLE \"action_tokens\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"purpose\" character varying(10) NOT NULL, \"token_hash\" character(64) NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"used_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_d29a2a18dc1b6b8abe2a151bea0\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"ix_action_tokens_user\" ON \"action_tokens\"  (\"user_id\") ");
    await q.query("CREATE UNIQUE INDEX \"uq_action_tokens_hash\" ON \"action_tokens\"  (\"token_hash\") ");
    await q.query("CREATE TABLE \"login_throttle\" (\"key\" character varying(300) NOT NULL, \"failures\" integer NOT NULL, \"window_started_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"blocked_until\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_14c03bac82292a8310c54cb98d0\" PRIMARY KEY (\"key\"))");
    await q.query("CREATE TABLE \"refresh_tokens\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"token_hash\" character(64) NOT NULL, \"family_id\" uuid NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"rotated_at\" TIMESTAMP WITH TIME ZONE, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"client_address\" character varying(64), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_7d8bee0204106019488c4c50ffa\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"ix_refresh_tokens_user\" ON \"refresh_tokens\"  (\"user_id\") ");
    await q.query("CREATE UNIQUE INDEX \"uq_refresh_tokens_hash\" ON \"refresh_tokens\"  (\"token_hash\") ");
    await q.query("CREATE INDEX \"ix_refresh_tokens_family\" ON \"refresh_tokens\"  (\"family_id\") ");
    await q.query("CREATE TABLE \"sites\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"code\" character(5) NOT NULL, \"slug\" character varying(60) NOT NULL, \"name\" character varying(200) NOT NULL, \"domains\" text array NOT NULL DEFAULT '{}', \"revision\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_4f5eccb1dfde10c9170502595a7\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE UNIQUE INDEX \"uq_sites_code\" ON \"sites\"  (\"code\") ");
    await q.query("CREATE UNIQUE INDEX \"uq_sites_slug\" ON \"sites\"  (\"slug\") ");
    await q.query("CREATE TABLE \"categories\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"site_id\" uuid NOT NULL, \"parent_id\" uuid, \"name\" character varying(120) NOT NULL, \"slug\" character varying(120) NOT NULL, \"position\" integer NOT NULL DEFAULT '0', \"revision\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_24dbc6126a28ff948da33e97d3b\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"ix_categories_parent\" ON \"categories\"  (\"parent_id\") ");
    await q.query("CREATE UNIQUE INDEX \"uq_categories_site_slug\" ON \"categories\"  (\"site_id\", \"slug\") ");
    await q.query("CREATE TABLE \"articles\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"site_id\" uuid NOT NULL, \"category_id\" uuid, \"author_id\" uuid, \"title\" character varying(300) NOT NULL, \"slug\" character varying(160) NOT NULL, \"summary\" text NOT NULL DEFAULT '', \"body\" text NOT NULL DEFAULT '', \"status\" character varying(30) NOT NULL DEFAULT 'draft', \"published_at\" TIMESTAMP WITH TIME ZONE, \"revision\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_0a6e2c450d83e0b6052c2793334\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"ix_articles_site_status_published\" ON \"articles\"  (\"site_id\", \"status\", \"published_at\") ");
    await q.query("CREATE UNIQUE INDEX \"uq_articles_site_slug\" ON \"articles\"  (\"site_id\", \"slug\") ");
    await q.query("CREATE TABLE \"fields\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"site_id\" uuid NOT NULL, \"name\" character varying(120) NOT NULL, \"slug\" character varying(120) NOT NULL, \"revision\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_ee7a215c6cd77a59e2cb3b59d41\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE UNIQUE INDEX \"uq_fields_site_slug\" ON \"fields\"  (\"site_id\", \"slug\") ");
    await q.query("CREATE TABLE \"memberships\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"site_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"role\" character varying(20) NOT NULL, \"is_staff\" boolean NOT NULL DEFAULT false, \"revision\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_25d28bd932097a9e90495ede7b4\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"ix_memberships_user\" ON \"memberships\"  (\"user_id\") ");
    await q.query("CREATE UNIQUE INDEX \"uq_memberships_site_user\" ON \"memberships\"  (\"site_id\", \"user_id\") ");
    await q.query("CREATE TABLE \"system_settings\" (\"key\" character varying(100) NOT NULL, \"value\" text NOT NULL, CONSTRAINT \"PK_b1b5bc664526d375c94ce9ad43d\" PRIMARY KEY (\"key\"))");
    await q.query("CREATE TABLE \"membership_fields\" (\"membership_id\" uuid NOT NULL, \"field_id\" uuid NOT NULL, CONSTRAINT \"PK_ff9f0be51ad76eed6abd82932a1\" PRIMARY KEY (\"membership_id\", \"field_id\"))");
    await q.query("CREATE INDEX \"IDX_fb5f63247e809c362e38580598\" ON \"membership_fields\"  (\"membership_id\") ");
    await q.query("CREATE INDEX \"IDX_becd7d4dbf9ac560dc54e08251\" ON \"membership_fields\"  (\"field_id\") ");
    await q.query("ALTER TABLE \"action_tokens\" ADD CONSTRAINT \"FK_e9a3f1f8966f1cae54c487c0eb4\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"refresh_tokens\" ADD CONSTRAINT \"FK_3ddc983c5f7bcf132fd8732c3f4\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"categories\" ADD CONSTRAINT \"FK_411cbb14d7ab96d475a721c1cfe\" FOREIGN KEY (\"site_id\") REFERENCES \"sites\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"categories\" ADD CONSTRAINT \"FK_88cea2dc9c31951d06437879b40\" FOREIGN KEY (\"parent_id\") REFERENCES \"categories\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"articles\" ADD CONSTRAINT \"FK_d13ecb9431bc17bcfe3d2af8934\" FOREIGN KEY (\"site_id\") REFERENCES \"sites\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"articles\" ADD CONSTRAINT \"FK_e025eeefcdb2a269c42484ee43f\" FOREIGN KEY (\"category_id\") REFERENCES \"categories\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"articles\" ADD CONSTRAINT \"FK_6515da4dff8db423ce4eb841490\" FOREIGN KEY (\"author_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"fields\" ADD CONSTRAINT \"FK_5f870f47283c05eb00a1f36636d\" FOREIGN KEY (\"site_id\") REFERENCES \"sites\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"memberships\" ADD CONSTRAINT \"FK_7f956be782bb9a9fb9ddad4cb31\" FOREIGN KEY (\"site_id\") REFERENCES \"sites\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"memberships\" ADD CONSTRAINT \"FK_7c1e2fdfed4f6838e0c05ae5051\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"membership_fields\" ADD CONSTRAINT \"FK_fb5f63247e809c362e385805988\" FOREIGN KEY (\"membership_id\") REFERENCES \"memberships\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
    await q.query("ALTER TABLE \"membership_fields\" ADD CONSTRAINT \"FK_becd7d4dbf9ac560dc54e08251c\" FOREIGN KEY (\"field_id\") REFERENCES \"fields\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"membership_fields\" DROP CONSTRAINT \"FK_becd7d4dbf9ac560dc54e08251c\"");
    await q.query("ALTER TABLE \"membership_fields\" DROP CONSTRAINT \"FK_fb5f63247e809c362e385805988\"");
    await q.query("ALTER TABLE \"memberships\" DROP CONSTRAINT \"FK_7c1e2fdfed4f6838e0c05ae5051\"");
    await q.query("ALTER TABLE \"memberships\" DROP CONSTRAINT \"FK_7f956be782bb9a9fb9ddad4cb31\"");
    await q.query("ALTER TABLE \"fields\" DROP CONSTRAINT \"FK_5f870f47283c05eb00a1f36636d\"");
    await q.query("ALTER TABLE \"articles\" DROP CONSTRAINT \"FK_6515da4dff8db423ce4eb841490\"");
    await q.query("ALTER TABLE \"articles\" DROP CONSTRAINT \"FK_e025eeefcdb2a269c42484ee43f\"");
    await q.query("ALTER TABLE \"articles\" DROP CONSTRAINT \"FK_d13ecb9431bc17bcfe3d2af8934\"");
    await q.query("ALTER TABLE \"categories\" DROP CONSTRAINT \"FK_88cea2dc9c31951d06437879b40\"");
    await q.query("ALTER TABLE \"categories\" DROP CONSTRAINT \"FK_411cbb14d7ab96d475a721c1cfe\"");
    await q.query("ALTER TABLE \"refresh_tokens\" DROP CONSTRAINT \"FK_3ddc983c5f7bcf132fd8732c3f4\"");
    await q.query("ALTER TABLE \"action_tokens\" DROP CONSTRAINT \"FK_e9a3f1f8966f1cae54c487c0eb4\"");
    await q.query("DROP INDEX \"public\".\"IDX_becd7d4dbf9ac560dc54e08251\"");
    await q.query("DROP INDEX \"public\".\"IDX_fb5f63247e809c362e38580598\"");
    await q.query("DROP TABLE \"membership_fields\"");
    await q.query("DROP TABLE \"system_settings\"");
    await q.query("DROP INDEX \"public\".\"uq_memberships_site_user\"");
    await q.query("DROP INDEX \"public\".\"ix_memberships_user\"");
    await q.query("DROP TABLE \"memberships\"");
    await q.query("DROP INDEX \"public\".\"uq_fields_site_slug\"");
    await q.query("DROP TABLE \"fields\"");
    await q.query("DROP INDEX \"public\".\"uq_articles_site_slug\"");
    await q.query("DROP INDEX \"public\".\"ix_articles_site_status_published\"");
    await q.query("DROP TABLE \"articles\"");
    await q.query("DROP INDEX \"public\".\"uq_categories_site_slug\"");
    await q.query("DROP INDEX \"public\".\"ix_categories_parent\"");
    await q.query("DROP TABLE \"categories\"");
    await q.query("DROP INDEX \"public\".\"uq_sites_slug\"");
    await q.query("DROP INDEX \"public\".\"uq_sites_code\"");
    await q.query("DROP TABLE \"sites\"");
    await q.query("DROP INDEX \"public\".\"ix_refresh_tokens_family\"");
    await q.query("DROP INDEX \"public\".\"uq_refresh_tokens_hash\"");
    await q.query("DROP INDEX \"public\".\"ix_refresh_tokens_user\"");
    await q.query("DROP TABLE \"refresh_tokens\"");
    await q.query("DROP TABLE \"login_throttle\"");
    await q.query("DROP INDEX \"public\".\"uq_action_tokens_hash\"");
    await q.query("DROP INDEX \"public\".\"ix_action_tokens_user\"");
    await q.query("DROP TABLE \"action_tokens\"");
    await q.query("DROP INDEX \"public\".\"uq_users_email\"");
    await q.query("DROP TABLE \"users\"");
    await q.query("DROP INDEX \"public\".\"ix_audit_log_site_created\"");
    await q.query("DROP INDEX \"public\".\"ix_audit_log_actor\"");
    await q.query("DROP TABLE \"audit_log\"");
  }
}

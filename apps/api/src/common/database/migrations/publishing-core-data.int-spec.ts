import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { createInterface } from 'node:readline';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { sitePermissions } from '@congxa/shared/authz';
import type { Actor } from '../../auth/actor';
import { loadConfig } from '../../config/config';
import { Db } from '../db.service';
/* eslint-disable no-restricted-imports -- a test of what this migration leaves behind, read as the app reads it:
   the public read of the publishing module, a transition, the app on the migrated database. Production code in
   common/ stays free of modules; this test cannot. */
import { createApp } from '../../../bootstrap';
import { ENTITIES } from '../../../entities';
import { PublicContentRepository } from '../../../modules/publishing/public-content.repository';
import { TransitionService } from '../../../modules/publishing/transition.service';
/* eslint-enable no-restricted-imports */
import { CREATE_DB_OPTIONS, EMBEDDED_SERVER, type TestDbState, urlForDatabase } from '../../../test-support/test-env';
import { dataSourceOptions } from '../data-source';
import { MIGRATIONS } from './index';
import { ArticleOriginals1795924300018 } from './1795924300018-ArticleOriginals';

/**
 * PublishingCoreData moves the articles of the old workflow into the publishing core. A database is
 * migrated up to ArticleOriginals (the last migration of the old schema), filled with articles in every
 * old state exactly as the old code (apps/api/src/modules/articles/workflow.service.ts before the core)
 * wrote them — articles, revisions, transitions, import originals — by a small re-enactment of that code;
 * then the remaining migrations run and the new shape is checked.
 */

// --- a database of its own, empty (not a clone of the migrated template) ---

interface RawDatabase {
  url: string;
  /**
   * Call between two data sources: on PGlite the embedded server is restarted on the same data directory
   * (its socket server, one connection, does not reliably take a second client after the first leaves).
   */
  reopen(): Promise<void>;
  drop(): Promise<void>;
}

async function openEmptyDatabase(): Promise<RawDatabase> {
  const s = JSON.parse(readFileSync(process.env.CONGXA_TEST_STATE!, 'utf8')) as TestDbState;
  if (s.mode === 'pg') {
    const name = `congxa_m_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: s.adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} ${CREATE_DB_OPTIONS} TEMPLATE template0`);
    await admin.end();
    return {
      url: urlForDatabase(s.adminUrl, name),
      reopen: async () => undefined,
      async drop() {
        const c = new Client({ connectionString: s.adminUrl });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  // PGlite: an embedded server on an empty data directory of its own.
  const dataDir = mkdtempSync(join(tmpdir(), 'congxa-migration-'));
  let child: ChildProcessByStdio<Writable, Readable, null> | null = null;
  const start = async () => {
    const server = spawn(process.execPath, [EMBEDDED_SERVER, '--serve', '--data-dir', dataDir], { stdio: ['pipe', 'pipe', 'inherit'] });
    child = server;
    const line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: server.stdout }).once('line', resolve);
      server.once('exit', (code) => reject(new Error(`embedded database exited with ${code}`)));
    });
    return (JSON.parse(line) as { url: string }).url;
  };
  const stop = async () => {
    const server = child;
    if (!server) return;
    const exited = new Promise((r) => server.once('exit', r));
    server.stdin.end();
    await exited;
    child = null;
  };
  const db: RawDatabase = {
    url: await start(),
    async reopen() {
      await stop();
      db.url = await start();
    },
    async drop() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return db;
}

// --- the old code, re-enacted ---

interface OldContent {
  title: string;
  summary: string;
  body: string;
  category_id: string | null;
  field_id: string | null;
  kind: string;
  tags: string[];
  featured: boolean;
  cover_media_id: string | null;
  author_name: string;
  author_address: string;
  origin: string;
  source_reference: string | null;
  collector_name: string | null;
  collector_address: string | null;
}
interface OldRevision {
  id: string;
  number: number;
  edition: number;
  reason: string;
  created_by_id: string;
  created_at: Date;
  content: OldContent;
}
interface OldTransition {
  id: string;
  edition: number;
  action: string;
  from_state: string;
  to_state: string;
  actor_id: string | null;
  note: string | null;
  revision_number: number;
  details: Record<string, unknown>;
  created_at: Date;
}

/** The old states in which an article was (or had been) live, or approved for later. */
const OLD_LIVE_STATES = ['scheduled', 'published', 'unpublished', 'archived'];
let clock = Date.UTC(2026, 10, 1, 1, 0, 0);
const tick = () => new Date((clock += 60_000));

/** An article as the old ArticlesService and WorkflowService kept it (one row, its revisions, its transitions). */
class OldArticle {
  readonly id = randomUUID();
  status = 'draft';
  liveStatus: string | null = null;
  edition = 1;
  revision = 0;
  editionAuthorId: string;
  assigneeId: string | null = null;
  noSecretConfirmed = false;
  submittedAt: Date | null = null;
  liveRevisionId: string | null = null;
  scheduledRevisionId: string | null = null;
  publishAt: Date | null = null;
  unpublishAt: Date | null = null;
  liveUpdatedAt: Date | null = null;
  approvedById: string | null = null;
  approvedAt: Date | null = null;
  publishedAt: Date | null = null;
  readonly createdAt = tick();
  content: OldContent;
  readonly revisions: OldRevision[] = [];
  readonly transitions: OldTransition[] = [];

  constructor(
    readonly slug: string,
    readonly authorId: string,
    content: Partial<OldContent> & { title: string },
  ) {
    this.editionAuthorId = authorId;
    this.content = {
      summary: '',
      body: '',
      category_id: null,
      field_id: null,
      kind: 'tin',
      tags: [],
      featured: false,
      cover_media_id: null,
      author_name: 'Hoàng Văn Cộng',
      author_address: '',
      origin: 'original',
      source_reference: null,
      collector_name: null,
      collector_address: null,
      ...content,
    };
    this.addRevision(authorId, 'create');
  }

  private addRevision(by: string, reason: string): OldRevision {
    this.revision += 1;
    const r = { id: randomUUID(), number: this.revision, edition: this.edition, reason, created_by_id: by, created_at: tick(), content: { ...this.content } };
    this.revisions.push(r);
    return r;
  }

  private get hasWorkingEdition() {
    return this.liveStatus !== null && !OLD_LIVE_STATES.includes(this.status);
  }

  /** ArticlesService.update: a save on a live article opens the next edition. */
  edit(by: string, patch: Partial<OldContent> & { noSecretConfirmed?: boolean }): this {
    const { noSecretConfirmed, ...content } = patch;
    Object.assign(this.content, content);
    if (OLD_LIVE_STATES.includes(this.status) && this.status !== 'scheduled') {
      this.edition += 1;
      this.status = 'draft';
      this.editionAuthorId = by;
      this.assigneeId = null;
      this.submittedAt = null;
      this.noSecretConfirmed = noSecretConfirmed ?? false;
      this.addRevision(by, 'edition');
    } else {
      if (noSecretConfirmed !== undefined) this.noSecretConfirmed = noSecretConfirmed;
      this.addRevision(by, 'edit');
    }
    return this;
  }

  /** WorkflowService.transition, without the checks (the re-enacted chain is a valid one). */
  act(action: string, by: string, opts: { assigneeId?: string; publishAt?: Date; unpublishAt?: Date } = {}): this {
    const now = tick();
    const onLive = ['unpublish', 'republish', 'archive'].includes(action) && this.hasWorkingEdition && !(action === 'unpublish' && this.status === 'scheduled');
    const from = onLive ? this.liveStatus! : this.status;
    const TO: Record<string, string> = {
      submit: 'submitted',
      withdraw: 'draft',
      assign: 'in_review',
      verify: 'verified',
      forward: 'pending_approval',
      approve: 'published',
      return: 'returned',
      reject: 'rejected',
      unpublish: 'unpublished',
      republish: 'published',
      archive: 'archived',
    };
    let to = TO[action]!;
    const details: Record<string, unknown> = {};
    const note = ['return', 'reject', 'unpublish', 'republish'].includes(action) ? `Ghi chú: ${action}` : null;
    switch (action) {
      case 'submit':
        this.submittedAt = now;
        break;
      case 'assign':
        details.assigneeId = opts.assigneeId;
        details.previousAssigneeId = this.assigneeId;
        this.assigneeId = opts.assigneeId!;
        break;
      case 'approve': {
        this.approvedById = by;
        this.approvedAt = now;
        this.unpublishAt = opts.unpublishAt ?? null;
        const current = this.revisions.at(-1)!;
        if (opts.publishAt) {
          to = 'scheduled';
          this.publishAt = opts.publishAt;
          this.scheduledRevisionId = current.id;
          details.publishAt = opts.publishAt.toISOString();
        } else this.goLive(current, now);
        break;
      }
      case 'reject':
        if (this.liveStatus) {
          // Rejecting a new edition discarded it: the live content came back as a revision of that edition.
          this.content = { ...this.revisions.find((r) => r.id === this.liveRevisionId)!.content };
          this.addRevision(by, 'edition-rejected');
          to = this.liveStatus;
          details.editionDiscarded = this.edition;
        }
        break;
      case 'unpublish':
        if (from === 'scheduled') {
          this.scheduledRevisionId = null;
          this.publishAt = null;
          if (this.liveStatus === 'published') to = 'published';
        } else {
          this.liveStatus = 'unpublished';
          this.unpublishAt = null;
          this.liveUpdatedAt = now;
        }
        break;
      case 'republish':
        this.liveStatus = 'published';
        this.liveUpdatedAt = now;
        break;
      case 'archive':
        this.liveStatus = 'archived';
        break;
    }
    if (!onLive) this.status = to;
    else to = this.liveStatus!;
    this.record(action, from, to, by, note, details, now);
    return this;
  }

  /** WorkflowService.runDue at `now`. */
  due(now: Date): this {
    if (this.status === 'scheduled' && this.publishAt && this.publishAt <= now) {
      const rev = this.revisions.find((r) => r.id === this.scheduledRevisionId)!;
      this.goLive(rev, now);
      this.status = 'published';
      this.scheduledRevisionId = null;
      this.record('publish_scheduled', 'scheduled', 'published', null, null, { revision: rev.number }, now);
    }
    if (this.liveStatus === 'published' && this.unpublishAt && this.unpublishAt <= now) {
      const wasLive = this.status === 'published';
      this.liveStatus = 'unpublished';
      this.unpublishAt = null;
      this.liveUpdatedAt = now;
      if (wasLive) this.status = 'unpublished';
      this.record('unpublish_scheduled', 'published', 'unpublished', null, null, {}, now);
    }
    return this;
  }

  private goLive(rev: OldRevision, now: Date) {
    this.liveRevisionId = rev.id;
    this.liveStatus = 'published';
    this.publishedAt ??= now;
    this.liveUpdatedAt = now;
    this.publishAt = null;
  }

  private record(action: string, from: string, to: string, actor: string | null, note: string | null, details: Record<string, unknown>, at: Date) {
    this.transitions.push({
      id: randomUUID(),
      edition: this.edition,
      action,
      from_state: from,
      to_state: to,
      actor_id: actor,
      note,
      revision_number: this.revision,
      details,
      created_at: at,
    });
  }
}

// --- what the new shape must be, written from the old rows (independently of the migration's SQL) ---

/** The revision reasons of the core: the old `edition-rejected` revision put the live content back, a restore. */
const REASON: Record<string, string> = { create: 'create', edit: 'edit', edition: 'edition', import: 'import', 'edition-rejected': 'restore' };
/** The old actions as moves of the core's table. */
function move(t: OldTransition): { action: string; side: 'edition' | 'live' } {
  if (t.action === 'unpublish_scheduled') return { action: 'expire', side: 'live' };
  if (t.action === 'approve' && t.to_state === 'scheduled') return { action: 'schedule', side: 'edition' };
  if (t.action === 'archive') return { action: 'archive', side: 'live' };
  if ((t.action === 'unpublish' || t.action === 'republish') && t.from_state !== 'scheduled') return { action: t.action, side: 'live' };
  return { action: t.action, side: 'edition' };
}

interface Expected {
  /** Edition number → status. */
  editions: Record<number, string>;
  current: number;
  live: number | null;
  liveStatus: string | null;
}

describe('PublishingCoreData migration (old article tables → the publishing core)', () => {
  let raw: RawDatabase;
  let ds: DataSource;
  const site = { id: randomUUID(), slug: 'xa-cu' };
  const people = { contributor: randomUUID(), editor: randomUUID(), deputy: randomUUID(), chief: randomUUID() };
  const fieldId = randomUUID();
  const categoryId = randomUUID();
  const goneCategoryId = randomUUID();
  const cases = new Map<string, { a: OldArticle; want: Expected; original?: string }>();
  const q = async <R = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<R[]> => (await ds.query(sql, params)) as R[];

  /** The old chain of an edition up to pending approval. */
  const toPending = (a: OldArticle) =>
    a
      .edit(people.contributor, { body: '<p>Nội dung.</p>', category_id: categoryId, field_id: fieldId, author_address: 'Thôn 1', noSecretConfirmed: true })
      .act('submit', a.editionAuthorId)
      .act('assign', people.deputy, { assigneeId: people.editor })
      .act('verify', people.editor)
      .act('forward', people.deputy);
  const article = (slug: string) => new OldArticle(slug, people.contributor, { title: `Tin ${slug}` });
  const later = () => new Date(Date.UTC(2027, 0, 1));
  const ed = (n: number, status: string) => ({ [n]: status });
  const add = (name: string, a: OldArticle, want: Expected) => cases.set(name, { a, want });

  beforeAll(async () => {
    raw = await openEmptyDatabase();
    const upTo = MIGRATIONS.indexOf(ArticleOriginals1795924300018);
    expect(upTo).toBeGreaterThan(0);
    ds = new DataSource({ ...dataSourceOptions(raw.url, [], 1), migrations: MIGRATIONS.slice(0, upTo + 1) });
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });

    // The old code's articles, one per state and per tricky history.
    add('draft', article('nhap').edit(people.contributor, { summary: 'Sửa lần 1' }), { editions: ed(1, 'draft'), current: 1, live: null, liveStatus: null });
    add('submitted', article('da-gui').edit(people.contributor, { body: '<p>x</p>', noSecretConfirmed: true }).act('submit', people.contributor), {
      editions: ed(1, 'submitted'),
      current: 1,
      live: null,
      liveStatus: null,
    });
    add('in_review', article('dang-bien-tap').act('submit', people.contributor).act('assign', people.deputy, { assigneeId: people.editor }), {
      editions: ed(1, 'in_review'),
      current: 1,
      live: null,
      liveStatus: null,
    });
    add(
      'verified',
      article('da-kiem-tra').act('submit', people.contributor).act('assign', people.deputy, { assigneeId: people.editor }).act('verify', people.editor),
      { editions: ed(1, 'verified'), current: 1, live: null, liveStatus: null },
    );
    add('pending_approval', toPending(article('cho-duyet')), { editions: ed(1, 'pending_approval'), current: 1, live: null, liveStatus: null });
    add('scheduled', toPending(article('hen-gio')).act('approve', people.chief, { publishAt: later(), unpublishAt: new Date(Date.UTC(2027, 5, 1)) }), {
      editions: ed(1, 'scheduled'),
      current: 1,
      live: null,
      liveStatus: null,
    });
    add('published', toPending(article('da-dang')).act('approve', people.chief), { editions: ed(1, 'published'), current: 1, live: 1, liveStatus: 'published' });
    add('returned', article('tra-lai').act('submit', people.contributor).act('return', people.deputy), {
      editions: ed(1, 'returned'),
      current: 1,
      live: null,
      liveStatus: null,
    });
    add('rejected', article('tu-choi').act('submit', people.contributor).act('reject', people.deputy), {
      editions: ed(1, 'rejected'),
      current: 1,
      live: null,
      liveStatus: null,
    });
    add('unpublished', toPending(article('da-go')).act('approve', people.chief).act('unpublish', people.chief), {
      editions: ed(1, 'published'),
      current: 1,
      live: 1,
      liveStatus: 'unpublished',
    });
    add('archived', toPending(article('luu-tru')).act('approve', people.chief).act('archive', people.deputy), {
      editions: ed(1, 'published'),
      current: 1,
      live: 1,
      liveStatus: 'archived',
    });
    add(
      'published, second edition in review',
      toPending(article('an-ban-2'))
        .act('approve', people.chief)
        .edit(people.contributor, { summary: 'Ấn bản 2', noSecretConfirmed: true })
        .act('submit', people.contributor)
        .act('assign', people.deputy, { assigneeId: people.editor }),
      { editions: { 1: 'published', 2: 'in_review' }, current: 2, live: 1, liveStatus: 'published' },
    );
    add(
      'published, second edition rejected',
      toPending(article('an-ban-2-bi-tu-choi'))
        .act('approve', people.chief)
        .edit(people.deputy, { title: 'Tiêu đề ấn bản 2', noSecretConfirmed: true })
        .act('submit', people.deputy)
        .act('reject', people.chief),
      { editions: { 1: 'published', 2: 'rejected' }, current: 1, live: 1, liveStatus: 'published' },
    );
    add('scheduled, taken back before it went live', toPending(article('hen-gio-roi-go')).act('approve', people.chief, { publishAt: later() }).act('unpublish', people.chief), {
      editions: ed(1, 'unpublished'),
      current: 1,
      live: null,
      liveStatus: null,
    });
    add(
      'published, second edition scheduled then taken back',
      toPending(article('an-ban-2-hen-gio-roi-go'))
        .act('approve', people.chief)
        .edit(people.contributor, { summary: 'Ấn bản 2 hẹn giờ', noSecretConfirmed: true })
        .act('submit', people.contributor)
        .act('assign', people.deputy, { assigneeId: people.editor })
        .act('verify', people.editor)
        .act('forward', people.deputy)
        .act('approve', people.chief, { publishAt: later() })
        .act('unpublish', people.chief),
      // The new table: a scheduled edition taken back is `unpublished` (and may be republished); the live one stays.
      { editions: { 1: 'published', 2: 'unpublished' }, current: 2, live: 1, liveStatus: 'published' },
    );
    add(
      'second edition went live (the first superseded)',
      toPending(article('an-ban-2-da-dang'))
        .act('approve', people.chief)
        .edit(people.chief, { summary: 'Ấn bản 2 đã đăng', noSecretConfirmed: true })
        .act('submit', people.chief)
        .act('assign', people.deputy, { assigneeId: people.editor })
        .act('verify', people.editor)
        .act('forward', people.deputy)
        .act('approve', people.chief),
      { editions: { 1: 'superseded', 2: 'published' }, current: 2, live: 2, liveStatus: 'published' },
    );
    {
      // Published by the scheduler, then taken down by it at its take-down time.
      const a = toPending(article('tu-dong')).act('approve', people.chief, { publishAt: new Date(clock + 3_600_000), unpublishAt: new Date(clock + 7_200_000) });
      a.due(new Date(clock + 3_600_000)).due(new Date(clock + 7_200_000));
      add('published and expired by the scheduler', a, { editions: ed(1, 'published'), current: 1, live: 1, liveStatus: 'unpublished' });
    }
    {
      // A revision pointing at a category since deleted (revisions kept no foreign key).
      const a = article('chuyen-muc-da-xoa').edit(people.contributor, { category_id: goneCategoryId, kind: 'bai', tags: ['lũ', 'bão'], featured: true });
      add('revision with a deleted category', a, { editions: ed(1, 'draft'), current: 1, live: null, liveStatus: null });
    }
    const imported = new OldArticle('nhap-tu-word', people.contributor, { title: 'Nhập từ Word', body: '<p>Từ tệp .docx</p>' });
    cases.set('imported from Word', { a: imported, want: { editions: ed(1, 'draft'), current: 1, live: null, liveStatus: null }, original: randomUUID() });
    expect(cases.get('second edition went live (the first superseded)')!.a.status).toBe('published');

    // Written as the old code wrote them.
    await q(`INSERT INTO users (id, email, full_name) VALUES ($1, 'c@x.vn', 'Cộng'), ($2, 'e@x.vn', 'Biên'), ($3, 'd@x.vn', 'Phó'), ($4, 'h@x.vn', 'Trưởng')`, [
      people.contributor,
      people.editor,
      people.deputy,
      people.chief,
    ]);
    await q(`INSERT INTO sites (id, code, slug, name) VALUES ($1, '99999', $2, 'Xã Cũ')`, [site.id, site.slug]);
    await q(`INSERT INTO fields (id, site_id, name, slug) VALUES ($1, $2, 'Kinh tế', 'kinh-te')`, [fieldId, site.id]);
    await q(`INSERT INTO categories (id, site_id, name, slug) VALUES ($1, $2, 'Tin tức', 'tin-tuc')`, [categoryId, site.id]);
    for (const { a, original } of cases.values()) {
      const c = a.content;
      await q(
        `INSERT INTO articles (id, site_id, category_id, author_id, title, slug, summary, body, status, published_at, revision, created_at, updated_at,
                               edition_author_id, edition, assignee_id, no_secret_confirmed, submitted_at, live_revision_id, live_status,
                               scheduled_revision_id, publish_at, unpublish_at, live_updated_at, approved_by_id, approved_at, field_id, kind, tags,
                               featured, cover_media_id, author_name, author_address, origin, source_reference, collector_name, collector_address)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28,
                 $29, $30, $31, $32, $33, $34, $35, $36)`,
        [
          a.id,
          site.id,
          c.category_id === goneCategoryId ? null : c.category_id,
          a.authorId,
          c.title,
          a.slug,
          c.summary,
          c.body,
          a.status,
          a.publishedAt,
          a.revision,
          a.createdAt,
          a.editionAuthorId,
          a.edition,
          a.assigneeId,
          a.noSecretConfirmed,
          a.submittedAt,
          a.liveRevisionId,
          a.liveStatus,
          a.scheduledRevisionId,
          a.publishAt,
          a.unpublishAt,
          a.liveUpdatedAt,
          a.approvedById,
          a.approvedAt,
          c.field_id,
          c.kind,
          c.tags,
          c.featured,
          c.cover_media_id,
          c.author_name,
          c.author_address,
          c.origin,
          c.source_reference,
          c.collector_name,
          c.collector_address,
        ],
      );
      for (const r of a.revisions) {
        const rc = r.content;
        await q(
          `INSERT INTO article_revisions (id, article_id, site_id, number, edition, slug, created_by_id, reason, created_at, title, summary, body, category_id,
                                          field_id, kind, tags, featured, cover_media_id, author_name, author_address, origin, source_reference,
                                          collector_name, collector_address)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24)`,
          [
            r.id,
            a.id,
            site.id,
            r.number,
            r.edition,
            a.slug,
            r.created_by_id,
            r.reason,
            r.created_at,
            rc.title,
            rc.summary,
            rc.body,
            rc.category_id,
            rc.field_id,
            rc.kind,
            rc.tags,
            rc.featured,
            rc.cover_media_id,
            rc.author_name,
            rc.author_address,
            rc.origin,
            rc.source_reference,
            rc.collector_name,
            rc.collector_address,
          ],
        );
      }
      for (const t of a.transitions) {
        await q(
          `INSERT INTO article_transitions (id, article_id, site_id, edition, action, from_state, to_state, actor_id, note, revision_number, details, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
          [t.id, a.id, site.id, t.edition, t.action, t.from_state, t.to_state, t.actor_id, t.note, t.revision_number, t.details, t.created_at],
        );
      }
      if (original) {
        await q(
          `INSERT INTO article_originals (id, site_id, article_id, format, mime_type, original_name, size_bytes, sha256, uploaded_by_id)
           VALUES ($1, $2, $3, 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'bai-viet.docx', 1234, $4, $5)`,
          [original, site.id, a.id, 'ab'.repeat(32), people.contributor],
        );
      }
    }
    await ds.destroy();

    // The rest of the migrations, as an upgrade runs them; then a data source that knows the entities.
    await raw.reopen();
    const upgrade = new DataSource(dataSourceOptions(raw.url, [], 1));
    await upgrade.initialize();
    const applied = await upgrade.runMigrations({ transaction: 'each' });
    await upgrade.destroy();
    expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.slice(upTo + 1).map((m) => (m as { name: string }).name));
    await raw.reopen();
    ds = new DataSource(dataSourceOptions(raw.url, ENTITIES, 1));
    await ds.initialize();
  }, 120_000);

  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await raw?.drop();
  });

  it('should drop the old article tables', async () => {
    const [r] = await q<Record<string, string | null>>(
      `SELECT to_regclass('articles') AS a, to_regclass('article_revisions') AS r, to_regclass('article_transitions') AS t, to_regclass('article_originals') AS o`,
    );
    expect(r).toEqual({ a: null, r: null, t: null, o: null });
  });

  it('should make one article item per old article, with its slug, author, revision and dates', async () => {
    const items = await q<{ id: string; type: string; slug: string; author_id: string; revision: number; site_id: string; position: number; parent_id: string | null }>(
      `SELECT id, type, slug, author_id, revision, site_id, position, parent_id FROM content_items ORDER BY slug`,
    );
    const want = [...cases.values()]
      .map(({ a }) => ({ id: a.id, type: 'article', slug: a.slug, author_id: a.authorId, revision: a.revision, site_id: site.id, position: 0, parent_id: null }))
      .sort((x, y) => x.slug.localeCompare(y.slug));
    expect(items).toEqual(want);
  });

  it('should give every old state and history its editions, statuses and pointers', async () => {
    const failures: string[] = [];
    for (const name of cases.keys()) {
      const { a, want } = cases.get(name)!;
      const editions = await q<{ id: string; number: number; status: string }>(`SELECT id, number, status FROM content_editions WHERE item_id = $1 ORDER BY number`, [a.id]);
      const [item] = await q<{ current_edition_id: string; live_edition_id: string | null; live_status: string | null }>(
        `SELECT current_edition_id, live_edition_id, live_status FROM content_items WHERE id = $1`,
        [a.id],
      );
      const number = (id: string | null | undefined) => editions.find((e) => e.id === id)?.number ?? null;
      const got: Expected = {
        editions: Object.fromEntries(editions.map((e) => [e.number, e.status])),
        current: number(item!.current_edition_id)!,
        live: number(item!.live_edition_id),
        liveStatus: item!.live_status,
      };
      if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${name}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
    }
    expect(failures).toEqual([]);
  });

  it('should carry each edition’s author, assignee, confirmation, approval and schedule', async () => {
    const check = async (name: string, number: number, want: Record<string, unknown>) => {
      const { a } = cases.get(name)!;
      const [e] = await q(
        `SELECT author_id, assignee_id, no_secret_confirmed, submitted_at IS NOT NULL AS submitted, approved_by_id, publish_at, unpublish_at,
                (SELECT number FROM content_revisions r WHERE r.id = e.head_revision_id) AS head, (SELECT number FROM content_revisions r WHERE r.id = e.approved_revision_id) AS approved
           FROM content_editions e WHERE item_id = $1 AND number = $2`,
        [a.id, number],
      );
      expect([name, number, e]).toEqual([name, number, expect.objectContaining(want)]);
    };
    const scheduled = cases.get('scheduled')!.a;
    await check('scheduled', 1, {
      author_id: people.contributor,
      assignee_id: people.editor,
      no_secret_confirmed: true,
      submitted: true,
      approved_by_id: people.chief,
      publish_at: scheduled.publishAt,
      unpublish_at: scheduled.unpublishAt,
      head: scheduled.revision,
      approved: scheduled.revision,
    });
    await check('published', 1, { approved_by_id: people.chief, publish_at: null, head: 2, approved: 2 });
    await check('published, second edition in review', 1, { author_id: people.contributor, approved: 2, head: 2 });
    await check('published, second edition in review', 2, { author_id: people.contributor, assignee_id: people.editor, submitted: true, head: 3, approved: null });
    await check('published, second edition rejected', 2, { author_id: people.deputy, head: 4, approved: null });
    await check('second edition went live (the first superseded)', 2, { author_id: people.chief, approved: 3, approved_by_id: people.chief });
    await check('draft', 1, { author_id: people.contributor, assignee_id: null, no_secret_confirmed: false, submitted: false, head: 2 });
  });

  it('should keep every revision with its number, edition, reason (mapped), author, title and content', async () => {
    for (const { a } of cases.values()) {
      const got = await q(
        `SELECT r.id, r.number, e.number AS edition, r.reason, r.created_by_id, r.created_at, r.title, r.category_id, r.field_id, r.cover_media_id, r.content
           FROM content_revisions r JOIN content_editions e ON e.id = r.edition_id WHERE r.item_id = $1 ORDER BY r.number`,
        [a.id],
      );
      expect(got).toEqual(
        a.revisions.map((r) => ({
          id: r.id,
          number: r.number,
          edition: r.edition,
          reason: REASON[r.reason],
          created_by_id: r.created_by_id,
          created_at: r.created_at,
          title: r.content.title,
          // A reference to a row that no longer exists is dropped (the column has a foreign key now).
          category_id: r.content.category_id === goneCategoryId ? null : r.content.category_id,
          field_id: r.content.field_id,
          cover_media_id: r.content.cover_media_id,
          content: {
            summary: r.content.summary,
            body: r.content.body,
            kind: r.content.kind,
            tags: r.content.tags,
            featured: r.content.featured,
            authorName: r.content.author_name,
            authorAddress: r.content.author_address,
            origin: r.content.origin,
            sourceReference: r.content.source_reference,
            collectorName: r.content.collector_name,
            collectorAddress: r.content.collector_address,
          },
        })),
      );
    }
    // The rejected second edition's last revision put the live content back: a restore.
    const rejected = cases.get('published, second edition rejected')!.a;
    expect(rejected.revisions.map((r) => r.reason)).toEqual(['create', 'edit', 'edition', 'edition-rejected']);
  });

  it('should keep every transition as a move of the core’s table, on its edition and side', async () => {
    for (const { a } of cases.values()) {
      const got = await q(
        `SELECT t.id, t.action, t.side, t.from_state, t.to_state, t.actor_id, t.system_actor, t.note, t.revision_number, t.edition_number,
                e.number AS edition, t.details, t.created_at
           FROM content_transitions t JOIN content_editions e ON e.id = t.edition_id WHERE t.item_id = $1 ORDER BY t.created_at, t.id`,
        [a.id],
      );
      expect(got).toEqual(
        a.transitions.map((t) => ({
          id: t.id,
          ...move(t),
          from_state: t.from_state,
          to_state: t.to_state,
          actor_id: t.actor_id,
          system_actor: t.actor_id === null ? 'SYSTEM:scheduler' : null,
          note: t.note,
          revision_number: t.revision_number,
          edition_number: t.edition,
          edition: t.edition,
          details: t.details,
          created_at: t.created_at,
        })),
      );
    }
    const moves = (name: string) => cases.get(name)!.a.transitions.map((t) => move(t).action);
    expect(moves('scheduled')).toContain('schedule');
    expect(moves('published and expired by the scheduler')).toEqual(['submit', 'assign', 'verify', 'forward', 'schedule', 'publish_scheduled', 'expire']);
  });

  it('should keep the import original, now the item’s', async () => {
    const { a, original } = cases.get('imported from Word')!;
    const rows = await q(`SELECT id, site_id, item_id, format, original_name, size_bytes, sha256, uploaded_by_id FROM content_originals`);
    expect(rows).toEqual([
      {
        id: original,
        site_id: site.id,
        item_id: a.id,
        format: 'docx',
        original_name: 'bai-viet.docx',
        size_bytes: 1234,
        sha256: 'ab'.repeat(32),
        uploaded_by_id: people.contributor,
      },
    ]);
  });

  it('should serve exactly the published articles to the public, each on its approved revision', async () => {
    const repo = new PublicContentRepository(new Db(ds));
    const live = await repo.page(site.id, 'article', {}, 1, 100);
    const total = await repo.countPublished(site.id, 'article', {});
    const want = [...cases.values()].filter(({ a }) => a.liveStatus === 'published').map(({ a }) => a);
    expect(want.map((a) => a.slug).sort()).toEqual(
      ['da-dang', 'an-ban-2', 'an-ban-2-bi-tu-choi', 'an-ban-2-hen-gio-roi-go', 'an-ban-2-da-dang'].sort(),
    );
    expect(total).toBe(want.length);
    expect(live.map((l) => [l.item.slug, l.live.id]).sort()).toEqual(want.map((a) => [a.slug, a.liveRevisionId]).sort());
    // Withdrawn and archived ones are found by slug with their live status (the public page says so).
    expect((await repo.bySlug(site.id, 'article', 'da-go'))?.item.liveStatus).toBe('unpublished');
    expect((await repo.bySlug(site.id, 'article', 'luu-tru'))?.item.liveStatus).toBe('archived');
    expect(await repo.bySlug(site.id, 'article', 'hen-gio')).toBeNull();
  });

  it('should keep the approved revision of every edition that is approved, taken back or live (going live reads it)', async () => {
    const rows = await q<{ slug: string; number: number; status: string }>(
      `SELECT i.slug, e.number, e.status FROM content_editions e JOIN content_items i ON i.id = e.item_id
        WHERE e.status IN ('scheduled', 'unpublished', 'published') AND e.approved_revision_id IS NULL ORDER BY i.slug, e.number`,
    );
    expect(rows).toEqual([]);
  });

  it('should leave statuses to the transition path (the guard is installed)', async () => {
    const { a } = cases.get('published')!;
    await expect(q(`UPDATE content_items SET live_status = 'archived' WHERE id = $1`, [a.id])).rejects.toThrow(/written only by the publishing core/);
    await expect(q(`UPDATE content_editions SET status = 'draft' WHERE item_id = $1`, [a.id])).rejects.toThrow(/written only by the publishing core/);
    await expect(q(`UPDATE content_transitions SET note = 'x' WHERE item_id = $1`, [a.id])).rejects.toThrow(/append-only/);
  });

  it('should let the chief republish a migrated scheduled-then-taken-back article, which the public then sees', async () => {
    // The app on the migrated database (PGlite has one connection: this test's data source gives it up first).
    await ds.destroy();
    await raw.reopen();
    const config = loadConfig({
      CONGXA_SERVE_APPS: '0',
      CONGXA_DEMO: '0',
      LOG_LEVEL: 'error',
      CONGXA_SCHEDULER_INTERVAL_MS: '0',
      JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
      DATABASE_URL: raw.url,
    });
    const app = await createApp(config, { url: raw.url, poolSize: 1 });
    try {
      const chief: Actor = {
        kind: 'user',
        userId: people.chief,
        email: 'h@x.vn',
        fullName: 'Trưởng',
        isPlatformAdmin: false,
        site: { id: site.id, code: '99999', slug: site.slug, name: 'Xã Cũ' },
        membership: { id: randomUUID(), role: 'chief', isStaff: true, fieldIds: [] },
        permissions: new Set(sitePermissions('chief', false)),
        clientAddress: null,
      };
      const { a } = cases.get('scheduled, taken back before it went live')!;
      const after = await app.get(TransitionService).transition(chief, 'article', a.id, { action: 'republish', note: 'Đăng lại' });
      expect([after.edition.status, after.item.liveStatus]).toEqual(['published', 'published']);
      const live = await app.get(PublicContentRepository).bySlug(site.id, 'article', a.slug);
      expect(live?.live.id).toBe(a.revisions.at(-1)!.id);
    } finally {
      await app.close();
    }
  });
});

import { sitePermissions, type Permission, type SiteRole } from '@congxa/shared/authz';
import { CONTENT_TYPES, type ContentType } from '@congxa/shared/content';
import { shiftWeek, weekDays } from '@congxa/shared/schedule';
import type { TransitionRequest } from '@congxa/shared/dto/content';
import {
  REQUEST_ACTIONS,
  TRANSITIONS,
  type EditionState,
  type LiveState,
  type RequestAction,
  type Slot,
  type TransitionRule,
  type WorkflowMove,
} from '@congxa/shared/workflow';
import type { Actor } from '../../common/auth/actor';
import { createTestApp, DEMO_SITE_SLUG, type TestApp } from '../../test-support/test-app';
import { cidFontPdf } from '../../test-support/documents';
import { DemoSeedService } from '../demo/demo-seed.service';
import { MediaService } from '../media/media.service';
import { TITLE_MAX } from './content-revision.entity';
import { PublishingService } from './publishing.service';
import { TransitionService } from './transition.service';

/**
 * TransitionService on a real database, table-driven: for every row of the shared TRANSITIONS table, every
 * content type and every persona, an item is brought to the row's `from` status through the service API
 * (create, save, transition — as the demo people), the move is asked for, and the outcome is checked
 * against the row: the new status, exactly the new transition rows, the audit rows, the notifications —
 * or the exact refusal, with no new transition row and nothing changed. Refusals share one item per
 * position; each allowed move gets a fresh item. Items are built before the tests, a few at a time.
 */

type Persona = 'contributor' | 'contributor2' | 'editor' | 'editor2' | 'deputy' | 'chief' | 'admin';
const PERSONAS: Persona[] = ['contributor', 'contributor2', 'editor', 'editor2', 'deputy', 'chief', 'admin'];
const PERSONA_NAMES: Record<Persona, string> = {
  contributor: 'contributor (who writes the articles)',
  contributor2: 'other contributor',
  editor: 'editor of the field (the one assigned)',
  editor2: 'editor of another field (never assigned)',
  deputy: 'deputy',
  chief: 'chief',
  admin: 'platform admin without a site role',
};
const EMAILS: Record<Persona, string> = {
  contributor: 'contributor@demo.local',
  contributor2: 'contributor2@demo.local',
  editor: 'editor@demo.local',
  editor2: 'editor2@demo.local',
  deputy: 'deputy@demo.local',
  chief: 'chief@demo.local',
  admin: 'admin@demo.local',
};
/** The demo people's site roles (demo-content.ts; checked against the database below); the platform admin has none. */
const ROLE: Record<Persona, SiteRole | null> = {
  contributor: 'contributor',
  contributor2: 'contributor',
  editor: 'editor',
  editor2: 'editor',
  deputy: 'deputy',
  chief: 'chief',
  admin: null,
};
const holds = (p: Persona, permission: Permission) => sitePermissions(ROLE[p], p === 'admin').includes(permission);

/** Who writes each type: contributors write articles, documents, procedures and schedules; introduction pages are the board's (page.create). */
const AUTHOR: Record<ContentType, Persona> = {
  article: 'contributor',
  page: 'deputy',
  document: 'contributor',
  procedure: 'contributor',
  schedule: 'contributor',
};
const TYPES = Object.keys(CONTENT_TYPES) as ContentType[];
const NOT_FOUND: Record<ContentType, string> = {
  article: 'ARTICLE_NOT_FOUND',
  page: 'PAGE_NOT_FOUND',
  document: 'DOCUMENT_NOT_FOUND',
  procedure: 'PROCEDURE_NOT_FOUND',
  schedule: 'SCHEDULE_NOT_FOUND',
};
/** A plain text field of each type that a save may change (a new edition's edit). */
const EDIT_FIELD: Record<ContentType, string> = { article: 'summary', page: 'summary', document: 'summary', procedure: 'notes', schedule: 'note' };

/** Who hears about a move (content-notifications.ts; product.md §2): whoever the item now waits for, or the edition's author. */
const AUDIENCE: Partial<Record<WorkflowMove, 'deputy' | 'chief' | 'assignee' | 'author'>> = {
  submit: 'deputy',
  assign: 'assignee',
  verify: 'deputy',
  forward: 'chief',
  return: 'author',
  reject: 'author',
  approve: 'author',
  schedule: 'author',
  unpublish: 'author',
  republish: 'author',
  publish_scheduled: 'author',
  expire: 'author',
};

type WorkingStatus = Exclude<EditionState, 'published' | 'superseded'>;
/** Where an item is built to: its working edition's status (with or without a live edition), or its live edition shown (or not). */
type Stage = { kind: 'edition'; status: WorkingStatus; withLive: boolean } | { kind: 'live'; status: LiveState; working: boolean };
const stageName = (s: Stage) =>
  s.kind === 'edition'
    ? `${/^[aeiou]/.test(s.status) ? 'an' : 'a'} ${s.status} edition${s.withLive ? ' of a live item' : ' (never live)'}`
    : `the live item (${s.status})${s.working ? ' with a new edition in draft' : ''}`;

/** Who the item's rows name, by construction (the builder checks the database agrees). */
interface Facts {
  itemAuthor: Persona;
  editionAuthor: Persona;
  assignee: Persona | null;
}
function factsOf(type: ContentType, s: Stage): Facts {
  // The field's editor is assigned from in_review on; a new edition starts unassigned; a rejected new
  // edition gives way to the live one (assigned in its own chain).
  const assigned =
    s.kind === 'edition'
      ? ['in_review', 'verified', 'pending_approval', 'scheduled', 'unpublished'].includes(s.status) || (s.status === 'rejected' && s.withLive)
      : !s.working;
  return { itemAuthor: AUTHOR[type], editionAuthor: AUTHOR[type], assignee: assigned ? 'editor' : null };
}

// --- what the table says, read independently of the service ---

const board = (p: Persona) => ROLE[p] === 'deputy' || ROLE[p] === 'chief';
const canSee = (p: Persona, f: Facts) => board(p) || [f.itemAuthor, f.editionAuthor, f.assignee].includes(p);
const fills = (slot: Slot, p: Persona, f: Facts): boolean =>
  slot === 'member' ||
  (slot === 'author' && p === f.editionAuthor) ||
  (slot === 'item_author' && p === f.itemAuthor) ||
  (slot === 'assigned_editor' && p === f.assignee && ROLE[p] === 'editor') ||
  (slot === 'deputy' && ROLE[p] === 'deputy') ||
  (slot === 'chief' && ROLE[p] === 'chief');
const mayDo = (rule: TransitionRule, p: Persona, f: Facts) => rule.permission !== null && holds(p, rule.permission) && rule.who.some((s) => fills(s, p, f));

/** The edition chain to a status, as the demo people walk it. */
const CHAIN: Record<Exclude<EditionState, 'draft' | 'superseded'>, RequestAction[]> = {
  submitted: ['submit'],
  in_review: ['submit', 'assign'],
  verified: ['submit', 'assign', 'verify'],
  pending_approval: ['submit', 'assign', 'verify', 'forward'],
  scheduled: ['submit', 'assign', 'verify', 'forward', 'approve'],
  unpublished: ['submit', 'assign', 'verify', 'forward', 'approve', 'unpublish'],
  published: ['submit', 'assign', 'verify', 'forward', 'approve'],
  returned: ['submit', 'return'],
  rejected: ['submit', 'reject'],
};
const stepBy = (type: ContentType, action: RequestAction): Persona =>
  action === 'submit' ? AUTHOR[type] : action === 'verify' ? 'editor' : ['approve', 'unpublish', 'republish'].includes(action) ? 'chief' : 'deputy';

const LIVE_PUBLISHED: Stage = { kind: 'live', status: 'published', working: false };
const label = (r: TransitionRule) => `${r.on} ${r.move}${r.request && r.request !== r.move ? ` (asked as ${r.request})` : ''} ${r.from.join('|')} → ${r.to}`;

/** A built item. */
interface Built {
  id: string;
  /** The edition acted on: the current edition (the working one, or the live one shown). */
  editionId: string;
  liveEditionId: string | null;
}

describe('TransitionService (every row of the transition table × persona × type, on the database)', () => {
  let t: TestApp;
  let publishing: PublishingService;
  let transitions: TransitionService;
  const people = {} as Record<Persona, Actor>;
  let fieldId: string;
  let categoryId: string;
  let attachmentId: string;
  let serial = 0;
  const started = Date.now();
  let builtAt = 0;

  /** Every item the tests need, registered while the tests are declared and built in beforeAll. */
  const wanted = new Map<string, { type: ContentType; stage: Stage }>();
  const items = new Map<string, Promise<Built>>();
  const want = (key: string, type: ContentType, stage: Stage) => {
    wanted.set(key, { type, stage });
    return key;
  };
  /** One item per position for the refusals (they change nothing), or one of its own for a move that happens. */
  const sharedItem = (type: ContentType, s: Stage) => want(`shared ${type} ${s.kind} ${s.status} ${s.kind === 'edition' ? s.withLive : s.working}`, type, s);
  const item = (key: string) => items.get(key)!;

  const q = async <R = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<R[]> => (await t.ds.query(sql, params)) as R[];
  const uid = (p: Persona) => people[p].userId!;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(DemoSeedService).seedIfEmpty();
    publishing = t.app.get(PublishingService);
    transitions = t.app.get(TransitionService);
    const [site] = await q<{ id: string; code: string; slug: string; name: string }>(`SELECT id, code, slug, name FROM sites WHERE slug = $1`, [
      DEMO_SITE_SLUG,
    ]);
    const rows = await q<{
      id: string;
      email: string;
      full_name: string;
      is_platform_admin: boolean;
      membership_id: string | null;
      role: SiteRole | null;
      is_staff: boolean | null;
      field_ids: string[];
    }>(
      `SELECT u.id, u.email, u.full_name, u.is_platform_admin, m.id AS membership_id, m.role, m.is_staff,
              coalesce(array_agg(mf.field_id::text) FILTER (WHERE mf.field_id IS NOT NULL), '{}') AS field_ids
         FROM users u LEFT JOIN memberships m ON m.user_id = u.id AND m.site_id = $1
         LEFT JOIN membership_fields mf ON mf.membership_id = m.id
        GROUP BY u.id, m.id`,
      [site!.id],
    );
    // As DemoSeedService's actorOf builds them: the demo people acting in the demo site with their role's permissions.
    for (const p of PERSONAS) {
      const r = rows.find((x) => x.email === EMAILS[p])!;
      expect([p, r.role, r.is_platform_admin]).toEqual([p, ROLE[p], p === 'admin']);
      people[p] = {
        kind: 'user',
        userId: r.id,
        email: r.email,
        fullName: r.full_name,
        isPlatformAdmin: r.is_platform_admin,
        site: { id: site!.id, code: site!.code, slug: site!.slug, name: site!.name },
        membership: r.membership_id ? { id: r.membership_id, role: r.role!, isStaff: !!r.is_staff, fieldIds: r.field_ids } : null,
        permissions: new Set(sitePermissions(r.role, r.is_platform_admin)),
        clientAddress: null,
      };
    }
    fieldId = people.editor.membership!.fieldIds[0]!;
    expect(people.editor2.membership!.fieldIds).not.toContain(fieldId);
    [{ id: categoryId }] = await q<{ id: string }>(`SELECT id FROM categories WHERE site_id = $1 ORDER BY position LIMIT 1`, [site!.id]);
    // A legal document needs its file: one PDF of the site's library serves every test document.
    ({ id: attachmentId } = await t.app.get(MediaService).ingestBuffer(people.contributor, await cidFontPdf([['Quyết định số 12/QĐ-UBND']]), 'qd-12.pdf'));

    // Build every item, a few at a time (each item is locked on its own; PGlite has one connection anyway).
    const queue = [...wanted.entries()];
    const next = async (): Promise<void> => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const [key, { type, stage }] = job;
        const built = build(type, stage);
        items.set(key, built);
        await built.catch(() => undefined); // the test that needs it reports the failure
      }
    };
    await Promise.all(Array.from({ length: t.db.mode === 'pg' ? 4 : 1 }, next));
    builtAt = Date.now();
  }, 600_000);

  afterAll(async () => {
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(`[transition.int-spec] ${serial} items built in ${s(builtAt - started)}, tests ${s(Date.now() - builtAt)}, on ${t?.db.mode}`);
    await t?.close();
  });

  // --- building items, through the service API only ---

  const content = (type: ContentType, title: string): Record<string, unknown> =>
    type === 'article'
      ? {
          title,
          summary: 'Tóm tắt.',
          body: '<p>Nội dung bình thường của tin.</p>',
          categoryId,
          fieldId,
          authorName: 'Hoàng Văn Cộng',
          authorAddress: 'Văn phòng UBND xã',
          noSecretConfirmed: true,
        }
      : type === 'document'
        ? {
            title,
            summary: 'Tóm tắt.',
            number: '12/QĐ-UBND',
            issuingBody: 'Ủy ban nhân dân xã',
            issuedOn: '2026-01-05',
            fieldId,
            attachments: [attachmentId],
            noSecretConfirmed: true,
          }
        : type === 'procedure'
          ? {
              title,
              // Codes are unique per site: each test item has its own, from its serial.
              code: `1.${String(900000 + serial).padStart(6, '0')}`,
              steps: '<p>Nộp hồ sơ tại Bộ phận Một cửa.</p>',
              processingTime: 'Ngay trong ngày',
              agency: 'Ủy ban nhân dân xã',
              fieldId,
              noSecretConfirmed: true,
            }
          : type === 'schedule'
            ? {
                title,
                // One schedule per week and site: each test item has its own week.
                week: shiftWeek('2040-W01', serial),
                rows: [{ date: weekDays(shiftWeek('2040-W01', serial))[0], time: '07:30', activity: 'Giao ban' }],
                fieldId,
                noSecretConfirmed: true,
              }
            : { title, summary: 'Tóm tắt.', body: '<p>Nội dung trang giới thiệu.</p>', fieldId, noSecretConfirmed: true };

  const request = (action: RequestAction, scheduled = false): TransitionRequest => ({
    action,
    note: 'Ghi chú của người thao tác.',
    ...(action === 'assign' ? { assigneeId: uid('editor') } : {}),
    ...(action === 'approve' && scheduled ? { publishAt: new Date(Date.now() + 86_400_000).toISOString() } : {}),
  });

  async function walk(type: ContentType, id: string, to: Exclude<EditionState, 'superseded'>): Promise<void> {
    if (to === 'draft') return;
    for (const action of CHAIN[to]) {
      const scheduled = action === 'approve' && (to === 'scheduled' || to === 'unpublished');
      await transitions.transition(people[stepBy(type, action)], type, id, request(action, scheduled));
    }
  }

  const revisionOf = async (id: string) => (await q<{ revision: number }>(`SELECT revision FROM content_items WHERE id = $1`, [id]))[0]!.revision;

  async function build(type: ContentType, stage: Stage): Promise<Built> {
    const author = AUTHOR[type];
    const { id } = await publishing.create(people[author], type, content(type, `Mục thử ${++serial} ${type}`));
    if (stage.kind === 'live' || stage.withLive) await walk(type, id, 'published');
    if (stage.kind === 'live' && stage.status === 'unpublished') await transitions.transition(people.chief, type, id, request('unpublish'));
    if (stage.kind === 'live' && stage.status === 'archived') await transitions.transition(people.deputy, type, id, request('archive'));
    const opens = stage.kind === 'edition' ? stage.withLive : stage.working;
    // The item's author saves the live item: the save opens the next edition (the table's `open` row).
    if (opens)
      await publishing.update(people[author], type, id, { revision: await revisionOf(id), [EDIT_FIELD[type]]: 'Bản sửa mới.', noSecretConfirmed: true });
    if (stage.kind === 'edition') await walk(type, id, stage.status);

    const [row] = await q<{ current: string; live: string | null; item_author: string; edition_author: string; assignee: string | null }>(
      `SELECT i.current_edition_id AS current, i.live_edition_id AS live, i.author_id AS item_author, e.author_id AS edition_author, e.assignee_id AS assignee
         FROM content_items i JOIN content_editions e ON e.id = i.current_edition_id WHERE i.id = $1`,
      [id],
    );
    // The builder reached what it was asked for, with the people the expectations assume.
    const at = await position(id);
    if (stage.kind === 'live') expect(at).toEqual({ edition: opens ? 'draft' : 'published', live: stage.status, currentIsLive: !opens });
    else if (stage.status === 'rejected' && stage.withLive) expect(at).toEqual({ edition: 'published', live: 'published', currentIsLive: true });
    else expect(at).toEqual({ edition: stage.status, live: stage.withLive ? 'published' : null, currentIsLive: false });
    const f = factsOf(type, stage);
    expect([row!.item_author, row!.edition_author, row!.assignee]).toEqual([uid(f.itemAuthor), uid(f.editionAuthor), f.assignee && uid(f.assignee)]);
    return { id, editionId: row!.current, liveEditionId: row!.live };
  }

  async function position(id: string): Promise<{ edition: EditionState; live: LiveState | null; currentIsLive: boolean }> {
    const [r] = await q<{ edition: EditionState; live: LiveState | null; current_is_live: boolean }>(
      `SELECT e.status AS edition, i.live_status AS live, (i.current_edition_id = i.live_edition_id) IS TRUE AS current_is_live
         FROM content_items i JOIN content_editions e ON e.id = i.current_edition_id WHERE i.id = $1`,
      [id],
    );
    return { edition: r!.edition, live: r!.live, currentIsLive: r!.current_is_live };
  }

  const itemRow = async (id: string) =>
    (
      await q<{ live_status: string | null; live_edition_id: string | null; current_edition_id: string }>(
        `SELECT live_status, live_edition_id, current_edition_id FROM content_items WHERE id = $1`,
        [id],
      )
    )[0];
  const editionStatus = async (id: string | null) => (await q<{ status: string }>(`SELECT status FROM content_editions WHERE id = $1`, [id]))[0]?.status;

  /** Ids of the rows an item has now, to tell the new ones afterwards. */
  async function marks(id: string) {
    const ids = async (sql: string) => (await q<{ id: string }>(sql, [id])).map((r) => r.id);
    return {
      transitions: await ids(`SELECT id FROM content_transitions WHERE item_id = $1`),
      audit: await ids(`SELECT id FROM audit_log WHERE target_id = $1`),
      notifications: await ids(`SELECT id FROM notifications WHERE article_id = $1`),
    };
  }

  async function newRows(id: string, before: Awaited<ReturnType<typeof marks>>) {
    return {
      transitions: await q<{
        action: string;
        side: string;
        from_state: string;
        to_state: string;
        actor_id: string | null;
        system_actor: string | null;
        edition_id: string;
      }>(
        `SELECT action, side, from_state, to_state, actor_id, system_actor, edition_id FROM content_transitions
          WHERE item_id = $1 AND NOT (id = ANY($2::uuid[])) ORDER BY action`,
        [id, before.transitions],
      ),
      audit: await q<{ action: string; actor_id: string | null }>(
        `SELECT action, actor_id FROM audit_log WHERE target_id = $1 AND NOT (id = ANY($2::uuid[])) ORDER BY action`,
        [id, before.audit],
      ),
      notifications: await q<{ user_id: string; kind: string }>(
        `SELECT user_id, kind FROM notifications WHERE article_id = $1 AND NOT (id = ANY($2::uuid[])) ORDER BY user_id`,
        [id, before.notifications],
      ),
    };
  }

  /** The users who must hear of `move` by `by` (never the actor), as their ids. */
  function audience(move: WorkflowMove, f: Facts, by: Persona): string[] {
    const to = AUDIENCE[move];
    const who: Persona[] = !to ? [] : to === 'author' ? [f.editionAuthor] : to === 'assignee' ? ['editor'] : [to];
    return [...new Set(who)]
      .filter((p) => p !== by)
      .map(uid)
      .sort();
  }

  async function expectRefused(b: Built, call: () => Promise<unknown>, httpStatus: number, code: string) {
    const before = await marks(b.id);
    const at = await position(b.id);
    await expect(call()).rejects.toMatchObject({ httpStatus, code });
    const after = await newRows(b.id, before);
    expect(after.transitions).toEqual([]);
    expect(after.notifications).toEqual([]);
    expect(await position(b.id)).toEqual(at);
  }

  const byAction = <T extends { action: string }>(rows: T[]) => [...rows].sort((x, y) => x.action.localeCompare(y.action));

  for (const type of TYPES) {
    describe(`${type}s`, () => {
      for (const rule of TRANSITIONS) {
        describe(label(rule), () => {
          if (rule.move === 'create') {
            for (const p of PERSONAS) {
              // Every member writes articles and documents; pages need page.create (the board); the platform admin writes nothing.
              const allowed = ROLE[p] !== null && (CONTENT_TYPES[type].createPermission === null || board(p));
              it(`should ${allowed ? 'let' : 'not let'} the ${PERSONA_NAMES[p]} create one`, async () => {
                const count = async () => (await q<{ n: number }>(`SELECT count(*)::int AS n FROM content_items`))[0]!.n;
                if (!allowed) {
                  const before = await count();
                  await expect(publishing.create(people[p], type, content(type, `Không được tạo ${++serial}`))).rejects.toMatchObject({
                    httpStatus: 403,
                    code: 'CREATE_NOT_ALLOWED',
                  });
                  expect(await count()).toBe(before);
                  return;
                }
                const { id } = await publishing.create(people[p], type, content(type, `Mục mới ${++serial}`));
                const rows = await newRows(id, { transitions: [], audit: [], notifications: [] });
                const editions = await q<{ id: string; status: string; number: number }>(`SELECT id, status, number FROM content_editions WHERE item_id = $1`, [
                  id,
                ]);
                expect(editions).toEqual([{ id: expect.any(String), status: 'draft', number: 1 }]);
                expect(await position(id)).toEqual({ edition: 'draft', live: null, currentIsLive: false });
                expect(rows.transitions).toEqual([
                  {
                    action: 'create',
                    side: 'edition',
                    from_state: 'none',
                    to_state: 'draft',
                    actor_id: uid(p),
                    system_actor: null,
                    edition_id: editions[0]!.id,
                  },
                ]);
                expect(rows.audit).toContainEqual({ action: `${type}.create`, actor_id: uid(p) });
                expect(rows.notifications).toEqual([]);
              });
            }
            return;
          }

          if (rule.move === 'open') {
            const f = factsOf(type, LIVE_PUBLISHED);
            for (const p of PERSONAS) {
              const seen = canSee(p, f);
              const allowed = seen && mayDo(rule, p, f);
              const key = allowed ? want(`${type} open by ${p}`, type, LIVE_PUBLISHED) : sharedItem(type, LIVE_PUBLISHED);
              it(`should ${allowed ? 'let' : 'not let'} the ${PERSONA_NAMES[p]} open an edition by saving the live item${allowed ? '' : seen ? ' (403)' : ' (404)'}`, async () => {
                const b = await item(key);
                const save = async () => publishing.update(people[p], type, b.id, { revision: await revisionOf(b.id), [EDIT_FIELD[type]]: `Sửa bởi ${p}` });
                if (!seen) return expectRefused(b, save, 404, NOT_FOUND[type]);
                if (!allowed) return expectRefused(b, save, 403, 'EDIT_NOT_ALLOWED');
                const before = await marks(b.id);
                await save();
                const rows = await newRows(b.id, before);
                const current = (await itemRow(b.id))!;
                const [e] = await q<{ status: string; number: number; author_id: string }>(
                  `SELECT status, number, author_id FROM content_editions WHERE id = $1`,
                  [current.current_edition_id],
                );
                expect(e).toEqual({ status: 'draft', number: 2, author_id: uid(p) });
                expect(current).toEqual({
                  live_status: 'published',
                  live_edition_id: b.liveEditionId,
                  current_edition_id: expect.not.stringMatching(b.editionId),
                });
                expect(await editionStatus(b.liveEditionId)).toBe('published');
                expect(rows.transitions).toEqual([
                  {
                    action: 'open',
                    side: 'edition',
                    from_state: 'none',
                    to_state: 'draft',
                    actor_id: uid(p),
                    system_actor: null,
                    edition_id: current.current_edition_id,
                  },
                ]);
                expect(rows.audit).toContainEqual({ action: `${type}.open`, actor_id: uid(p) });
                expect(rows.notifications).toEqual([]);
              });
            }
            return;
          }

          if (rule.permission === null) {
            // The system's moves: no person can ask for them (transition() takes request actions, and no
            // request resolves to a system row); the scheduler makes them as SYSTEM.
            const variants = rule.move === 'supersede' ? [true] : rule.move === 'expire' ? [false] : [false, true];
            for (const withLive of variants) {
              const stage: Stage = rule.move === 'expire' ? LIVE_PUBLISHED : { kind: 'edition', status: 'scheduled', withLive };
              const key = want(`${type} ${rule.move} ${withLive}`, type, stage);
              it(`should be made by SYSTEM only (the scheduler's runDue)${withLive ? ', superseding the live edition' : ''}`, async () => {
                expect(TRANSITIONS.filter((r) => r.move === rule.move).map((r) => [r.request, r.who, r.permission])).toEqual([[null, ['system'], null]]);
                const b = await item(key);
                // Making it due is not a status write: the scheduler decides, through move().
                if (rule.move === 'expire') await q(`UPDATE content_editions SET unpublish_at = now() - interval '1 minute' WHERE id = $1`, [b.liveEditionId]);
                else await q(`UPDATE content_editions SET publish_at = now() - interval '1 minute' WHERE id = $1`, [b.editionId]);
                const before = await marks(b.id);
                expect(await transitions.runDue()).toBe(1);
                const rows = await newRows(b.id, before);
                const system = { actor_id: null, system_actor: 'SYSTEM:scheduler' };
                // Going live supersedes the previous live edition: a consequence the core records as SYSTEM.
                const superseder = { actor_id: null, system_actor: 'SYSTEM:publishing' };
                if (rule.move === 'expire') {
                  expect(await position(b.id)).toEqual({ edition: 'published', live: 'unpublished', currentIsLive: true });
                  expect(rows.transitions).toEqual([
                    { action: 'expire', side: 'live', from_state: 'published', to_state: 'unpublished', ...system, edition_id: b.liveEditionId },
                  ]);
                  expect(rows.audit).toEqual([{ action: `${type}.expire`, actor_id: null }]);
                } else {
                  const previous = withLive ? b.liveEditionId : null;
                  expect(await position(b.id)).toEqual({ edition: 'published', live: 'published', currentIsLive: true });
                  expect((await itemRow(b.id))!.live_edition_id).toBe(b.editionId);
                  expect(rows.transitions).toEqual([
                    { action: 'publish_scheduled', side: 'edition', from_state: 'scheduled', to_state: 'published', ...system, edition_id: b.editionId },
                    ...(previous
                      ? [{ action: 'supersede', side: 'edition', from_state: 'published', to_state: 'superseded', ...superseder, edition_id: previous }]
                      : []),
                  ]);
                  expect(rows.audit).toEqual([
                    { action: `${type}.publish_scheduled`, actor_id: null },
                    ...(previous ? [{ action: `${type}.supersede`, actor_id: null }] : []),
                  ]);
                  if (previous) expect(await editionStatus(previous)).toBe('superseded');
                }
                // The scheduler's moves tell the author (the one who opened the edition, who is not SYSTEM).
                expect(rows.notifications).toEqual([
                  { user_id: uid(AUTHOR[type]), kind: `${type}.${rule.move === 'supersede' ? 'publish_scheduled' : rule.move}` },
                ]);
                expect(await transitions.runDue()).toBe(0);
              });
            }
            return;
          }

          // A person's request: from each status of the row; edition rows also on a new edition of a live item
          // where the live edition changes the outcome (going live supersedes it, a rejected edition gives way
          // to it, a scheduled edition taken back leaves it alone) — the other rows' outcomes do not depend on
          // it, and those cases cost a published item each; live rows also while a new edition is worked on.
          const liveMatters = rule.effect !== undefined || rule.move === 'schedule' || rule.move === 'unpublish';
          const stages: Stage[] =
            rule.on === 'edition'
              ? rule.from.flatMap((from) =>
                  (liveMatters ? [false, true] : [false]).map((withLive) => ({ kind: 'edition' as const, status: from as WorkingStatus, withLive })),
                )
              : rule.from.flatMap((from) => [false, true].map((working) => ({ kind: 'live' as const, status: from as LiveState, working })));
          for (const stage of stages) {
            const f = factsOf(type, stage);
            for (const p of PERSONAS) {
              const seen = canSee(p, f);
              const allowed = seen && mayDo(rule, p, f);
              const key = allowed ? want(`${type} ${label(rule)} ${stageName(stage)} by ${p}`, type, stage) : sharedItem(type, stage);
              const outcome = allowed ? 'make the move' : seen ? 'answer 403 NOT_YOUR_TURN' : `answer 404 ${NOT_FOUND[type]}`;
              it(`should ${outcome} when the ${PERSONA_NAMES[p]} asks on ${stageName(stage)}`, async () => {
                const b = await item(key);
                const act = () => transitions.transition(people[p], type, b.id, request(rule.request!, rule.move === 'schedule'));
                if (!seen) return expectRefused(b, act, 404, NOT_FOUND[type]);
                if (!allowed) return expectRefused(b, act, 403, 'NOT_YOUR_TURN');

                const before = await marks(b.id);
                await act();
                const rows = await newRows(b.id, before);
                const supersedes = rule.effect === 'go_live' && b.liveEditionId !== null && b.liveEditionId !== b.editionId;
                const i = await itemRow(b.id);
                if (rule.on === 'edition') {
                  expect(await editionStatus(b.editionId)).toBe(rule.to);
                  if (rule.effect === 'go_live') expect(i).toEqual({ live_status: 'published', live_edition_id: b.editionId, current_edition_id: b.editionId });
                  // A rejected new edition is closed: staff see the live one again.
                  else if (rule.effect === 'discard' && b.liveEditionId)
                    expect(i).toEqual({ live_status: 'published', live_edition_id: b.liveEditionId, current_edition_id: b.liveEditionId });
                  else
                    expect(i).toEqual({ live_status: b.liveEditionId ? 'published' : null, live_edition_id: b.liveEditionId, current_edition_id: b.editionId });
                } else {
                  expect(i).toEqual({ live_status: rule.to, live_edition_id: b.liveEditionId, current_edition_id: b.editionId });
                  expect(await editionStatus(b.editionId)).toBe(stage.kind === 'live' && stage.working ? 'draft' : 'published');
                }
                if (supersedes) expect(await editionStatus(b.liveEditionId)).toBe('superseded');

                const actor = { actor_id: uid(p), system_actor: null };
                // A live move while a new edition is worked on: which edition its row names is left open here.
                const editionId = stage.kind === 'live' && stage.working ? expect.any(String) : b.editionId;
                expect(rows.transitions).toEqual(
                  byAction([
                    { action: rule.move, side: rule.on, from_state: stage.status, to_state: rule.to, ...actor, edition_id: editionId },
                    ...(supersedes
                      ? [
                          {
                            action: 'supersede',
                            side: 'edition',
                            from_state: 'published',
                            to_state: 'superseded',
                            actor_id: null,
                            system_actor: 'SYSTEM:publishing',
                            edition_id: b.liveEditionId,
                          },
                        ]
                      : []),
                  ]),
                );
                expect(rows.audit).toEqual(
                  byAction([{ action: `${type}.${rule.move}`, actor_id: uid(p) }, ...(supersedes ? [{ action: `${type}.supersede`, actor_id: null }] : [])]),
                );
                expect(rows.notifications).toEqual(audience(rule.move, f, p).map((user_id) => ({ user_id, kind: `${type}.${rule.move}` })));
              });
            }
          }
        });
      }

      describe('an action the table has no row for', () => {
        const positions: Stage[] = [
          ...(['draft', 'submitted', 'in_review', 'verified', 'pending_approval', 'scheduled', 'unpublished', 'returned', 'rejected'] as const).flatMap(
            (status) => [false, true].map((withLive) => ({ kind: 'edition' as const, status, withLive })),
          ),
          ...(['published', 'unpublished', 'archived'] as const).flatMap((status) =>
            [false, true].map((working) => ({ kind: 'live' as const, status, working })),
          ),
        ];
        for (const stage of positions) {
          const key = sharedItem(type, stage);
          it(`should answer 409 TRANSITION_NOT_ALLOWED to every other action on ${stageName(stage)}, recording nothing`, async () => {
            const b = await item(key);
            const at = await position(b.id);
            let refused = 0;
            for (const action of REQUEST_ACTIONS) {
              for (const scheduled of action === 'approve' ? [false, true] : [false]) {
                const rows = TRANSITIONS.filter((r) => r.request === action && (action !== 'approve' || (r.move === 'schedule') === scheduled));
                const hasRow =
                  (!at.currentIsLive && rows.some((r) => r.on === 'edition' && (r.from as readonly string[]).includes(at.edition))) ||
                  (at.live !== null && rows.some((r) => r.on === 'live' && (r.from as readonly string[]).includes(at.live!)));
                if (hasRow) continue;
                // The chief sees every item and holds every permission of the chain: only the table refuses.
                await expectRefused(b, () => transitions.transition(people.chief, type, b.id, request(action, scheduled)), 409, 'TRANSITION_NOT_ALLOWED');
                refused++;
              }
            }
            expect(refused).toBeGreaterThan(0);
          });
        }
      });
    });
  }

  describe('the database guard on status columns', () => {
    const pending = want('guard pending', 'article', { kind: 'edition', status: 'pending_approval', withLive: false });
    const livePage = want('guard live page', 'page', LIVE_PUBLISHED);
    const liveArticle = want('guard live article', 'article', LIVE_PUBLISHED);
    const refusal = /written only by the publishing core/;

    it('should refuse a raw status write outside the transition path, and let the app’s own transitions through', async () => {
      const b = await item(pending);
      await expect(q(`UPDATE content_editions SET status = 'published' WHERE id = $1`, [b.editionId])).rejects.toThrow(refusal);
      await expect(
        q(`INSERT INTO content_editions (item_id, site_id, number, status) SELECT item_id, site_id, 9, 'published' FROM content_editions WHERE id = $1`, [
          b.editionId,
        ]),
      ).rejects.toThrow(refusal);
      // Other columns are not status writes.
      await q(`UPDATE content_editions SET submitted_at = now(), assignee_id = assignee_id WHERE id = $1`, [b.editionId]);
      expect(await position(b.id)).toEqual({ edition: 'pending_approval', live: null, currentIsLive: false });

      await transitions.transition(people.chief, 'article', b.id, request('approve'));
      expect(await position(b.id)).toEqual({ edition: 'published', live: 'published', currentIsLive: true });
      await expect(q(`UPDATE content_items SET live_status = 'archived' WHERE id = $1`, [b.id])).rejects.toThrow(refusal);
      await expect(q(`UPDATE content_editions SET status = 'superseded' WHERE id = $1`, [b.editionId])).rejects.toThrow(refusal);
      expect(await position(b.id)).toEqual({ edition: 'published', live: 'published', currentIsLive: true });
      await transitions.transition(people.deputy, 'article', b.id, request('archive'));
      expect(await position(b.id)).toEqual({ edition: 'published', live: 'archived', currentIsLive: true });
    });

    it('should open the path for one transaction only (the flag is transaction-local)', async () => {
      const b = await item(livePage);
      const runner = t.ds.createQueryRunner();
      try {
        await runner.startTransaction();
        await runner.query(`SELECT set_config('congxa.transition', 'on', true)`);
        await runner.query(`UPDATE content_items SET live_status = 'unpublished' WHERE id = $1`, [b.id]);
        await runner.rollbackTransaction();
        await expect(runner.query(`UPDATE content_items SET live_status = 'unpublished' WHERE id = $1`, [b.id])).rejects.toThrow(refusal);
      } finally {
        await runner.release();
      }
      expect(await position(b.id)).toEqual({ edition: 'published', live: 'published', currentIsLive: true });
    });

    it('should refuse a new item that claims a live status without a transition', async () => {
      // content_items' guard covers UPDATE OF live_status only: an INSERT can name a live status and a live
      // edition (any existing edition satisfies the foreign key and the pair check), and the item is public.
      const b = await item(liveArticle);
      const forged = q(
        `INSERT INTO content_items (site_id, type, slug, author_id, live_status, live_edition_id)
         SELECT site_id, type, 'gia-mao-' || substr(md5(random()::text), 1, 8), author_id, 'published', live_edition_id FROM content_items WHERE id = $1`,
        [b.id],
      );
      await expect(forged).rejects.toThrow(refusal);
    });
  });

  describe('limits from the declaration', () => {
    it('should size the migrated content_revisions.title to the longest type’s title limit', async () => {
      const [col] = await q<{ n: number }>(
        `SELECT character_maximum_length AS n FROM information_schema.columns WHERE table_name = 'content_revisions' AND column_name = 'title'`,
      );
      expect(col!.n).toBe(TITLE_MAX);
      expect(Math.max(...Object.values(CONTENT_TYPES).map((schema) => schema.fields.title.max))).toBe(col!.n);
    });
  });

  describe('the audit record of a creation', () => {
    it('should write one audit row per created item', async () => {
      const { id } = await publishing.create(people.contributor, 'article', content('article', `Một lần ghi ${++serial}`));
      const rows = await q<{ action: string }>(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY created_at`, [id]);
      expect(rows.map((r) => r.action)).toEqual(['article.create']);
    });
  });
});

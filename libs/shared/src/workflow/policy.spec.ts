import { sitePermissions, type Permission, type SiteRole } from '../authz';
import {
  canCreate,
  canEdit,
  canRead,
  displayStatus,
  isEligibleAssignee,
  queueBuckets,
  readableScope,
  type ItemFacts,
  type PolicyActor,
  type QueueBucket,
} from './policy';
import { EDITION_STATES, LIVE_STATES, type EditionState, type LiveState } from './states';

/**
 * The row rules of the publishing core as matrices (persona × position), with the expected values
 * transcribed from product.md §2 independently of policy.ts:
 * - "Who may edit the content: the author in draft and returned; the assigned editor in in_review; the
 *   deputy and chief in any state that is not final. Nobody edits published content in place (editing it
 *   opens an edition: the item's author, the deputy, the chief)."
 * - a scheduled edition is frozen until it goes live or is taken back; rejected and superseded are final;
 * - the deputy and the chief see every item; others what they wrote and what is assigned to them.
 * "The author" of an edition is who opened it (the item's author for the first edition).
 */

const ITEM_AUTHOR = 'u-item-author';
const ASSIGNED = 'u-assigned';

interface Persona {
  name: string;
  actor: PolicyActor;
  /** Opened the current edition. */
  author: boolean;
  /** Created the item. */
  itemAuthor: boolean;
  /** The editor the current edition is assigned to (the slot needs the editor role). */
  assigned: boolean;
}

const user = (userId: string, role: SiteRole | null, isPlatformAdmin = false): PolicyActor => ({
  kind: 'user',
  userId,
  role,
  permissions: new Set(sitePermissions(role, isPlatformAdmin)),
});

/** The item of every matrix below: created by ITEM_AUTHOR, who opened the current edition too; assigned to ASSIGNED. */
const PERSONAS: Persona[] = [
  { name: 'contributor who wrote it', actor: user(ITEM_AUTHOR, 'contributor'), author: true, itemAuthor: true, assigned: false },
  { name: 'another contributor', actor: user('u-other', 'contributor'), author: false, itemAuthor: false, assigned: false },
  { name: 'assigned editor', actor: user(ASSIGNED, 'editor'), author: false, itemAuthor: false, assigned: true },
  { name: 'editor not assigned', actor: user('u-editor2', 'editor'), author: false, itemAuthor: false, assigned: false },
  { name: 'editor who wrote it', actor: user(ITEM_AUTHOR, 'editor'), author: true, itemAuthor: true, assigned: false },
  { name: 'contributor marked as assignee', actor: user(ASSIGNED, 'contributor'), author: false, itemAuthor: false, assigned: true },
  { name: 'deputy', actor: user('u-deputy', 'deputy'), author: false, itemAuthor: false, assigned: false },
  { name: 'deputy who wrote it', actor: user(ITEM_AUTHOR, 'deputy'), author: true, itemAuthor: true, assigned: false },
  { name: 'chief', actor: user('u-chief', 'chief'), author: false, itemAuthor: false, assigned: false },
  { name: 'platform admin without a role', actor: user('u-admin', null, true), author: false, itemAuthor: false, assigned: false },
  {
    name: 'anonymous visitor',
    actor: { kind: 'anonymous', userId: null, role: null, permissions: new Set() },
    author: false,
    itemAuthor: false,
    assigned: false,
  },
  { name: 'SYSTEM', actor: { kind: 'system', userId: null, role: null, permissions: new Set() }, author: false, itemAuthor: false, assigned: false },
];

interface Position {
  edition: EditionState;
  live: LiveState | null;
  currentIsLive: boolean;
}

/** Every edition state without and with a live edition (of each live status), and the live edition itself shown. */
const POSITIONS: Position[] = [
  ...EDITION_STATES.flatMap((edition) => [null, ...LIVE_STATES].map((live) => ({ edition, live, currentIsLive: false }))),
  ...LIVE_STATES.map((live) => ({ edition: 'published' as const, live, currentIsLive: true })),
];
const describePos = (p: Position) =>
  p.currentIsLive ? `the live edition (${p.live})` : `a ${p.edition} edition${p.live ? ` (live ${p.live})` : ' (never live)'}`;

const facts = (p: Position, over: Partial<ItemFacts> = {}): ItemFacts => ({
  authorId: ITEM_AUTHOR,
  editionAuthorId: ITEM_AUTHOR,
  assigneeId: ASSIGNED,
  editionStatus: p.edition,
  liveStatus: p.live,
  currentIsLive: p.currentIsLive,
  fieldId: 'f-1',
  ...over,
});

const role = (p: Persona) => (p.actor.kind === 'user' ? p.actor.role : null);
const board = (p: Persona) => role(p) === 'deputy' || role(p) === 'chief';

/** product.md §2, transcribed: may this persona save content here? */
function mayEdit(p: Persona, pos: Position, f: { author: boolean; itemAuthor: boolean; assigned: boolean } = p): boolean {
  if (p.actor.kind !== 'user' || role(p) === null) return false;
  // Saving on the live edition opens a new one: the item's author, the deputy, the chief.
  if (pos.currentIsLive) return f.itemAuthor || board(p);
  switch (pos.edition) {
    case 'draft':
    case 'returned':
      return f.author || board(p);
    case 'in_review':
      return (f.assigned && role(p) === 'editor') || board(p);
    case 'submitted':
    case 'verified':
    case 'pending_approval':
    case 'unpublished':
      return board(p);
    case 'scheduled': // frozen until it goes live or is taken back
    case 'published': // nobody edits published content in place
    case 'rejected': // final
    case 'superseded': // final
      return false;
  }
}

describe('publishing policies (persona × position)', () => {
  describe('canEdit', () => {
    for (const p of PERSONAS) {
      for (const pos of POSITIONS) {
        const want = mayEdit(p, pos);
        it(`should ${want ? 'let' : 'not let'} the ${p.name} save ${describePos(pos)}${want && pos.currentIsLive ? ', opening an edition' : ''}`, () => {
          const got = canEdit(p.actor, facts(pos));
          expect(got.allowed).toBe(want);
          if (want) expect(got.opensEdition).toBe(pos.currentIsLive);
        });
      }
    }

    it('should let the item author open an edition of the live item but not edit an edition someone else opened', () => {
      const contributor = PERSONAS[0]!;
      const openedByDeputy = (pos: Position) => facts(pos, { editionAuthorId: 'u-deputy' });
      for (const pos of POSITIONS) {
        const want = mayEdit(contributor, pos, { author: false, itemAuthor: true, assigned: false });
        expect([describePos(pos), canEdit(contributor.actor, openedByDeputy(pos)).allowed]).toEqual([describePos(pos), want]);
      }
      // The deputy who opened edition 2 of the contributor's item edits its draft as its author would.
      expect(canEdit(user('u-deputy', 'deputy'), openedByDeputy({ edition: 'draft', live: 'published', currentIsLive: false })).allowed).toBe(true);
    });

    it('should let an editor who opened the edition edit it in draft but not once it is in review (unless assigned)', () => {
      const editor = user('u-ed', 'editor');
      const mine = (edition: EditionState, assigneeId: string | null) =>
        canEdit(editor, facts({ edition, live: null, currentIsLive: false }, { authorId: 'u-ed', editionAuthorId: 'u-ed', assigneeId })).allowed;
      expect(mine('draft', null)).toBe(true);
      expect(mine('in_review', ASSIGNED)).toBe(false);
      expect(mine('in_review', 'u-ed')).toBe(true);
    });
  });

  describe('canRead', () => {
    for (const p of PERSONAS) {
      const want = p.actor.kind === 'system' || (p.actor.kind === 'user' && (board(p) || p.author || p.itemAuthor || p.assigned));
      it(`should ${want ? 'let' : 'not let'} the ${p.name} see the item, whatever its state`, () => {
        for (const pos of POSITIONS) expect([describePos(pos), canRead(p.actor, facts(pos))]).toEqual([describePos(pos), want]);
      });
    }

    it('should let each of item author, edition author and assignee see it on their own relation alone', () => {
      const pos: Position = { edition: 'in_review', live: 'published', currentIsLive: false };
      const only = (over: Partial<ItemFacts>) => facts(pos, { authorId: null, editionAuthorId: null, assigneeId: null, ...over });
      const me = user('u-me', 'contributor');
      expect(canRead(me, only({}))).toBe(false);
      expect(canRead(me, only({ authorId: 'u-me' }))).toBe(true);
      expect(canRead(me, only({ editionAuthorId: 'u-me' }))).toBe(true);
      expect(canRead(me, only({ assigneeId: 'u-me' }))).toBe(true);
      // A user without an id never matches an item whose relations are empty.
      expect(canRead({ ...me, userId: null }, only({}))).toBe(false);
    });
  });

  describe('readableScope', () => {
    for (const p of PERSONAS.filter((x) => x.actor.kind === 'user')) {
      const all = board(p);
      it(`should give the ${p.name} ${all ? 'every item' : 'only the items they wrote or are assigned'}`, () => {
        expect(readableScope(p.actor)).toEqual(all ? { all: true } : { all: false, userId: p.actor.userId });
      });
    }

    it('should match no row for someone without a user id', () => {
      const scope = readableScope({ kind: 'anonymous', userId: null, role: null, permissions: new Set() });
      expect(scope).toEqual({ all: false, userId: '00000000-0000-0000-0000-000000000000' });
    });

    it('should agree with canRead: the scope filter admits exactly what canRead admits', () => {
      for (const p of PERSONAS.filter((x) => x.actor.kind === 'user')) {
        const scope = readableScope(p.actor);
        for (const pos of POSITIONS) {
          const f = facts(pos);
          const inScope = scope.all || [f.authorId, f.editionAuthorId, f.assigneeId].includes(scope.userId);
          expect([p.name, describePos(pos), inScope]).toEqual([p.name, describePos(pos), canRead(p.actor, f)]);
        }
      }
    });
  });

  describe('queueBuckets', () => {
    const mine: QueueBucket = { reason: 'mine', states: ['draft', 'returned'], scope: 'authored' };
    const intake: QueueBucket = { reason: 'intake', states: ['submitted'], scope: 'all' };
    const forward: QueueBucket = { reason: 'forward', states: ['verified'], scope: 'all' };
    const expected: Record<SiteRole | 'none', QueueBucket[]> = {
      contributor: [mine],
      editor: [{ reason: 'review', states: ['in_review'], scope: 'assigned' }, mine],
      deputy: [intake, forward, mine],
      chief: [intake, forward, { reason: 'approve', states: ['pending_approval'], scope: 'all' }, mine],
      none: [mine],
    };
    for (const [r, buckets] of Object.entries(expected) as [SiteRole | 'none', QueueBucket[]][]) {
      it(`should give ${r === 'none' ? 'a platform admin without a role' : `a ${r}`} the queue [${buckets.map((b) => b.reason).join(', ')}]`, () => {
        const actor = r === 'none' ? user('u-admin', null, true) : user(`u-${r}`, r);
        expect(queueBuckets(actor)).toEqual(buckets);
      });
    }

    it('should not give a bucket to a role that lacks the permission to act on it', () => {
      const withoutVerify: PolicyActor = {
        ...user('u-e', 'editor'),
        permissions: new Set(sitePermissions('editor', false).filter((x) => x !== 'content.verify')),
      };
      expect(queueBuckets(withoutVerify)).toEqual([mine]);
    });
  });

  describe('isEligibleAssignee', () => {
    const roles: SiteRole[] = ['contributor', 'editor', 'deputy', 'chief'];
    for (const r of roles) {
      for (const holds of [true, false]) {
        for (const fieldId of ['f-1', null]) {
          // QC Điều 10: the item goes to an editor of its field; the item must have a field.
          const want = r === 'editor' && holds && fieldId !== null;
          it(`should ${want ? '' : 'not '}accept a ${r} ${holds ? 'holding' : 'not holding'} the field as assignee of an item ${fieldId ? 'with a field' : 'without a field'}`, () => {
            expect(isEligibleAssignee({ role: r, fieldIds: holds ? ['f-0', 'f-1'] : ['f-0'] }, fieldId)).toBe(want);
          });
        }
      }
    }
  });

  describe('canCreate', () => {
    const typePermissions: (Permission | null)[] = [null, 'page.create'];
    for (const p of PERSONAS) {
      for (const typePermission of typePermissions) {
        // Every member writes articles; introduction pages are the board's (page.create); nobody else creates.
        const want = p.actor.kind === 'user' && role(p) !== null && (typePermission === null || board(p));
        it(`should ${want ? 'let' : 'not let'} the ${p.name} create ${typePermission ? 'a page' : 'an article'}`, () => {
          expect(canCreate(p.actor, typePermission)).toBe(want);
        });
      }
    }
  });

  describe('displayStatus', () => {
    it('should show the live status when nothing is being worked on, else the edition status', () => {
      for (const pos of POSITIONS) {
        const want = pos.currentIsLive ? pos.live : pos.edition === 'superseded' ? 'published' : pos.edition;
        expect([describePos(pos), displayStatus({ editionStatus: pos.edition, liveStatus: pos.live, currentIsLive: pos.currentIsLive })]).toEqual([
          describePos(pos),
          want,
        ]);
      }
    });
  });
});

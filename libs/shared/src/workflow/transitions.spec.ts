import { sitePermissions, type SiteRole } from '../authz';
import { EDITION_STATES, LIVE_STATES, type EditionState, type LiveState } from './states';
import {
  availableActions,
  checksAltText,
  findRule,
  mayAct,
  REQUEST_ACTIONS,
  resolveRequest,
  TRANSITIONS,
  WORKFLOW_MOVES,
  type RequestAction,
  type WorkflowActor,
  type WorkflowPosition,
} from './transitions';

/**
 * product.md §2, transcribed independently of transitions.ts: action → [from, who] on the edition being
 * worked on, and on the live side. `author` = who opened the edition; `assigned` = the assigned editor.
 */
const ON_EDITION: Partial<Record<RequestAction, [EditionState[], string[]][]>> = {
  submit: [[['draft', 'returned'], ['author']]],
  withdraw: [[['submitted'], ['author']]],
  assign: [
    [
      ['submitted', 'in_review'],
      ['deputy', 'chief'],
    ],
  ],
  verify: [[['in_review'], ['assigned', 'deputy', 'chief']]],
  forward: [[['verified'], ['deputy', 'chief']]],
  approve: [[['pending_approval'], ['chief']]],
  return: [
    [
      ['submitted', 'verified', 'pending_approval'],
      ['deputy', 'chief'],
    ],
    [['in_review'], ['assigned', 'deputy', 'chief']],
  ],
  reject: [
    [
      ['submitted', 'in_review', 'verified', 'pending_approval'],
      ['deputy', 'chief'],
    ],
  ],
  unpublish: [[['scheduled'], ['chief']]],
  republish: [[['unpublished'], ['chief']]],
};
const ON_LIVE: Partial<Record<RequestAction, [LiveState[], string[]][]>> = {
  unpublish: [[['published'], ['chief']]],
  republish: [[['unpublished'], ['chief']]],
  archive: [
    [
      ['published', 'unpublished'],
      ['deputy', 'chief'],
    ],
  ],
};

interface Persona {
  name: string;
  role: SiteRole;
  isAuthor: boolean;
  isAssigned: boolean;
  slots: string[];
}

const PERSONAS: Persona[] = [
  { name: 'contributor who wrote it', role: 'contributor', isAuthor: true, isAssigned: false, slots: ['author'] },
  { name: 'another contributor', role: 'contributor', isAuthor: false, isAssigned: false, slots: [] },
  { name: 'assigned editor', role: 'editor', isAuthor: false, isAssigned: true, slots: ['assigned'] },
  { name: 'editor not assigned', role: 'editor', isAuthor: false, isAssigned: false, slots: [] },
  { name: 'editor who wrote it', role: 'editor', isAuthor: true, isAssigned: false, slots: ['author'] },
  { name: 'deputy', role: 'deputy', isAuthor: false, isAssigned: false, slots: ['deputy'] },
  { name: 'deputy who wrote it', role: 'deputy', isAuthor: true, isAssigned: false, slots: ['deputy', 'author'] },
  { name: 'chief', role: 'chief', isAuthor: false, isAssigned: false, slots: ['chief'] },
  { name: 'contributor marked as assignee', role: 'contributor', isAuthor: false, isAssigned: true, slots: [] },
];

function expected(action: RequestAction, at: WorkflowPosition, p: Persona): boolean {
  if (!at.currentIsLive && at.edition) {
    const row = ON_EDITION[action]?.find(([from]) => from.includes(at.edition!));
    if (row) return row[1].some((w) => p.slots.includes(w));
  }
  const live = at.live ? ON_LIVE[action]?.find(([from]) => from.includes(at.live!)) : undefined;
  return !!live && live[1].some((w) => p.slots.includes(w));
}

const POSITIONS: WorkflowPosition[] = [
  ...EDITION_STATES.flatMap((edition) => [
    { edition, live: null, currentIsLive: false },
    { edition, live: 'published' as const, currentIsLive: false },
  ]),
  ...LIVE_STATES.map((live) => ({ edition: 'published' as const, live, currentIsLive: true })),
];
const describePos = (at: WorkflowPosition) => (at.currentIsLive ? `live ${at.live}` : `edition ${at.edition}${at.live ? ` (live ${at.live})` : ''}`);

describe('workflow transition table (persona × action × position)', () => {
  for (const p of PERSONAS) {
    const actor: WorkflowActor = {
      kind: 'user',
      role: p.role,
      isAuthor: p.isAuthor,
      isItemAuthor: p.isAuthor,
      isAssignedEditor: p.isAssigned,
      permissions: new Set(sitePermissions(p.role, false)),
    };
    for (const at of POSITIONS) {
      const want = REQUEST_ACTIONS.filter((a) => expected(a, at, p));
      it(`should offer the ${p.name} exactly [${want.join(', ')}] on ${describePos(at)}`, () => {
        expect(availableActions(at, actor)).toEqual(want);
      });
    }
  }

  it('should require a note exactly for return, reject, unpublish and republish', () => {
    for (const rule of TRANSITIONS)
      expect([rule.move, rule.note === 'required']).toEqual([rule.move, ['return', 'reject', 'unpublish', 'republish'].includes(rule.move)]);
  });

  it('should have no way out of rejected and superseded editions', () => {
    for (const move of WORKFLOW_MOVES) {
      expect(findRule(move, 'edition', 'rejected')).toBeUndefined();
      expect(findRule(move, 'edition', 'superseded')).toBeUndefined();
    }
  });

  it('should name every move the table uses, and give system moves to the system alone', () => {
    const system: WorkflowActor = { kind: 'system', role: null, isAuthor: false, isItemAuthor: false, isAssignedEditor: false, permissions: new Set() };
    const chief: WorkflowActor = { ...system, kind: 'user', role: 'chief', permissions: new Set(sitePermissions('chief', false)) };
    for (const rule of TRANSITIONS) {
      expect(WORKFLOW_MOVES).toContain(rule.move);
      expect([rule.move, mayAct(rule, system)]).toEqual([rule.move, rule.permission === null]);
      if (rule.permission === null) expect(mayAct(rule, chief)).toBe(false);
    }
  });

  it('should schedule instead of publishing when approve carries a future time', () => {
    const at: WorkflowPosition = { edition: 'pending_approval', live: null, currentIsLive: false };
    expect(resolveRequest('approve', at)).toMatchObject({ move: 'approve', to: 'published', effect: 'go_live' });
    expect(resolveRequest('approve', at, { scheduled: true })).toMatchObject({ move: 'schedule', to: 'scheduled' });
  });

  it('should unpublish a scheduled edition on its own row and the live page on the live row', () => {
    expect(resolveRequest('unpublish', { edition: 'scheduled', live: 'published', currentIsLive: false })).toMatchObject({ on: 'edition', to: 'unpublished' });
    expect(resolveRequest('unpublish', { edition: 'draft', live: 'published', currentIsLive: false })).toMatchObject({ on: 'live', to: 'unpublished' });
    expect(resolveRequest('unpublish', { edition: 'published', live: 'published', currentIsLive: true })).toMatchObject({ on: 'live' });
  });
});

describe('the alt-text gate (checksAltText)', () => {
  it('should check alt text on every edition move into or through review and live, and on no other move', () => {
    const gated = TRANSITIONS.filter((r) => checksAltText(r)).map((r) => `${r.on}:${r.move}`);
    expect([...new Set(gated)].sort()).toEqual(
      ['edition:approve', 'edition:forward', 'edition:republish', 'edition:schedule', 'edition:submit', 'edition:verify'].sort(),
    );
  });
});

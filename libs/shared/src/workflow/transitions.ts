import type { Permission } from '../authz/permissions';
import type { SiteRole } from '../authz/roles';
import type { EditionState, LiveState } from './states';

/** The actions a person asks for (`POST …/transitions {action}`), the same for every content type. */
export const REQUEST_ACTIONS = [
  'submit',
  'withdraw',
  'assign',
  'verify',
  'forward',
  'approve',
  'return',
  'reject',
  'unpublish',
  'republish',
  'archive',
] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

/** Every move the table knows, including those made by saving (create, open) and by the system. */
export const WORKFLOW_MOVES = [
  'create',
  'open',
  'submit',
  'withdraw',
  'assign',
  'verify',
  'forward',
  'approve',
  'schedule',
  'return',
  'reject',
  'unpublish',
  'republish',
  'archive',
  'publish_scheduled',
  'expire',
  'supersede',
] as const;
export type WorkflowMove = (typeof WORKFLOW_MOVES)[number];

/**
 * Who fills a rule's slot, besides holding its permission. No role inherits another's rights here.
 * - `member`: anyone holding the permission; `author`: who opened the edition; `item_author`: who created
 *   the item; `assigned_editor`: the editor the edition is assigned to; `system`: the scheduler.
 */
export type Slot = 'member' | 'author' | 'item_author' | 'assigned_editor' | 'deputy' | 'chief' | 'system';

/**
 * What a move does besides setting `to`:
 * - `go_live`: the edition becomes the item's live edition and the live status becomes `published`
 *   (the previous live edition is superseded, as its own recorded move);
 * - `discard`: the edition is closed; when the item has a live edition, that one is shown again.
 */
export type MoveEffect = 'go_live' | 'discard';

interface RuleBase {
  move: WorkflowMove;
  /** The person's action that makes this move, when a person can ask for it. */
  request: RequestAction | null;
  who: readonly Slot[];
  /** null only for the system's own moves. */
  permission: Permission | null;
  note: 'required' | 'optional';
  effect?: MoveEffect;
}

/** A move of an edition: `from` is the edition's status (`none` = the edition does not exist yet). */
export interface EditionRule extends RuleBase {
  on: 'edition';
  from: readonly (EditionState | 'none')[];
  to: EditionState;
}

/** A move of the item's live side: `from` is its live status. */
export interface LiveRule extends RuleBase {
  on: 'live';
  from: readonly LiveState[];
  to: LiveState;
}

export type TransitionRule = EditionRule | LiveRule;

const BOARD: readonly Slot[] = ['deputy', 'chief'];

/**
 * The whole table (product.md §2; QC Điều 9, 10, 12), for every content type. Code never overrides `to`:
 * a move with another outcome is another row (approve now / schedule; unpublish a scheduled edition /
 * unpublish the live one).
 */
export const TRANSITIONS: readonly TransitionRule[] = [
  // Saving: a new item, and a new edition of a live item.
  { on: 'edition', move: 'create', request: null, from: ['none'], to: 'draft', who: ['member'], permission: 'content.create', note: 'optional' },
  { on: 'edition', move: 'open', request: null, from: ['none'], to: 'draft', who: ['item_author', ...BOARD], permission: 'content.update', note: 'optional' },
  // The editorial chain.
  {
    on: 'edition',
    move: 'submit',
    request: 'submit',
    from: ['draft', 'returned'],
    to: 'submitted',
    who: ['author'],
    permission: 'content.submit',
    note: 'optional',
  },
  { on: 'edition', move: 'withdraw', request: 'withdraw', from: ['submitted'], to: 'draft', who: ['author'], permission: 'content.withdraw', note: 'optional' },
  {
    on: 'edition',
    move: 'assign',
    request: 'assign',
    from: ['submitted', 'in_review'],
    to: 'in_review',
    who: BOARD,
    permission: 'content.assign',
    note: 'optional',
  },
  {
    on: 'edition',
    move: 'verify',
    request: 'verify',
    from: ['in_review'],
    to: 'verified',
    who: ['assigned_editor', ...BOARD],
    permission: 'content.verify',
    note: 'optional',
  },
  {
    on: 'edition',
    move: 'forward',
    request: 'forward',
    from: ['verified'],
    to: 'pending_approval',
    who: BOARD,
    permission: 'content.forward',
    note: 'optional',
  },
  {
    on: 'edition',
    move: 'approve',
    request: 'approve',
    from: ['pending_approval'],
    to: 'published',
    who: ['chief'],
    permission: 'content.approve',
    note: 'optional',
    effect: 'go_live',
  },
  {
    on: 'edition',
    move: 'schedule',
    request: 'approve',
    from: ['pending_approval'],
    to: 'scheduled',
    who: ['chief'],
    permission: 'content.approve',
    note: 'optional',
  },
  {
    on: 'edition',
    move: 'return',
    request: 'return',
    from: ['submitted', 'verified', 'pending_approval'],
    to: 'returned',
    who: BOARD,
    permission: 'content.return',
    note: 'required',
  },
  {
    on: 'edition',
    move: 'return',
    request: 'return',
    from: ['in_review'],
    to: 'returned',
    who: ['assigned_editor', ...BOARD],
    permission: 'content.return',
    note: 'required',
  },
  {
    on: 'edition',
    move: 'reject',
    request: 'reject',
    from: ['submitted', 'in_review', 'verified', 'pending_approval'],
    to: 'rejected',
    who: BOARD,
    permission: 'content.reject',
    note: 'required',
    effect: 'discard',
  },
  // An approved edition waiting for its time can be taken back, and put live again.
  {
    on: 'edition',
    move: 'unpublish',
    request: 'unpublish',
    from: ['scheduled'],
    to: 'unpublished',
    who: ['chief'],
    permission: 'content.unpublish',
    note: 'required',
  },
  {
    on: 'edition',
    move: 'republish',
    request: 'republish',
    from: ['unpublished'],
    to: 'published',
    who: ['chief'],
    permission: 'content.republish',
    note: 'required',
    effect: 'go_live',
  },
  // The system's moves.
  {
    on: 'edition',
    move: 'publish_scheduled',
    request: null,
    from: ['scheduled'],
    to: 'published',
    who: ['system'],
    permission: null,
    note: 'optional',
    effect: 'go_live',
  },
  { on: 'edition', move: 'supersede', request: null, from: ['published'], to: 'superseded', who: ['system'], permission: null, note: 'optional' },
  { on: 'live', move: 'expire', request: null, from: ['published'], to: 'unpublished', who: ['system'], permission: null, note: 'optional' },
  // The live side: what the public sees.
  {
    on: 'live',
    move: 'unpublish',
    request: 'unpublish',
    from: ['published'],
    to: 'unpublished',
    who: ['chief'],
    permission: 'content.unpublish',
    note: 'required',
  },
  {
    on: 'live',
    move: 'republish',
    request: 'republish',
    from: ['unpublished'],
    to: 'published',
    who: ['chief'],
    permission: 'content.republish',
    note: 'required',
  },
  {
    on: 'live',
    move: 'archive',
    request: 'archive',
    from: ['published', 'unpublished'],
    to: 'archived',
    who: BOARD,
    permission: 'content.archive',
    note: 'optional',
  },
];

/** The actor as the workflow sees them for one item. */
export interface WorkflowActor {
  kind: 'user' | 'anonymous' | 'system';
  role: SiteRole | null;
  /** Opened the current edition. */
  isAuthor: boolean;
  /** Created the item. */
  isItemAuthor: boolean;
  /** The editor the current edition is assigned to. */
  isAssignedEditor: boolean;
  permissions: ReadonlySet<Permission>;
}

/** Where an item stands, as the table reads it. */
export interface WorkflowPosition {
  /** Status of the current edition (null: the item has none, which only happens before it exists). */
  edition: EditionState | null;
  /** The item's live status (null: never live). */
  live: LiveState | null;
  /** Is the current edition the live one (nothing is being worked on)? */
  currentIsLive: boolean;
}

/** Does the actor fill one of the rule's slots and hold its permission? */
export function mayAct(rule: TransitionRule, actor: WorkflowActor): boolean {
  if (rule.permission === null) return actor.kind === 'system' && rule.who.includes('system');
  if (actor.kind !== 'user' || !actor.permissions.has(rule.permission)) return false;
  return rule.who.some(
    (w) =>
      w === 'member' ||
      (w === 'author' && actor.isAuthor) ||
      (w === 'item_author' && actor.isItemAuthor) ||
      (w === 'assigned_editor' && actor.isAssignedEditor && actor.role === 'editor') ||
      (w === 'deputy' && actor.role === 'deputy') ||
      (w === 'chief' && actor.role === 'chief'),
  );
}

/** The rule for a move from a status of its side, or undefined when the table has none. */
export function findRule(move: WorkflowMove, on: 'edition', from: EditionState | 'none'): EditionRule | undefined;
export function findRule(move: WorkflowMove, on: 'live', from: LiveState): LiveRule | undefined;
export function findRule(move: WorkflowMove, on: 'edition' | 'live', from: string): TransitionRule | undefined {
  return TRANSITIONS.find((r) => r.move === move && r.on === on && (r.from as readonly string[]).includes(from));
}

/**
 * The rule a person's action takes on an item: the current edition's row when one matches (an edition being
 * worked on, or one scheduled), else the live side's. `approve` with a future time is the `schedule` row.
 */
export function resolveRequest(action: RequestAction, at: WorkflowPosition, opts: { scheduled?: boolean } = {}): TransitionRule | undefined {
  const rows = TRANSITIONS.filter((r) => r.request === action && (action !== 'approve' || (r.move === 'schedule') === !!opts.scheduled));
  if (at.edition && !at.currentIsLive) {
    const onEdition = rows.find((r) => r.on === 'edition' && (r.from as readonly string[]).includes(at.edition!));
    if (onEdition) return onEdition;
  }
  return at.live ? rows.find((r) => r.on === 'live' && (r.from as readonly string[]).includes(at.live!)) : undefined;
}

/** The actions the actor may ask for now (the admin's buttons; the API checks again with the same function). */
export function availableActions(at: WorkflowPosition, actor: WorkflowActor): RequestAction[] {
  return REQUEST_ACTIONS.filter((action) => {
    const rule = resolveRequest(action, at) ?? (action === 'approve' ? resolveRequest(action, at, { scheduled: true }) : undefined);
    return !!rule && mayAct(rule, actor);
  });
}

/** Is a note required when asking for `action` here? */
export function noteRequired(action: RequestAction, at: WorkflowPosition): boolean {
  return (resolveRequest(action, at) ?? TRANSITIONS.find((r) => r.request === action))?.note === 'required';
}

/**
 * Moves that carry an edition into or through review, or live: each checks the images' alt text
 * (`missingAltText()`, `422 MEDIA_ALT_MISSING`), so a gap is caught at submit, not at the chief's approval.
 * `assign` only hands the edition to an editor (who can fix it) and is not gated.
 */
export const ALT_TEXT_GATED_MOVES: readonly WorkflowMove[] = ['submit', 'verify', 'forward', 'approve', 'schedule', 'republish'];

/** Does this rule check the images' alt text? (Edition moves only: a live-side move shows an already approved edition.) */
export function checksAltText(rule: Pick<TransitionRule, 'move' | 'on'>): boolean {
  return rule.on === 'edition' && ALT_TEXT_GATED_MOVES.includes(rule.move);
}

import type { Permission } from '../authz/permissions';
import type { SiteRole } from '../authz/roles';
import type { EditionState, ItemState, LiveState } from './states';
import { availableActions, findRule, mayAct, type RequestAction, type Slot, type WorkflowActor, type WorkflowPosition } from './transitions';

/**
 * Row rules of the publishing core, for every content type: pure functions over the permission matrix
 * and the transition table. The API enforces with them; the admin decides what to show with the same ones.
 */

/** Who is acting, as the policies need them. */
export interface PolicyActor {
  kind: 'user' | 'anonymous' | 'system';
  userId: string | null;
  role: SiteRole | null;
  permissions: ReadonlySet<Permission>;
}

/** What the policies read of an item and its current edition. */
export interface ItemFacts {
  /** Who created the item. */
  authorId: string | null;
  /** Who opened the current edition. */
  editionAuthorId: string | null;
  /** The editor the current edition is assigned to. */
  assigneeId: string | null;
  editionStatus: EditionState;
  liveStatus: LiveState | null;
  /** Is the current edition the live one? */
  currentIsLive: boolean;
  /** The subject field of the current content (decides who may be assigned). */
  fieldId?: string | null;
}

export function workflowActor(actor: PolicyActor, item: ItemFacts): WorkflowActor {
  const me = actor.userId;
  return {
    kind: actor.kind,
    role: actor.role,
    isAuthor: !!me && me === item.editionAuthorId,
    isItemAuthor: !!me && me === item.authorId,
    isAssignedEditor: !!me && me === item.assigneeId,
    permissions: actor.permissions,
  };
}

export function position(item: ItemFacts): WorkflowPosition {
  return { edition: item.editionStatus, live: item.liveStatus, currentIsLive: item.currentIsLive };
}

/** The status the admin shows: the live status when nothing is being worked on, else the edition's. */
export function displayStatus(item: Pick<ItemFacts, 'editionStatus' | 'liveStatus' | 'currentIsLive'>): ItemState {
  if (item.currentIsLive && item.liveStatus) return item.liveStatus;
  return item.editionStatus === 'superseded' ? 'published' : item.editionStatus;
}

/** The deputy and the chief see every item of the site; others what they wrote and what is assigned to them. */
export function canRead(actor: PolicyActor, item: ItemFacts): boolean {
  if (actor.kind !== 'user') return actor.kind === 'system';
  if (actor.permissions.has('content.read_all')) return true;
  const me = actor.userId;
  return !!me && (item.authorId === me || item.editionAuthorId === me || item.assigneeId === me);
}

/** The same rule as a query filter: every item, or those the user wrote or is assigned. */
export type ReadableScope = { all: true } | { all: false; userId: string };

export function readableScope(actor: PolicyActor): ReadableScope {
  if (actor.permissions.has('content.read_all')) return { all: true };
  return { all: false, userId: actor.userId ?? '00000000-0000-0000-0000-000000000000' };
}

/** Who may change the content of an edition in each working status (product.md §2). */
const EDIT_SLOTS: Partial<Record<EditionState, readonly Slot[]>> = {
  draft: ['author', 'deputy', 'chief'],
  returned: ['author', 'deputy', 'chief'],
  submitted: ['deputy', 'chief'],
  in_review: ['assigned_editor', 'deputy', 'chief'],
  verified: ['deputy', 'chief'],
  pending_approval: ['deputy', 'chief'],
  unpublished: ['deputy', 'chief'],
};

/**
 * May the actor save content, and does the save open a new edition? A save on the live edition opens one
 * (the table's `open` row: the item's author, the deputy, the chief); a scheduled edition is frozen until it
 * goes live or is taken back; rejected is final.
 */
export function canEdit(actor: PolicyActor, item: ItemFacts): { allowed: boolean; opensEdition: boolean } {
  const wf = workflowActor(actor, item);
  if (item.currentIsLive) return { allowed: mayAct(findRule('open', 'edition', 'none')!, wf), opensEdition: true };
  const slots = EDIT_SLOTS[item.editionStatus];
  if (!slots) return { allowed: false, opensEdition: false };
  const rule = { on: 'edition', move: 'open', request: null, from: ['none'], to: 'draft', who: slots, permission: 'content.update', note: 'optional' } as const;
  return { allowed: mayAct(rule, wf), opensEdition: false };
}

/** May the actor create an item of a type (the type may ask for one more permission, e.g. pages)? */
export function canCreate(actor: PolicyActor, typePermission: Permission | null = null): boolean {
  if (actor.kind !== 'user' || !actor.permissions.has('content.create')) return false;
  return typePermission === null || actor.permissions.has(typePermission);
}

/** Only holders of `content.override` pass a classification hit, with a reason. */
export function canOverrideClassification(actor: PolicyActor): boolean {
  return actor.kind === 'user' && actor.permissions.has('content.override');
}

/** The actions the actor may ask for on the item now. */
export function actionsFor(actor: PolicyActor, item: ItemFacts): RequestAction[] {
  return availableActions(position(item), workflowActor(actor, item));
}

/** A member as the assignment rule sees them. */
export interface AssigneeCandidate {
  role: SiteRole;
  fieldIds: readonly string[];
}

/** `assign` goes only to an editor who holds the item's field (QC Điều 10). */
export function isEligibleAssignee(member: AssigneeCandidate, fieldId: string | null | undefined): boolean {
  return member.role === 'editor' && !!fieldId && member.fieldIds.includes(fieldId);
}

/** One list of "what awaits me": which editions, whose. */
export interface QueueBucket {
  reason: 'review' | 'intake' | 'forward' | 'approve' | 'mine';
  states: readonly EditionState[];
  /** `assigned`: assigned to me; `authored`: editions I opened; `all`: every item of the site. */
  scope: 'assigned' | 'authored' | 'all';
}

/** What the queue shows each person, in order, from the table's rows they can act on. */
export function queueBuckets(actor: PolicyActor): QueueBucket[] {
  const holds = (p: Permission) => actor.permissions.has(p);
  const board = actor.role === 'deputy' || actor.role === 'chief';
  const buckets: QueueBucket[] = [];
  if (actor.role === 'editor' && holds('content.verify')) buckets.push({ reason: 'review', states: ['in_review'], scope: 'assigned' });
  if (board && holds('content.assign')) buckets.push({ reason: 'intake', states: ['submitted'], scope: 'all' });
  if (board && holds('content.forward')) buckets.push({ reason: 'forward', states: ['verified'], scope: 'all' });
  if (actor.role === 'chief' && holds('content.approve')) buckets.push({ reason: 'approve', states: ['pending_approval'], scope: 'all' });
  buckets.push({ reason: 'mine', states: ['draft', 'returned'], scope: 'authored' });
  return buckets;
}

import type { ItemSummaryResponse, QueueItem } from '@congxa/shared/dto/content';
import type { PolicyActor } from '@congxa/shared/workflow';

/** The lists of "Việc của tôi", each about one kind of work. */
export type SectionKey = 'returned' | 'drafts' | 'submitted' | 'review' | 'intake' | 'forward' | 'overdue' | 'approve' | 'scheduled' | 'published';

export interface WorkSection {
  key: SectionKey;
  items: ItemSummaryResponse[];
}

/** What the dashboard loads besides the queue, by who is looking. */
export interface WorkSources {
  /** My submitted items still on their way (list `mine=1`, the working states after submit). */
  submitted: boolean;
  /** Items with an editor (list `status=in_review`): the deputy's view of what is late. */
  inReview: boolean;
  /** Scheduled and recently published items: the chief's. */
  scheduled: boolean;
  published: boolean;
}

export interface WorkData {
  queue: readonly QueueItem[];
  submitted?: readonly ItemSummaryResponse[];
  inReview?: readonly ItemSummaryResponse[];
  scheduled?: readonly ItemSummaryResponse[];
  published?: readonly ItemSummaryResponse[];
}

/** An item waiting longer than this at one step (no change at all) counts as overdue. */
export const OVERDUE_DAYS = 3;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The states an item goes through after it is submitted and before it is live. */
export const ON_ITS_WAY = ['submitted', 'in_review', 'verified', 'pending_approval', 'scheduled'] as const;

const board = (actor: PolicyActor) => actor.role === 'deputy' || actor.role === 'chief';
const writes = (actor: PolicyActor) => actor.permissions.has('content.submit') || actor.permissions.has('content.create');

export function workSources(actor: PolicyActor): WorkSources {
  return {
    submitted: writes(actor),
    inReview: actor.role === 'deputy' && actor.permissions.has('content.assign') && actor.permissions.has('content.read_all'),
    scheduled: actor.role === 'chief' && actor.permissions.has('content.read_all'),
    published: actor.role === 'chief' && actor.permissions.has('content.read_all'),
  };
}

/** Since when the item has waited where it is: its submission for the intake, else its last change. */
export function waitingSince(item: Pick<ItemSummaryResponse, 'submittedAt' | 'updatedAt' | 'status'>): string {
  return item.status === 'submitted' && item.submittedAt ? item.submittedAt : item.updatedAt;
}

/** Whole days the item has waited (0 on the day it arrived). */
export function daysWaiting(item: Pick<ItemSummaryResponse, 'submittedAt' | 'updatedAt' | 'status'>, now: Date): number {
  const since = Date.parse(waitingSince(item));
  return Number.isNaN(since) ? 0 : Math.max(0, Math.floor((now.getTime() - since) / DAY_MS));
}

const time = (iso: string) => Date.parse(iso) || 0;
/** Oldest first (the one waiting longest is the first to handle). */
export const oldestFirst = <T extends Pick<ItemSummaryResponse, 'submittedAt' | 'updatedAt' | 'status'>>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => time(waitingSince(a)) - time(waitingSince(b)));
/** QC Điều 12.2: staff contributors holding the item's field first, then oldest first. */
const priorityThenOldest = (items: readonly QueueItem[]): QueueItem[] => [...oldestFirst(items)].sort((a, b) => Number(b.priority) - Number(a.priority));

const key = (i: Pick<ItemSummaryResponse, 'type' | 'id'>) => `${i.type}:${i.id}`;
function unique<T extends Pick<ItemSummaryResponse, 'type' | 'id'>>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(key(i)) && !!seen.add(key(i)));
}

/**
 * The dashboard's lists for one person in one site, in the order they matter to that role:
 * - contributor: returned (to fix), drafts, submitted (where each is now);
 * - editor: assigned to me for review (then their own writing when they have some);
 * - deputy: intake (priority first), verified to forward, overdue (no change for `OVERDUE_DAYS` days at
 *   intake, review or forwarding);
 * - chief: awaiting approval, scheduled, recently published (newest first: it is a record, not work);
 *   the board's intake and forwarding too when something waits there.
 * Every list of work is oldest first. A list that is not the role's own is left out when empty.
 */
export function workSections(actor: PolicyActor, data: WorkData, now: Date = new Date()): WorkSection[] {
  const inBucket = (reason: QueueItem['reason']) => data.queue.filter((i) => i.reason === reason);
  const mine = inBucket('mine');
  const own: WorkSection[] = [
    { key: 'returned', items: oldestFirst(mine.filter((i) => i.editionStatus === 'returned')) },
    { key: 'drafts', items: oldestFirst(mine.filter((i) => i.editionStatus === 'draft')) },
    { key: 'submitted', items: oldestFirst(unique(data.submitted ?? [])) },
  ];
  const review: WorkSection = { key: 'review', items: oldestFirst(inBucket('review')) };
  const intake: WorkSection = { key: 'intake', items: priorityThenOldest(inBucket('intake')) };
  const forward: WorkSection = { key: 'forward', items: oldestFirst(inBucket('forward')) };
  const late = unique([...inBucket('intake'), ...(data.inReview ?? []), ...inBucket('forward')]).filter((i) => daysWaiting(i, now) >= OVERDUE_DAYS);
  const overdue: WorkSection = { key: 'overdue', items: oldestFirst(late) };
  const approve: WorkSection = { key: 'approve', items: oldestFirst(inBucket('approve')) };
  const scheduled: WorkSection = { key: 'scheduled', items: oldestFirst(unique(data.scheduled ?? [])) };
  const published: WorkSection = {
    key: 'published',
    items: [...unique(data.published ?? [])].sort((a, b) => time(b.updatedAt) - time(a.updatedAt)),
  };

  const nonEmpty = (sections: WorkSection[]) => sections.filter((s) => s.items.length > 0);
  const sources = workSources(actor);
  switch (actor.role) {
    case 'chief':
      return [approve, ...(sources.scheduled ? [scheduled] : []), ...(sources.published ? [published] : []), ...nonEmpty([intake, forward, ...own])];
    case 'deputy':
      return [intake, forward, ...(sources.inReview ? [overdue] : []), ...nonEmpty(own)];
    case 'editor':
      return [review, ...(writes(actor) ? nonEmpty(own) : [])];
    default:
      if (!board(actor) && writes(actor)) return own;
      return nonEmpty([...own, review, intake, forward, approve]);
  }
}

import type { Permission } from '../authz';
import type { ArticleState } from './states';

export const ARTICLE_ACTIONS = [
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
export type ArticleAction = (typeof ARTICLE_ACTIONS)[number];

/**
 * Who may act, besides holding the permission: no role inherits another's rights in this table.
 * `author` is the article's author; `assigned_editor` the editor the item is assigned to.
 */
export type Actor = 'author' | 'assigned_editor' | 'deputy' | 'chief';

export interface TransitionRule {
  action: ArticleAction;
  from: readonly ArticleState[];
  /** `approve` goes to `scheduled` instead when `publishAt` is in the future. */
  to: ArticleState;
  who: readonly Actor[];
  permission: Permission;
  note: 'required' | 'optional';
}

/** The transition table, exactly as product.md §2 (QC Điều 9, 10, 12). One row per (action, from-set, who). */
export const TRANSITIONS: readonly TransitionRule[] = [
  { action: 'submit', from: ['draft', 'returned'], to: 'submitted', who: ['author'], permission: 'article.submit', note: 'optional' },
  { action: 'withdraw', from: ['submitted'], to: 'draft', who: ['author'], permission: 'article.withdraw', note: 'optional' },
  { action: 'assign', from: ['submitted', 'in_review'], to: 'in_review', who: ['deputy', 'chief'], permission: 'article.assign', note: 'optional' },
  { action: 'verify', from: ['in_review'], to: 'verified', who: ['assigned_editor', 'deputy', 'chief'], permission: 'article.verify', note: 'optional' },
  { action: 'forward', from: ['verified'], to: 'pending_approval', who: ['deputy', 'chief'], permission: 'article.forward', note: 'optional' },
  { action: 'approve', from: ['pending_approval'], to: 'published', who: ['chief'], permission: 'article.approve', note: 'optional' },
  {
    action: 'return',
    from: ['submitted', 'verified', 'pending_approval'],
    to: 'returned',
    who: ['deputy', 'chief'],
    permission: 'article.return',
    note: 'required',
  },
  { action: 'return', from: ['in_review'], to: 'returned', who: ['assigned_editor', 'deputy', 'chief'], permission: 'article.return', note: 'required' },
  {
    action: 'reject',
    from: ['submitted', 'in_review', 'verified', 'pending_approval'],
    to: 'rejected',
    who: ['deputy', 'chief'],
    permission: 'article.reject',
    note: 'required',
  },
  { action: 'unpublish', from: ['published', 'scheduled'], to: 'unpublished', who: ['chief'], permission: 'article.unpublish', note: 'required' },
  { action: 'republish', from: ['unpublished'], to: 'published', who: ['chief'], permission: 'article.republish', note: 'required' },
  { action: 'archive', from: ['published', 'unpublished'], to: 'archived', who: ['deputy', 'chief'], permission: 'article.archive', note: 'optional' },
];

/** The rule for `action` from `state`, or undefined when the table has none. */
export function findRule(action: ArticleAction, state: ArticleState): TransitionRule | undefined {
  return TRANSITIONS.find((r) => r.action === action && r.from.includes(state));
}

/** The relations an actor has to an article, as the workflow sees them. */
export interface WorkflowActor {
  role: 'contributor' | 'editor' | 'deputy' | 'chief' | null;
  isAuthor: boolean;
  isAssignedEditor: boolean;
  permissions: ReadonlySet<Permission> | readonly Permission[];
}

function holds(actor: WorkflowActor, p: Permission): boolean {
  return Array.isArray(actor.permissions) ? actor.permissions.includes(p) : (actor.permissions as ReadonlySet<Permission>).has(p);
}

/** Does the actor fill one of the rule's `who` slots (and hold its permission)? */
export function mayAct(rule: TransitionRule, actor: WorkflowActor): boolean {
  if (!holds(actor, rule.permission)) return false;
  return rule.who.some(
    (w) =>
      (w === 'author' && actor.isAuthor) ||
      (w === 'assigned_editor' && actor.isAssignedEditor && actor.role === 'editor') ||
      (w === 'deputy' && actor.role === 'deputy') ||
      (w === 'chief' && actor.role === 'chief'),
  );
}

/** Actions the actor may take on an item in `state` (for the admin's buttons; the API checks again). */
export function availableActions(state: ArticleState, actor: WorkflowActor): ArticleAction[] {
  return [...new Set(TRANSITIONS.filter((r) => r.from.includes(state) && mayAct(r, actor)).map((r) => r.action))];
}

/** Who may edit the content in a state (product.md §2): author in draft/returned, assigned editor in review, deputy and chief while not final. */
export function mayEditContent(state: ArticleState, actor: WorkflowActor): boolean {
  if (state === 'rejected') return false;
  if (actor.role === 'deputy' || actor.role === 'chief') return true;
  if (actor.isAuthor && (state === 'draft' || state === 'returned')) return true;
  return actor.isAssignedEditor && actor.role === 'editor' && state === 'in_review';
}

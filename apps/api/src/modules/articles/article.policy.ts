import type { SiteRole } from '@congxa/shared/authz';
import { type ArticleState, LIVE_STATES, mayEditContent, type WorkflowActor } from '@congxa/shared/workflow';
import type { Actor } from '../../common/auth/actor';

/** What the row rules need of an article. */
export interface ArticleFacts {
  authorId: string | null;
  editionAuthorId: string | null;
  assigneeId: string | null;
  status: ArticleState;
}

const role = (actor: Actor): SiteRole | null => actor.membership?.role ?? null;

/** The actor as the workflow table sees them for this article. */
export function workflowActor(actor: Actor, a: ArticleFacts): WorkflowActor {
  return {
    role: role(actor),
    isAuthor: !!actor.userId && actor.userId === a.editionAuthorId,
    isAssignedEditor: !!actor.userId && actor.userId === a.assigneeId,
    permissions: actor.permissions,
  };
}

/** Deputy and chief see every article of the site; others see what they wrote and what is assigned to them. */
export function canRead(actor: Actor, a: ArticleFacts): boolean {
  const r = role(actor);
  if (r === 'deputy' || r === 'chief') return true;
  if (!actor.userId) return false;
  return a.authorId === actor.userId || a.editionAuthorId === actor.userId || (r === 'editor' && a.assigneeId === actor.userId);
}

/** The same rule as a query filter: `all`, or the user whose own and assigned articles are visible. */
export function readableWhere(actor: Actor): { all: true } | { userId: string; assigned: boolean } {
  const r = role(actor);
  if (r === 'deputy' || r === 'chief') return { all: true };
  return { userId: actor.userId ?? '00000000-0000-0000-0000-000000000000', assigned: r === 'editor' };
}

/**
 * May the actor save content? In a working state, the table's rule (author in draft/returned, assigned editor
 * in review, deputy and chief while not final). On a live article (published, unpublished, archived) a save
 * opens a new edition: the original author, the deputy and the chief may do that. A scheduled edition is
 * frozen until it is published or unpublished.
 */
export function canEdit(actor: Actor, a: ArticleFacts): { allowed: boolean; opensEdition: boolean } {
  if (a.status === 'scheduled') return { allowed: false, opensEdition: false };
  if (LIVE_STATES.includes(a.status)) {
    const r = role(actor);
    const allowed = r === 'deputy' || r === 'chief' || (!!actor.userId && actor.userId === a.authorId);
    return { allowed: allowed && actor.permissions.has('article.update'), opensEdition: true };
  }
  return { allowed: actor.permissions.has('article.update') && mayEditContent(a.status, workflowActor(actor, a)), opensEdition: false };
}

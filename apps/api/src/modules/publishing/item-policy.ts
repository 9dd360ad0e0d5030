import type { ItemFacts, PolicyActor } from '@congxa/shared/workflow';
import type { Actor } from '../../common/auth/actor';
import type { ItemView } from './publishing.repository';

/** The request's actor as the shared policies see them. */
export function policyActor(actor: Actor): PolicyActor {
  return { kind: actor.kind, userId: actor.userId, role: actor.membership?.role ?? null, permissions: actor.permissions };
}

/** What the shared policies read of an item. */
export function itemFacts(v: ItemView): ItemFacts {
  return {
    authorId: v.item.authorId,
    editionAuthorId: v.edition.authorId,
    assigneeId: v.edition.assigneeId,
    editionStatus: v.edition.status,
    liveStatus: v.item.liveStatus,
    currentIsLive: v.item.liveEditionId !== null && v.item.currentEditionId === v.item.liveEditionId,
    fieldId: v.head.fieldId,
  };
}

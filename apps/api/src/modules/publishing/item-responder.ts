import { Injectable } from '@nestjs/common';
import { CONTENT_TYPES, type ContentType, type ContentTypeSchema } from '@congxa/shared/content';
import type { ItemResponse, ItemSummaryResponse, PersonRef } from '@congxa/shared/dto/content';
import { actionsFor, canEdit, displayStatus } from '@congxa/shared/workflow';
import type { Actor } from '../../common/auth/actor';
import { UsersService } from '../users/users.service';
import type { ContentTransitionEntity } from './content-transition.entity';
import type { ContentTypeDefinition } from './content-types';
import { contentOf } from './content-values';
import { itemFacts, policyActor } from './item-policy';
import { PublishingRepository, type ItemView } from './publishing.repository';

export type People = Map<string, { id: string; fullName: string }>;

export const personRef = (people: People, id: string | null | undefined): PersonRef | null => {
  const p = id ? people.get(id) : undefined;
  return p ? { id: p.id, fullName: p.fullName } : null;
};

const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

/** One row of a staff list. */
export function toItemSummary(v: ItemView, people: People, priority = false): ItemSummaryResponse {
  const facts = itemFacts(v);
  return {
    id: v.item.id,
    type: v.item.type,
    slug: v.item.slug,
    title: v.head.title,
    status: displayStatus(facts),
    editionStatus: v.edition.status,
    liveStatus: v.item.liveStatus,
    edition: v.edition.number,
    revision: v.item.revision,
    fieldId: v.head.fieldId,
    categoryId: v.head.categoryId,
    author: personRef(people, v.edition.authorId ?? v.item.authorId),
    assignee: personRef(people, v.edition.assigneeId),
    priority,
    submittedAt: iso(v.edition.submittedAt),
    updatedAt: v.item.updatedAt.toISOString(),
    ...listFacts(v),
  };
}

/** The list facts the item's type declares (`listFields`), from the current head revision. */
function listFacts(v: ItemView): Record<string, unknown> {
  const keys = Object.hasOwn(CONTENT_TYPES, v.item.type) ? (CONTENT_TYPES[v.item.type as ContentType] as ContentTypeSchema).listFields : undefined;
  if (!keys?.length) return {};
  const content = (v.head.content ?? {}) as Record<string, unknown>;
  return Object.fromEntries(keys.map((k) => [k, content[k] ?? null]));
}

/** Maps items to what staff see: content, workflow position, and what the caller may do now. */
@Injectable()
export class ItemResponder {
  constructor(
    private readonly repo: PublishingRepository,
    private readonly users: UsersService,
  ) {}

  async people(ids: (string | null | undefined)[]): Promise<People> {
    return new Map((await this.users.namesOf(ids)).map((u) => [u.id, u]));
  }

  peopleOf(views: ItemView[]): Promise<People> {
    return this.people(views.flatMap((v) => [v.item.authorId, v.edition.authorId, v.edition.assigneeId]));
  }

  async respond(actor: Actor, def: ContentTypeDefinition, v: ItemView): Promise<ItemResponse> {
    const lastNote: ContentTransitionEntity | null = await this.repo.lastNote(v.item.id);
    const people = await this.people([v.item.authorId, v.edition.authorId, v.edition.assigneeId, v.edition.approvedById, lastNote?.actorId]);
    const who = policyActor(actor);
    const facts = itemFacts(v);
    const rights = canEdit(who, facts);
    return {
      ...toItemSummary(v, people),
      ...contentOf(def.schema, v.head),
      noSecretConfirmed: v.edition.noSecretConfirmed,
      publishAt: iso(v.edition.publishAt),
      unpublishAt: iso(v.edition.unpublishAt),
      publishedAt: iso(v.item.publishedAt),
      approvedBy: personRef(people, v.edition.approvedById),
      approvedAt: iso(v.edition.approvedAt),
      actions: actionsFor(who, facts),
      canEdit: rights.allowed,
      currentIsLive: facts.currentIsLive,
      opensEdition: rights.allowed && rights.opensEdition,
      lastNote: lastNote
        ? { action: lastNote.action, note: lastNote.note ?? '', by: personRef(people, lastNote.actorId), at: lastNote.createdAt.toISOString() }
        : null,
      createdAt: v.item.createdAt.toISOString(),
      ...(def.respond ? await def.respond(v) : {}),
    } as ItemResponse;
  }
}

import type { ArticleResponse, ArticleSummaryResponse, Origin, PersonRef } from '@congxa/shared/dto/articles';
import type { ArticleAction } from '@congxa/shared/workflow';
import type { UserEntity } from '../users/user.entity';
import type { ArticleTransitionEntity } from './article-transition.entity';
import type { ArticleEntity } from './article.entity';

export type People = Map<string, Pick<UserEntity, 'id' | 'fullName'>>;

export const personRef = (people: People, id: string | null | undefined): PersonRef | null => {
  const p = id ? people.get(id) : undefined;
  return p ? { id: p.id, fullName: p.fullName } : null;
};

export function toArticleSummary(a: ArticleEntity, people: People, priority = false): ArticleSummaryResponse {
  return {
    id: a.id,
    slug: a.slug,
    title: a.content.title,
    status: a.status,
    liveStatus: a.liveStatus,
    edition: a.edition,
    revision: a.revision,
    kind: a.content.kind,
    fieldId: a.content.fieldId,
    categoryId: a.content.categoryId,
    author: personRef(people, a.editionAuthorId ?? a.authorId),
    assignee: personRef(people, a.assigneeId),
    priority,
    submittedAt: a.submittedAt?.toISOString() ?? null,
    updatedAt: a.updatedAt.toISOString(),
  };
}

export function toArticleResponse(
  a: ArticleEntity,
  people: People,
  extra: { actions: ArticleAction[]; canEdit: boolean; lastNote: ArticleTransitionEntity | null },
): ArticleResponse {
  const c = a.content;
  return {
    ...toArticleSummary(a, people),
    summary: c.summary,
    body: c.body,
    tags: c.tags,
    featured: c.featured,
    coverMediaId: c.coverMediaId,
    authorName: c.authorName,
    authorAddress: c.authorAddress,
    origin: c.origin as Origin,
    sourceReference: c.sourceReference,
    collectorName: c.collectorName,
    collectorAddress: c.collectorAddress,
    noSecretConfirmed: a.noSecretConfirmed,
    publishAt: a.publishAt?.toISOString() ?? null,
    unpublishAt: a.unpublishAt?.toISOString() ?? null,
    publishedAt: a.publishedAt?.toISOString() ?? null,
    approvedBy: personRef(people, a.approvedById),
    approvedAt: a.approvedAt?.toISOString() ?? null,
    actions: extra.actions,
    canEdit: extra.canEdit,
    lastNote: extra.lastNote
      ? {
          action: extra.lastNote.action,
          note: extra.lastNote.note ?? '',
          by: personRef(people, extra.lastNote.actorId),
          at: extra.lastNote.createdAt.toISOString(),
        }
      : null,
    createdAt: a.createdAt.toISOString(),
  };
}

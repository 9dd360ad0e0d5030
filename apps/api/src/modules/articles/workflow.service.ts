import { Injectable } from '@nestjs/common';
import type { ArticleResponse, ArticleSummaryResponse, TransitionRequest } from '@congxa/shared/dto/articles';
import { type ArticleAction, type ArticleState, findRule, mayAct } from '@congxa/shared/workflow';
import { type Actor, systemActor } from '../../common/auth/actor';
import { AuditService } from '../../common/audit/audit.service';
import { Db } from '../../common/database/db.service';
import { AppException, revisionConflict, unprocessable } from '../../common/errors/app-exception';
import { ValidationFailed } from '../../common/errors/error.filter';
import type { ArticleRevisionEntity } from './article-revision.entity';
import type { ArticleEntity } from './article.entity';
import { toArticleSummary } from './article.mapper';
import { workflowActor } from './article.policy';
import { ArticlesRepository } from './articles.repository';
import { ArticlesService, hasWorkingEdition } from './articles.service';
import { scanClassification } from './content';
import { MediaRepository } from '../media/media.repository';
import { MediaService } from '../media/media.service';
import { ArticleNotifications } from './article-notifications';

/** Actions that act on the live edition even while a new edition is being worked on. */
const LIVE_ACTIONS: readonly ArticleAction[] = ['unpublish', 'republish', 'archive'];

export interface QueueResponse {
  items: (ArticleSummaryResponse & { reason: string })[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * The one place an article changes state. Checks the transition table, the actor's slot in it and the
 * action's own rules, then — in one transaction — changes the state, records the transition with the
 * revision it acted on, writes the audit row and queues the notifications.
 */
@Injectable()
export class WorkflowService {
  constructor(
    private readonly db: Db,
    private readonly articles: ArticlesRepository,
    private readonly service: ArticlesService,
    private readonly audit: AuditService,
    private readonly notifications: ArticleNotifications,
    private readonly media: MediaRepository,
    private readonly mediaService: MediaService,
  ) {}

  async transition(actor: Actor, id: string, dto: TransitionRequest): Promise<ArticleResponse> {
    return this.db.transaction(async () => {
      const a = await this.service.lockReadable(actor, id);
      if (dto.revision !== undefined && dto.revision !== a.revision) throw revisionConflict(await this.service.respond(actor, a));
      const onLive = LIVE_ACTIONS.includes(dto.action) && hasWorkingEdition(a) && !(dto.action === 'unpublish' && a.status === 'scheduled');
      const from: ArticleState = onLive ? (a.liveStatus as ArticleState) : a.status;
      const rule = findRule(dto.action, from);
      if (!rule) throw new AppException(409, 'TRANSITION_NOT_ALLOWED', { action: dto.action, status: from, allowed: this.service.actionsFor(actor, a) });
      if (!mayAct(rule, workflowActor(actor, a))) throw new AppException(403, 'NOT_YOUR_TURN', { action: dto.action, status: from });
      const note = dto.note?.trim() || null;
      if (rule.note === 'required' && !note) throw new ValidationFailed([{ field: 'note', rule: 'isNotEmpty' }]);
      if (dto.override && actor.membership?.role !== 'chief') throw new AppException(403, 'OVERRIDE_NOT_ALLOWED');

      const details: Record<string, unknown> = {};
      let to: ArticleState = rule.to;
      const now = new Date();
      switch (dto.action) {
        case 'submit':
          this.assertSubmittable(a);
          await this.assertClassification(a, dto, details);
          a.submittedAt = now;
          break;
        case 'assign':
          await this.assign(a, dto.assigneeId, details);
          break;
        case 'approve': {
          await this.assertClassification(a, dto, details);
          await this.assertMediaReady(a);
          const { publishAt, unpublishAt } = this.schedule(dto, now);
          a.approvedById = actor.userId;
          a.approvedAt = now;
          a.unpublishAt = unpublishAt;
          const current = await this.currentRevision(a);
          if (publishAt) {
            to = 'scheduled';
            a.publishAt = publishAt;
            a.scheduledRevisionId = current.id;
            details.publishAt = publishAt.toISOString();
          } else {
            this.goLive(a, current, now);
          }
          if (unpublishAt) details.unpublishAt = unpublishAt.toISOString();
          break;
        }
        case 'reject':
          if (a.liveStatus) {
            // Rejecting a new edition discards it: the live one stays, and so does its content.
            const live = (await this.articles.revisionById(a.liveRevisionId!))!;
            a.content = { ...live.content };
            a.revision += 1;
            await this.articles.addRevision({
              articleId: a.id,
              siteId: a.siteId,
              number: a.revision,
              edition: a.edition,
              slug: a.slug,
              content: { ...live.content },
              createdById: actor.userId,
              reason: 'edition-rejected',
            });
            to = a.liveStatus;
            details.editionDiscarded = a.edition;
          }
          break;
        case 'unpublish':
          if (from === 'scheduled') {
            a.scheduledRevisionId = null;
            a.publishAt = null;
            if (a.liveStatus === 'published') to = 'published';
          } else {
            a.liveStatus = 'unpublished';
            a.unpublishAt = null;
            a.liveUpdatedAt = now;
          }
          break;
        case 'republish':
          a.liveStatus = 'published';
          a.liveUpdatedAt = now;
          break;
        case 'archive':
          a.liveStatus = 'archived';
          break;
        default:
          break;
      }
      const previous = a.status;
      if (!onLive) a.status = to;
      else to = a.liveStatus as ArticleState;
      await this.articles.save(a);
      await this.record(actor, a, dto.action, from, to, note, { ...details, ...(dto.override ? { override: dto.override.reason } : {}) });
      await this.notifications.afterTransition(actor, a, dto.action, previous, note);
      return this.service.respond(actor, a);
    });
  }

  /** What awaits the actor, by role (QC Điều 12.2: staff contributors of the item's field first in intake). */
  async queue(actor: Actor): Promise<QueueResponse> {
    const siteId = actor.site!.id;
    const role = actor.membership?.role;
    const uid = actor.userId!;
    const mine = await this.articles.inStates(siteId, ['draft', 'returned'], { editionAuthorId: uid });
    const buckets: [string, ArticleEntity[]][] = [];
    if (role === 'editor') buckets.push(['review', await this.articles.inStates(siteId, ['in_review'], { assigneeId: uid })]);
    if (role === 'deputy' || role === 'chief') {
      buckets.push(['intake', await this.articles.inStates(siteId, ['submitted'])]);
      buckets.push(['forward', await this.articles.inStates(siteId, ['verified'])]);
    }
    if (role === 'chief') buckets.push(['approve', await this.articles.inStates(siteId, ['pending_approval'])]);
    buckets.push(['mine', mine]);

    const all = buckets.flatMap(([, rows]) => rows);
    const people = await this.service.peopleOf(all);
    const members = await this.articles.memberships(siteId, all.map((a) => a.editionAuthorId ?? '').filter(Boolean));
    const staffFields = new Map(members.filter((m) => m.isStaff).map((m) => [m.userId, new Set((m.fields ?? []).map((f) => f.id))]));
    const priority = (a: ArticleEntity) => !!a.content.fieldId && !!staffFields.get(a.editionAuthorId ?? '')?.has(a.content.fieldId);

    const items = buckets.flatMap(([reason, rows]) => {
      const mapped = rows.map((a) => ({ ...toArticleSummary(a, people, priority(a)), reason }));
      // Stable sort: priority first, then the repository's order (oldest submission first).
      return reason === 'intake' ? mapped.sort((x, y) => Number(y.priority) - Number(x.priority)) : mapped;
    });
    return { items, total: items.length, page: 1, pageSize: Math.max(items.length, 1) };
  }

  /** The scheduler's work: publish what is due and take down what has expired, exactly once across processes. */
  async runDue(limit = 20): Promise<number> {
    const system = systemActor('scheduler');
    return this.db.transaction(async () => {
      const due = await this.articles.claimDue(limit);
      const now = new Date();
      for (const a of due) {
        if (a.status === 'scheduled' && a.publishAt && a.publishAt <= now) {
          const rev = (await this.articles.revisionById(a.scheduledRevisionId!))!;
          this.goLive(a, rev, now);
          a.status = 'published';
          a.scheduledRevisionId = null;
          await this.articles.save(a);
          await this.record(system, a, 'publish_scheduled', 'scheduled', 'published', null, { revision: rev.number });
        }
        if (a.liveStatus === 'published' && a.unpublishAt && a.unpublishAt <= now) {
          const wasLive = a.status === 'published';
          a.liveStatus = 'unpublished';
          a.unpublishAt = null;
          a.liveUpdatedAt = now;
          if (wasLive) a.status = 'unpublished';
          await this.articles.save(a);
          await this.record(system, a, 'unpublish_scheduled', 'published', 'unpublished', null, {});
        }
      }
      return due.length;
    });
  }

  private goLive(a: ArticleEntity, rev: ArticleRevisionEntity, now: Date): void {
    a.liveRevisionId = rev.id;
    a.liveStatus = 'published';
    a.publishedAt ??= now;
    a.liveUpdatedAt = now;
    a.publishAt = null;
  }

  private async record(
    actor: Actor,
    a: ArticleEntity,
    action: string,
    from: string,
    to: string,
    note: string | null,
    details: Record<string, unknown>,
  ): Promise<void> {
    await this.articles.addTransition({
      articleId: a.id,
      siteId: a.siteId,
      edition: a.edition,
      action,
      fromState: from,
      toState: to,
      actorId: actor.userId,
      note,
      revisionNumber: a.revision,
      details,
    });
    await this.audit.record(actor, {
      action: `article.${action}`,
      siteId: a.siteId,
      targetType: 'article',
      targetId: a.id,
      details: { from, to, revision: a.revision, edition: a.edition, ...(note ? { note } : {}), ...details },
    });
  }

  private async currentRevision(a: ArticleEntity): Promise<ArticleRevisionEntity> {
    return (await this.articles.revision(a.id, a.revision))!;
  }

  private assertSubmittable(a: ArticleEntity): void {
    const c = a.content;
    const missing = (['title', 'body', 'categoryId', 'fieldId'] as const).filter((k) => !c[k] || (typeof c[k] === 'string' && !(c[k] as string).trim()));
    if (c.body && !c.body.replace(/<[^>]*>/g, '').trim()) missing.push('body');
    if (missing.length) throw unprocessable('CONTENT_INCOMPLETE', { missing: [...new Set(missing)] });
    const provenance: string[] = [];
    if (!c.authorName.trim()) provenance.push('authorName');
    if (!c.authorAddress.trim()) provenance.push('authorAddress');
    if (c.origin === 'collected') {
      if (!c.sourceReference?.trim()) provenance.push('sourceReference');
      if (!c.collectorName?.trim()) provenance.push('collectorName');
      if (!c.collectorAddress?.trim()) provenance.push('collectorAddress');
    }
    if (provenance.length) throw unprocessable('PROVENANCE_INCOMPLETE', { missing: provenance });
    if (!a.noSecretConfirmed) throw unprocessable('SECRET_CONFIRMATION_REQUIRED', { field: 'noSecretConfirmed' });
  }

  /**
   * Secrecy stamps and citizen IDs block submit and approve — in the title, summary, body and the documents
   * the body links to; only the chief overrides, with a logged reason.
   */
  private async assertClassification(a: ArticleEntity, dto: TransitionRequest, details: Record<string, unknown>): Promise<void> {
    const docIds = [...new Set([...a.content.body.matchAll(/\/api\/v1\/public\/media\/([0-9a-f-]{36})\/file\b/g)].map((m) => m[1]!))];
    const attachments = docIds.length ? (await this.mediaService.documentTexts(a.siteId, docIds)).map((d) => ({ name: d.name, text: d.text })) : [];
    const hits = scanClassification({ title: a.content.title, summary: a.content.summary, bodyHtml: a.content.body, attachments });
    if (hits.length === 0) return;
    if (!dto.override) throw unprocessable('CLASSIFICATION_HIT', { hits });
    details.classificationHits = hits.map((h) => ({ kind: h.kind, field: h.field, attachment: h.attachment, excerpt: h.excerpt }));
  }

  /** Every image the article shows must be the site's own and carry alt text before it goes public. */
  private async assertMediaReady(a: ArticleEntity): Promise<void> {
    const ids = new Set<string>();
    if (a.content.coverMediaId) ids.add(a.content.coverMediaId);
    for (const m of a.content.body.matchAll(/\/api\/v1\/public\/media\/([0-9a-f-]{36})\//g)) ids.add(m[1]!);
    if (ids.size === 0) return;
    const found = await this.media.findInSite(a.siteId, [...ids]);
    const missing = [...ids].filter((id) => !found.some((m) => m.id === id && m.kind === 'image' && m.altText?.trim()));
    if (missing.length) throw unprocessable('MEDIA_ALT_MISSING', { mediaIds: missing });
  }

  private async assign(a: ArticleEntity, assigneeId: string | undefined, details: Record<string, unknown>): Promise<void> {
    if (!assigneeId) throw new ValidationFailed([{ field: 'assigneeId', rule: 'isDefined' }]);
    if (!a.content.fieldId) throw unprocessable('FIELD_REQUIRED');
    const [m] = await this.articles.memberships(a.siteId, [assigneeId]);
    if (!m || m.role !== 'editor' || !(m.fields ?? []).some((f) => f.id === a.content.fieldId)) throw unprocessable('ASSIGNEE_NOT_ELIGIBLE', { assigneeId });
    details.assigneeId = assigneeId;
    details.previousAssigneeId = a.assigneeId;
    a.assigneeId = assigneeId;
  }

  private schedule(dto: TransitionRequest, now: Date): { publishAt: Date | null; unpublishAt: Date | null } {
    const publishAt = dto.publishAt ? new Date(dto.publishAt) : null;
    const unpublishAt = dto.unpublishAt ? new Date(dto.unpublishAt) : null;
    const start = publishAt && publishAt > now ? publishAt : now;
    if (unpublishAt && unpublishAt <= start) throw unprocessable('INVALID_SCHEDULE', { field: 'unpublishAt' });
    return { publishAt: publishAt && publishAt > now ? publishAt : null, unpublishAt };
  }
}

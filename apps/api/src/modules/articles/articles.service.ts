import { Injectable } from '@nestjs/common';
import type {
  ArticleHistoryResponse,
  ArticleListQuery,
  ArticleResponse,
  ArticleSummaryResponse,
  CreateArticleRequest,
  RevisionCompareResponse,
  UpdateArticleRequest,
} from '@congxa/shared/dto/articles';
import type { Page } from '@congxa/shared/dto/common';
import { slugify } from '@congxa/shared/text';
import { availableActions, type ArticleAction, type ArticleState, LIVE_STATES } from '@congxa/shared/workflow';
import type { Actor } from '../../common/auth/actor';
import { AuditService } from '../../common/audit/audit.service';
import { Db } from '../../common/database/db.service';
import { AppException, notFound, revisionConflict, unprocessable } from '../../common/errors/app-exception';
import { paging } from '../../common/http/paging';
import { MediaService } from '../media/media.service';
import { ArticleContent, CONTENT_KEYS, pickContent } from './article-content';
import { toArticleResponse, toArticleSummary, type People } from './article.mapper';
import { canEdit, canRead, readableWhere, workflowActor } from './article.policy';
import type { ArticleEntity } from './article.entity';
import { ArticlesRepository } from './articles.repository';
import { renderApprovalSlip } from './approval-slip';
import { diffHtml, diffText, sanitizeArticleHtml } from './content';

const LIVE_ACTIONS: readonly ArticleAction[] = ['unpublish', 'republish', 'archive'];

/** Is a new edition being worked on while an approved one is live? */
export const hasWorkingEdition = (a: ArticleEntity) => a.liveStatus !== null && !LIVE_STATES.includes(a.status);

@Injectable()
export class ArticlesService {
  constructor(
    private readonly db: Db,
    private readonly articles: ArticlesRepository,
    private readonly audit: AuditService,
    private readonly mediaService: MediaService,
  ) {}

  async list(actor: Actor, q: ArticleListQuery): Promise<Page<ArticleSummaryResponse>> {
    const p = paging(q);
    const [rows, total] = await this.articles.list(
      { siteId: actor.site!.id, readable: readableWhere(actor), status: q.status, mineUserId: q.mine ? (actor.userId ?? undefined) : undefined },
      p.page,
      p.pageSize,
    );
    const people = await this.peopleOf(rows);
    return { items: rows.map((a) => toArticleSummary(a, people)), total, page: p.page, pageSize: p.pageSize };
  }

  async get(actor: Actor, id: string): Promise<ArticleResponse> {
    return this.respond(actor, await this.readable(actor, id));
  }

  async create(actor: Actor, dto: CreateArticleRequest): Promise<ArticleResponse> {
    const siteId = actor.site!.id;
    return this.db.transaction(async () => {
      const content = new ArticleContent();
      Object.assign(content, {
        title: dto.title,
        summary: '',
        body: '',
        categoryId: null,
        fieldId: null,
        kind: 'tin',
        tags: [],
        featured: false,
        coverMediaId: null,
        authorName: actor.fullName ?? '',
        authorAddress: '',
        origin: 'original',
        sourceReference: null,
        collectorName: null,
        collectorAddress: null,
      } satisfies ArticleContent);
      this.applyContent(content, dto);
      await this.assertReferences(siteId, content);
      const article = await this.articles.create({
        siteId,
        slug: await this.freeSlug(siteId, content.title),
        content,
        authorId: actor.userId,
        editionAuthorId: actor.userId,
        edition: 1,
        status: 'draft',
        revision: 1,
        noSecretConfirmed: dto.noSecretConfirmed ?? false,
      });
      await this.articles.addRevision({
        articleId: article.id,
        siteId,
        number: 1,
        edition: 1,
        slug: article.slug,
        content: pickContent(content),
        createdById: actor.userId,
        reason: 'create',
      });
      await this.audit.record(actor, { action: 'article.create', targetType: 'article', targetId: article.id, details: { title: content.title } });
      return this.respond(actor, article);
    });
  }

  /** Save content. Every save is a revision; on a live article the first save opens a new edition. */
  async update(actor: Actor, id: string, dto: UpdateArticleRequest): Promise<ArticleResponse> {
    return this.db.transaction(async () => {
      const a = await this.lockReadable(actor, id);
      if (a.revision !== dto.revision) throw revisionConflict(await this.respond(actor, a));
      const rights = canEdit(actor, a);
      if (!rights.allowed) throw new AppException(403, 'EDIT_NOT_ALLOWED', { status: a.status });
      const before = pickContent(a.content);
      this.applyContent(a.content, dto);
      await this.assertReferences(a.siteId, a.content);
      if (dto.noSecretConfirmed !== undefined) a.noSecretConfirmed = dto.noSecretConfirmed;
      const changed = CONTENT_KEYS.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(a.content[k]));
      let reason = 'edit';
      if (rights.opensEdition) {
        a.edition += 1;
        a.status = 'draft';
        a.editionAuthorId = actor.userId;
        a.assigneeId = null;
        a.submittedAt = null;
        a.noSecretConfirmed = dto.noSecretConfirmed ?? false;
        reason = 'edition';
      }
      a.revision += 1;
      const saved = await this.articles.save(a);
      await this.articles.addRevision({
        articleId: a.id,
        siteId: a.siteId,
        number: a.revision,
        edition: a.edition,
        slug: a.slug,
        content: pickContent(a.content),
        createdById: actor.userId,
        reason,
      });
      await this.audit.record(actor, {
        action: rights.opensEdition ? 'article.edition_open' : 'article.update',
        targetType: 'article',
        targetId: a.id,
        details: { revision: a.revision, edition: a.edition, changed },
      });
      return this.respond(actor, saved);
    });
  }

  async history(actor: Actor, id: string): Promise<ArticleHistoryResponse> {
    const a = await this.readable(actor, id);
    const [transitions, revisions] = await Promise.all([this.articles.transitions(a.id), this.articles.revisions(a.id)]);
    const people = await this.people([...transitions.map((t) => t.actorId), ...revisions.map((r) => r.createdById)]);
    const ref = (uid: string | null) => (uid && people.get(uid) ? { id: uid, fullName: people.get(uid)!.fullName } : null);
    return {
      transitions: transitions.map((t) => ({
        id: t.id,
        action: t.action,
        fromState: t.fromState,
        toState: t.toState,
        actor: ref(t.actorId),
        note: t.note,
        revisionNumber: t.revisionNumber,
        edition: t.edition,
        details: t.details,
        createdAt: t.createdAt.toISOString(),
      })),
      revisions: revisions.map((r) => ({
        number: r.number,
        edition: r.edition,
        reason: r.reason,
        title: r.content.title,
        createdBy: ref(r.createdById),
        createdAt: r.createdAt.toISOString(),
        live: r.id === a.liveRevisionId,
      })),
    };
  }

  async revision(actor: Actor, id: string, number: number): Promise<ArticleContent & { number: number; edition: number }> {
    const a = await this.readable(actor, id);
    const r = await this.articles.revision(a.id, number);
    if (!r) throw notFound('REVISION_NOT_FOUND');
    return { ...pickContent(r.content), number: r.number, edition: r.edition };
  }

  async compare(actor: Actor, id: string, from: number, to: number): Promise<RevisionCompareResponse> {
    const a = await this.readable(actor, id);
    const [x, y] = await Promise.all([this.articles.revision(a.id, from), this.articles.revision(a.id, to)]);
    if (!x || !y) throw notFound('REVISION_NOT_FOUND');
    return {
      from,
      to,
      title: diffText(x.content.title, y.content.title),
      summary: diffText(x.content.summary, y.content.summary),
      bodyHtml: diffHtml(x.content.body, y.content.body),
      changedFields: CONTENT_KEYS.filter((k) => JSON.stringify(x.content[k]) !== JSON.stringify(y.content[k])),
    };
  }

  /** Restore an old revision: its content becomes a new revision (nothing is lost). */
  async restore(actor: Actor, id: string, number: number, revision: number): Promise<ArticleResponse> {
    const old = await this.readable(actor, id).then((a) => this.articles.revision(a.id, number));
    if (!old) throw notFound('REVISION_NOT_FOUND');
    const dto = { revision, ...pickContent(old.content) } as UpdateArticleRequest;
    const result = await this.update(actor, id, dto);
    await this.audit.record(actor, {
      action: 'article.restore',
      targetType: 'article',
      targetId: id,
      details: { restored: number, revision: result.revision },
    });
    return result;
  }

  /** The provision form with the approval chain, as a PDF. */
  async slip(actor: Actor, id: string): Promise<{ pdf: Buffer; filename: string }> {
    const a = await this.readable(actor, id);
    const transitions = (await this.articles.transitions(a.id)).filter((t) => t.edition === a.edition);
    const people = await this.people([...transitions.map((t) => t.actorId), a.assigneeId]);
    const last = (action: string) => [...transitions].reverse().find((t) => t.action === action);
    const step = (label: string, action: string) => {
      const t = last(action);
      return { label, who: t?.actorId ? (people.get(t.actorId)?.fullName ?? null) : null, at: t?.createdAt ?? null, note: t?.note ?? null };
    };
    const [category, field] = await Promise.all([this.articles.categoryName(a.content.categoryId), this.articles.fieldName(a.content.fieldId)]);
    const pdf = await renderApprovalSlip({
      siteName: actor.site!.name,
      ...pickContent(a.content),
      category,
      field,
      status: a.status,
      edition: a.edition,
      revision: a.revision,
      noSecretConfirmed: a.noSecretConfirmed,
      steps: [
        step('Gửi tin (người cung cấp)', 'submit'),
        {
          label: 'Biên tập viên được phân công',
          who: a.assigneeId ? (people.get(a.assigneeId)?.fullName ?? null) : null,
          at: last('assign')?.createdAt ?? null,
        },
        step('Kiểm tra (biên tập viên)', 'verify'),
        step('Trình duyệt (Phó Trưởng ban)', 'forward'),
        step('Duyệt đăng (Trưởng ban biên tập)', 'approve'),
      ],
      printedAt: new Date(),
    });
    return { pdf, filename: `mau-cung-cap-thong-tin-${a.slug}.pdf` };
  }

  // --- helpers shared with the workflow ---

  async readable(actor: Actor, id: string): Promise<ArticleEntity> {
    const a = await this.articles.findInSite(actor.site!.id, id);
    if (!a || !canRead(actor, a)) throw notFound('ARTICLE_NOT_FOUND');
    return a;
  }

  async lockReadable(actor: Actor, id: string): Promise<ArticleEntity> {
    const a = await this.articles.lock(actor.site!.id, id);
    if (!a || !canRead(actor, a)) throw notFound('ARTICLE_NOT_FOUND');
    return a;
  }

  /** Every action the actor may take now: on the working edition, and on the live one if both exist. */
  actionsFor(actor: Actor, a: ArticleEntity): ArticleAction[] {
    const wf = workflowActor(actor, a);
    const actions = new Set(availableActions(a.status, wf));
    if (hasWorkingEdition(a))
      availableActions(a.liveStatus as ArticleState, wf)
        .filter((x) => LIVE_ACTIONS.includes(x))
        .forEach((x) => actions.add(x));
    return [...actions];
  }

  async respond(actor: Actor, a: ArticleEntity): Promise<ArticleResponse> {
    const [lastNote] = await this.articles.lastNotes([a.id]);
    const people = await this.people([a.authorId, a.editionAuthorId, a.assigneeId, a.approvedById, lastNote?.actorId]);
    return toArticleResponse(a, people, { actions: this.actionsFor(actor, a), canEdit: canEdit(actor, a).allowed, lastNote: lastNote ?? null });
  }

  async peopleOf(rows: ArticleEntity[]): Promise<People> {
    return this.people(rows.flatMap((a) => [a.authorId, a.editionAuthorId, a.assigneeId]));
  }

  async people(ids: (string | null | undefined)[]): Promise<People> {
    return new Map((await this.articles.people(ids)).map((u) => [u.id, u]));
  }

  private applyContent(c: ArticleContent, dto: Partial<CreateArticleRequest>): void {
    for (const k of CONTENT_KEYS) {
      const v = (dto as Record<string, unknown>)[k];
      if (v === undefined) continue;
      (c as unknown as Record<string, unknown>)[k] =
        k === 'body' ? sanitizeArticleHtml(v as string) : k === 'tags' ? [...new Set((v as string[]).map((t) => t.trim()).filter(Boolean))] : v;
    }
  }

  private async assertReferences(siteId: string, c: ArticleContent): Promise<void> {
    const bad: string[] = [];
    if (c.categoryId && !(await this.articles.categoryInSite(siteId, c.categoryId))) bad.push('categoryId');
    if (c.fieldId && !(await this.articles.fieldInSite(siteId, c.fieldId))) bad.push('fieldId');
    if (c.coverMediaId && !(await this.mediaService.siteImageIds(siteId, [c.coverMediaId])).has(c.coverMediaId)) bad.push('coverMediaId');
    if (bad.length) throw unprocessable('CONTENT_INCOMPLETE', { invalid: bad });
  }

  private async freeSlug(siteId: string, title: string): Promise<string> {
    const base = slugify(title, 150) || 'tin-bai';
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base}-${n}`;
      if (!(await this.articles.slugTaken(siteId, slug))) return slug;
    }
  }
}

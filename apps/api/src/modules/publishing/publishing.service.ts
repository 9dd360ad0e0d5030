import { Injectable } from '@nestjs/common';
import { type ContentRow, type ContentTypeSchema, defaultContent, type ItemRelation, refFields } from '@congxa/shared/content';
import type { Page } from '@congxa/shared/dto/common';
import {
  DEFAULT_SORT_ORDER,
  type ItemHistoryResponse,
  type ItemListQuery,
  type ItemResponse,
  type ItemSummaryResponse,
  LINKABLE_MAX,
  type LinkableItem,
  type LinkableQuery,
  type QueueResponse,
  type RevisionCompareResponse,
  type RevisionReason,
  type RevisionResponse,
} from '@congxa/shared/dto/content';
import { filterInstant } from '@congxa/shared/dto/dates';
import { foldVietnamese, slugify } from '@congxa/shared/text';
import { canCreate, canEdit, canRead, displayStatus, queueBuckets, readableScope } from '@congxa/shared/workflow';
import type { Actor } from '../../common/auth/actor';
import { AuditService } from '../../common/audit/audit.service';
import { Db } from '../../common/database/db.service';
import { AppException, conflict, notFound, revisionConflict, unprocessable } from '../../common/errors/app-exception';
import { ValidationFailed } from '../../common/errors/error.filter';
import { paging } from '../../common/http/paging';
import { CategoriesService } from '../categories/categories.service';
import { FieldsService } from '../fields/fields.service';
import { MediaService } from '../media/media.service';
import { MembersService } from '../members/members.service';
import { renderApprovalSlip } from './approval-slip';
import { diffHtml, diffText } from './content';
import { assertValid, ContentTypes, type ContentTypeDefinition, type ItemPlacement } from './content-types';
import { applyChanges, changedKeys, type Content, contentOf, revisionColumns, rowsForSlip } from './content-values';
import { ItemResponder, personRef, toItemSummary } from './item-responder';
import { itemFacts, policyActor } from './item-policy';
import { PublishingRepository, type ItemView, type TreeItem } from './publishing.repository';
import { LiveChanges } from './live-changes';
import { TransitionService } from './transition.service';

/** An item of a register as an import sees it (see `register`). */
export interface RegisterEntry {
  id: string;
  title: string;
  revision: number;
  content: Content;
  /** May the caller read it (else only its key may be used: to say that it exists)? */
  readable: boolean;
  editable: boolean;
}

/** What a save carries: content fields, the edition's confirmation, the item's slug and placement. */
export type SaveRequest = Record<string, unknown> & { noSecretConfirmed?: boolean; slug?: string } & ItemPlacement;

/**
 * The staff side of every publishable type: lists, reads, saves (every save is a revision; a save on the
 * live edition opens a new one), history, compare, restore, the approval slip and the queue. Status
 * changes go to TransitionService.
 */
@Injectable()
export class PublishingService {
  constructor(
    private readonly db: Db,
    private readonly repo: PublishingRepository,
    private readonly types: ContentTypes,
    private readonly transitions: TransitionService,
    private readonly responder: ItemResponder,
    private readonly audit: AuditService,
    private readonly categories: CategoriesService,
    private readonly fields: FieldsService,
    private readonly media: MediaService,
    private readonly members: MembersService,
    private readonly live: LiveChanges,
  ) {}

  async list(actor: Actor, type: string, q: ItemListQuery): Promise<Page<ItemSummaryResponse>> {
    const def = this.types.get(type);
    const p = paging(q);
    const siteId = actor.site!.id;
    const refs = new Set(refFields(def.schema).map((r) => r.to));
    const unsupported = [...(q.categoryId && !refs.has('category') ? ['categoryId'] : []), ...(q.fieldId && !refs.has('field') ? ['fieldId'] : [])];
    if (unsupported.length) throw new ValidationFailed(unsupported.map((field) => ({ field, rule: 'notInType' })));
    const sort = q.sort ?? 'updated';
    const titleKey = q.q ? foldVietnamese(q.q).replace(/\s+/g, ' ').trim() : '';
    const [views, total] = await this.repo.list(
      {
        siteId,
        type,
        scope: readableScope(policyActor(actor)),
        statuses: q.status,
        mineUserId: q.mine ? (actor.userId ?? undefined) : undefined,
        fieldId: q.fieldId,
        categoryIds: q.categoryId ? await this.categoryAndDescendants(siteId, q.categoryId) : undefined,
        authorId: q.authorId,
        // A plain date is that day in Vietnam: `updatedFrom` its first moment, `updatedTo` up to its end.
        updatedFrom: (q.updatedFrom && filterInstant(q.updatedFrom, 'start')) || undefined,
        updatedBefore: (q.updatedTo && filterInstant(q.updatedTo, 'end')) || undefined,
        titleKey: titleKey || undefined,
        textKeys: (def.schema.listFields ?? []).filter((k) => def.schema.fields[k]?.kind === 'text'),
        sort,
        order: q.order ?? DEFAULT_SORT_ORDER[sort],
      },
      p.page,
      p.pageSize,
    );
    const people = await this.responder.peopleOf(views);
    return { items: views.map((v) => toItemSummary(v, people)), total, page: p.page, pageSize: p.pageSize };
  }

  /**
   * Published items of the type another item may link to (LinkableQuery): public already, so found whatever
   * the caller may read in the staff lists, from their live (approved) content only — never a draft.
   */
  async linkable(actor: Actor, type: string, q: LinkableQuery): Promise<LinkableItem[]> {
    const def = this.types.get(type);
    const facts = def.schema.listFields ?? [];
    const key = q.q ? foldVietnamese(q.q).replace(/\s+/g, ' ').trim() : '';
    const rows = await this.repo.published(
      actor.site!.id,
      type,
      { ids: q.ids, key: key || undefined, textKeys: facts.filter((k) => def.schema.fields[k]?.kind === 'text') },
      LINKABLE_MAX,
    );
    return rows.map((r) => ({ id: r.id, type, slug: r.slug, title: r.title, ...Object.fromEntries(facts.map((k) => [k, r.content[k] ?? null])) }));
  }

  /**
   * Every item of a type in the site with its current content, and whether the caller may read it and save it
   * now (edit it in its state): what an import matches its rows against, by the type's key. The caller must
   * not be shown what an item it may not read holds.
   */
  async register(actor: Actor, type: string): Promise<RegisterEntry[]> {
    const def = this.types.get(type);
    const who = policyActor(actor);
    return (await this.repo.ofType(actor.site!.id, type)).map((v) => {
      const readable = canRead(who, itemFacts(v));
      return {
        id: v.item.id,
        title: v.head.title,
        revision: v.item.revision,
        content: contentOf(def.schema, v.head),
        readable,
        editable: readable && canEdit(who, itemFacts(v)).allowed,
      };
    });
  }

  /** The item if the caller may read it, else the type's 404 (presence, and anything else that only needs to know). */
  async readableView(actor: Actor, type: string, id: string): Promise<ItemView> {
    return this.readable(actor, this.types.get(type), id);
  }

  async get(actor: Actor, type: string, id: string): Promise<ItemResponse> {
    const def = this.types.get(type);
    return this.responder.respond(actor, def, await this.readable(actor, def, id));
  }

  /** The response of an item after a transition. */
  respond(actor: Actor, type: string, v: ItemView): Promise<ItemResponse> {
    return this.responder.respond(actor, this.types.get(type), v);
  }

  async create(actor: Actor, type: string, dto: SaveRequest, reason: Extract<RevisionReason, 'create' | 'import'> = 'create'): Promise<ItemResponse> {
    const def = this.types.get(type);
    if (!canCreate(policyActor(actor), def.schema.createPermission)) throw new AppException(403, 'CREATE_NOT_ALLOWED');
    const siteId = actor.site!.id;
    return this.db.transaction(async () => {
      const content = applyChanges(def.schema, { ...defaultContent(def.schema), ...(def.initialContent?.(actor) ?? {}) }, dto);
      assertValid(def, content);
      await this.assertUnique(siteId, def, content, null);
      await this.assertReferences(siteId, def.schema, content, null);
      const placement = def.placement ? await def.placement(siteId, null, dto) : {};
      const slug = dto.slug ?? (await this.freeSlug(siteId, type, def.slugText?.(content) ?? String(content.title)));
      if (dto.slug && (await this.repo.slugTaken(siteId, type, slug))) throw conflict('SLUG_TAKEN', { field: 'slug' });
      const item = await this.repo.insertItem({
        siteId,
        type,
        slug,
        authorId: actor.userId,
        parentId: placement.parentId ?? null,
        position: placement.position ?? 0,
      });
      const edition = await this.transitions.createEdition(actor, def, item.id, siteId, 1, 1, { title: content.title });
      const rev = await this.repo.insertRevision({
        itemId: item.id,
        editionId: edition.id,
        siteId,
        number: 1,
        reason,
        createdById: actor.userId,
        ...revisionColumns(def.schema, content),
      });
      await this.repo.updateEdition(edition.id, { headRevisionId: rev.id, noSecretConfirmed: dto.noSecretConfirmed ?? false });
      return this.responder.respond(actor, def, (await this.repo.view(siteId, type, item.id))!);
    });
  }

  /** Save content. Every save is a revision; on the live edition the save opens a new edition. */
  async update(actor: Actor, type: string, id: string, dto: SaveRequest & { revision: number }): Promise<ItemResponse> {
    const def = this.types.get(type);
    return this.db.transaction(async () => {
      const v = await this.lockReadable(actor, def, id);
      if (v.item.revision !== dto.revision) throw revisionConflict(await this.responder.respond(actor, def, v));
      const content = applyChanges(def.schema, contentOf(def.schema, v.head), dto);
      return this.save(actor, def, v, content, dto, 'edit');
    });
  }

  /** Restore an old revision: its content becomes a new revision (nothing is lost). One transaction. */
  async restore(actor: Actor, type: string, id: string, number: number, revision: number): Promise<ItemResponse> {
    const def = this.types.get(type);
    return this.db.transaction(async () => {
      const v = await this.lockReadable(actor, def, id);
      if (v.item.revision !== revision) throw revisionConflict(await this.responder.respond(actor, def, v));
      const old = await this.repo.revision(v.item.id, number);
      if (!old) throw notFound('REVISION_NOT_FOUND');
      return this.save(actor, def, v, contentOf(def.schema, old), {}, 'restore', number);
    });
  }

  private async save(actor: Actor, def: ContentTypeDefinition, v: ItemView, content: Content, dto: SaveRequest, reason: 'edit' | 'restore', restored?: number) {
    const rights = canEdit(policyActor(actor), itemFacts(v));
    if (!rights.allowed) throw new AppException(403, 'EDIT_NOT_ALLOWED', { status: displayStatus(itemFacts(v)) });
    const { item } = v;
    assertValid(def, content);
    await this.assertUnique(item.siteId, def, content, item.id);
    await this.assertReferences(item.siteId, def.schema, content, item.id);
    const placement = def.placement ? await def.placement(item.siteId, item.id, dto) : {};
    if (dto.slug !== undefined && dto.slug !== item.slug && (await this.repo.slugTaken(item.siteId, item.type, dto.slug, item.id))) {
      throw conflict('SLUG_TAKEN', { field: 'slug' });
    }
    const number = item.revision + 1;
    const before = contentOf(def.schema, v.head);
    let edition = v.edition;
    if (rights.opensEdition) edition = await this.transitions.createEdition(actor, def, item.id, item.siteId, v.edition.number + 1, number);
    const rev = await this.repo.insertRevision({
      itemId: item.id,
      editionId: edition.id,
      siteId: item.siteId,
      number,
      reason: reason === 'restore' ? 'restore' : rights.opensEdition ? 'edition' : 'edit',
      createdById: actor.userId,
      ...revisionColumns(def.schema, content),
    });
    const confirmed = dto.noSecretConfirmed ?? (rights.opensEdition ? false : edition.noSecretConfirmed);
    await this.repo.updateEdition(edition.id, { headRevisionId: rev.id, noSecretConfirmed: confirmed });
    await this.repo.updateItem(item.id, {
      revision: number,
      ...(dto.slug !== undefined ? { slug: dto.slug } : {}),
      ...(placement.parentId !== undefined ? { parentId: placement.parentId } : {}),
      ...(placement.position !== undefined ? { position: placement.position } : {}),
    });
    // A live item that moves (new slug, new place or order in the tree) keeps its live content but not its address.
    const moved =
      (dto.slug !== undefined && dto.slug !== item.slug) ||
      (placement.parentId !== undefined && placement.parentId !== item.parentId) ||
      (placement.position !== undefined && placement.position !== item.position);
    if (moved && item.liveEditionId) await this.live.changed(def, item.siteId, item.id);
    await this.audit.record(actor, {
      action: reason === 'restore' ? `${item.type}.restore` : `${item.type}.update`,
      targetType: item.type,
      targetId: item.id,
      details: { revision: number, edition: edition.number, changed: changedKeys(def.schema, before, content), ...(restored ? { restored } : {}) },
    });
    return this.responder.respond(actor, def, (await this.repo.view(item.siteId, item.type, item.id))!);
  }

  async history(actor: Actor, type: string, id: string): Promise<ItemHistoryResponse> {
    const def = this.types.get(type);
    const v = await this.readable(actor, def, id);
    const [transitions, revisions, editions] = await Promise.all([
      this.repo.transitions(v.item.id),
      this.repo.revisions(v.item.id),
      this.repo.editionNumbers(v.item.id),
    ]);
    const people = await this.responder.people([...transitions.map((t) => t.actorId), ...revisions.map((r) => r.createdById)]);
    const live = v.item.liveEditionId ? await this.repo.edition(v.item.liveEditionId) : null;
    return {
      transitions: transitions.map((t) => ({
        id: t.id,
        action: t.action,
        fromState: t.fromState,
        toState: t.toState,
        actor: personRef(people, t.actorId),
        systemActor: t.systemActor,
        note: t.note,
        revisionNumber: t.revisionNumber,
        edition: t.editionNumber,
        details: t.details,
        createdAt: t.createdAt.toISOString(),
      })),
      revisions: revisions.map((r) => ({
        number: r.number,
        edition: editions.get(r.editionId) ?? 0,
        reason: r.reason,
        title: r.title,
        createdBy: personRef(people, r.createdById),
        createdAt: r.createdAt.toISOString(),
        live: r.id === live?.approvedRevisionId,
      })),
    };
  }

  async revision(actor: Actor, type: string, id: string, number: number): Promise<RevisionResponse> {
    const def = this.types.get(type);
    const v = await this.readable(actor, def, id);
    const r = await this.repo.revision(v.item.id, number);
    if (!r) throw notFound('REVISION_NOT_FOUND');
    const editions = await this.repo.editionNumbers(v.item.id);
    return { ...contentOf(def.schema, r), number: r.number, edition: editions.get(r.editionId) ?? 0, reason: r.reason };
  }

  async compare(actor: Actor, type: string, id: string, from: number, to: number): Promise<RevisionCompareResponse> {
    const def = this.types.get(type);
    const v = await this.readable(actor, def, id);
    const [x, y] = await Promise.all([this.repo.revision(v.item.id, from), this.repo.revision(v.item.id, to)]);
    if (!x || !y) throw notFound('REVISION_NOT_FOUND');
    const a = contentOf(def.schema, x);
    const b = contentOf(def.schema, y);
    const text = (c: Content, k: string) => (typeof c[k] === 'string' ? (c[k] as string) : '');
    return {
      from,
      to,
      title: diffText(text(a, 'title'), text(b, 'title')),
      summary: diffText(text(a, 'summary'), text(b, 'summary')),
      bodyHtml: diffHtml(text(a, 'body'), text(b, 'body')),
      changedFields: changedKeys(def.schema, a, b),
    };
  }

  /** The provision form with the approval chain of the current edition, as a PDF. */
  async slip(actor: Actor, type: string, id: string): Promise<{ pdf: Buffer; filename: string }> {
    const def = this.types.get(type);
    const v = await this.readable(actor, def, id);
    const transitions = (await this.repo.transitions(v.item.id)).filter((t) => t.editionId === v.edition.id);
    const people = await this.responder.people([...transitions.map((t) => t.actorId), v.edition.assigneeId, v.edition.authorId]);
    const last = (...moves: string[]) => [...transitions].reverse().find((t) => moves.includes(t.action));
    const step = (label: string, ...moves: string[]) => {
      const t = last(...moves);
      return { label, who: t?.actorId ? (people.get(t.actorId)?.fullName ?? null) : null, at: t?.createdAt ?? null, note: t?.note ?? null };
    };
    const content = contentOf(def.schema, v.head);
    const details: [string, string | null][] = [];
    const provenance: [string, string | null][] = [];
    for (const [key, spec] of Object.entries(def.schema.fields)) {
      if (key === 'title' || spec.kind === 'html' || spec.kind === 'boolean') continue;
      const value = content[key];
      let shown: string | null;
      if (spec.kind === 'enum') shown = spec.labels[String(value)]?.vi ?? String(value);
      else if (spec.kind === 'ref' && spec.to === 'category') shown = value ? await this.categories.nameInSite(v.item.siteId, String(value)) : null;
      else if (spec.kind === 'ref' && spec.to === 'field') shown = value ? await this.fields.nameInSite(v.item.siteId, String(value)) : null;
      else if (spec.kind === 'ref') continue;
      // Files and links are ids: the slip counts them (their names are on the item's page).
      else if (spec.kind === 'attachments' || spec.kind === 'relations') shown = String(Array.isArray(value) ? value.length : 0);
      else if (spec.kind === 'rows') shown = rowsForSlip(spec, value);
      else shown = Array.isArray(value) ? value.join(', ') : ((value as string | null) ?? null);
      if (spec.kind === 'text' && spec.nullable && content.origin !== 'collected' && spec.group === 'provenance') continue;
      (spec.group === 'provenance' ? provenance : details).push([spec.label.vi, shown]);
    }
    const pdf = await renderApprovalSlip({
      siteName: actor.site!.name,
      typeLabel: def.schema.label.vi,
      title: String(content.title),
      details,
      provenance,
      providerName:
        typeof content.authorName === 'string' && content.authorName ? content.authorName : (personRef(people, v.edition.authorId)?.fullName ?? null),
      status: displayStatus(itemFacts(v)),
      edition: v.edition.number,
      revision: v.item.revision,
      noSecretConfirmed: v.edition.noSecretConfirmed,
      steps: [
        step('Gửi duyệt (người cung cấp)', 'submit'),
        { label: 'Biên tập viên được phân công', who: personRef(people, v.edition.assigneeId)?.fullName ?? null, at: last('assign')?.createdAt ?? null },
        step('Kiểm tra (biên tập viên)', 'verify'),
        step('Trình duyệt (Phó Trưởng ban)', 'forward'),
        step('Duyệt đăng (Trưởng ban biên tập)', 'approve', 'schedule'),
      ],
      printedAt: new Date(),
    });
    return { pdf, filename: `mau-cung-cap-thong-tin-${v.item.slug}.pdf` };
  }

  /** What awaits the actor, over every type, by the shared queue rules (QC Điều 12.2: staff of the field first in intake). */
  async queue(actor: Actor): Promise<QueueResponse> {
    const siteId = actor.site!.id;
    const uid = actor.userId!;
    const buckets: { reason: QueueResponse['items'][number]['reason']; views: ItemView[] }[] = [];
    for (const b of queueBuckets(policyActor(actor))) {
      const who = b.scope === 'assigned' ? { assigneeId: uid } : b.scope === 'authored' ? { editionAuthorId: uid } : undefined;
      buckets.push({ reason: b.reason, views: await this.repo.inStates(siteId, null, b.states, who) });
    }
    const all = buckets.flatMap((b) => b.views);
    const people = await this.responder.peopleOf(all);
    const members = await this.members.withFields(siteId, all.map((v) => v.edition.authorId ?? '').filter(Boolean));
    const staffFields = new Map(members.filter((m) => m.isStaff).map((m) => [m.userId, new Set((m.fields ?? []).map((f) => f.id))]));
    const priority = (v: ItemView) => !!v.head.fieldId && !!staffFields.get(v.edition.authorId ?? '')?.has(v.head.fieldId);
    const items = buckets.flatMap(({ reason, views }) => {
      const mapped = views.map((v) => ({ ...toItemSummary(v, people, priority(v)), reason }));
      // Stable sort: priority first, then the repository's order (oldest submission first).
      return reason === 'intake' ? mapped.sort((x, y) => Number(y.priority) - Number(x.priority)) : mapped;
    });
    return { items, total: items.length, page: 1, pageSize: Math.max(items.length, 1) };
  }

  /** Every item of a type as a tree node with its live status (for types with a tree: pages). */
  tree(siteId: string, type: string): Promise<TreeItem[]> {
    return this.repo.tree(siteId, type);
  }

  // --- helpers ---

  private async readable(actor: Actor, def: ContentTypeDefinition, id: string): Promise<ItemView> {
    const v = await this.repo.view(actor.site!.id, def.schema.type, id);
    if (!v || !canRead(policyActor(actor), itemFacts(v))) throw notFound(def.notFoundCode);
    return v;
  }

  private async lockReadable(actor: Actor, def: ContentTypeDefinition, id: string): Promise<ItemView> {
    const v = await this.repo.lockView(actor.site!.id, def.schema.type, id);
    if (!v || !canRead(policyActor(actor), itemFacts(v))) throw notFound(def.notFoundCode);
    return v;
  }

  /** The type's unique field (`uniqueField`) is not another item's: 409 with the type's code, the field and that item. */
  private async assertUnique(siteId: string, def: ContentTypeDefinition, content: Content, itemId: string | null): Promise<void> {
    if (!def.uniqueField) return;
    const { key, code } = def.uniqueField;
    const value = content[key];
    if (typeof value !== 'string' || value.trim() === '') return;
    const holder = await this.repo.holderOf(siteId, def.schema.type, key, value, itemId);
    if (holder) throw conflict(code, { field: key, itemId: holder });
  }

  /** Category and field of the site; a cover that is one of the site's images. */
  private async assertReferences(siteId: string, schema: ContentTypeSchema, content: Content, itemId: string | null): Promise<void> {
    const bad: string[] = [];
    for (const { key, to } of refFields(schema)) {
      const id = content[key];
      if (typeof id !== 'string') continue;
      const ok =
        to === 'category'
          ? (await this.categories.nameInSite(siteId, id)) !== null
          : to === 'field'
            ? (await this.fields.nameInSite(siteId, id)) !== null
            : (await this.media.siteImageIds(siteId, [id])).has(id);
      if (!ok) bad.push(key);
    }
    for (const [key, spec] of Object.entries(schema.fields)) {
      const value = content[key];
      if (spec.kind === 'attachments' && Array.isArray(value) && value.length) {
        const ids = value as string[];
        const found = await this.media.siteDocumentIds(siteId, ids);
        if (ids.some((id) => !found.has(id))) bad.push(key);
      } else if (spec.kind === 'relations' && Array.isArray(value) && value.length) {
        // Links go to other items of the site, of the same type unless the field names another.
        const ids = [...new Set((value as ItemRelation[]).map((r) => r.itemId))];
        const found = await this.repo.itemIdsOfType(siteId, spec.targetType ?? schema.type, ids);
        if (ids.some((id) => id === itemId || !found.has(id))) bad.push(key);
      } else if (spec.kind === 'rows' && Array.isArray(value) && value.length) {
        // A media column holds one of the site's documents (a form template).
        const mediaKeys = Object.entries(spec.columns).flatMap(([k, c]) => (c.kind === 'media' ? [k] : []));
        const ids = [...new Set((value as ContentRow[]).flatMap((r) => mediaKeys.map((k) => r[k]).filter((v): v is string => !!v)))];
        if (ids.length) {
          const found = await this.media.siteDocumentIds(siteId, ids);
          if (ids.some((id) => !found.has(id))) bad.push(key);
        }
      }
    }
    if (bad.length) throw unprocessable('CONTENT_INCOMPLETE', { invalid: bad });
  }

  /** A category of the site and every category below it (a list filtered by a section shows its subsections too). */
  private async categoryAndDescendants(siteId: string, id: string): Promise<string[]> {
    const refs = await this.categories.refs(siteId);
    const out = new Set(refs.some((c) => c.id === id) ? [id] : []);
    for (let grew = true; grew;) {
      grew = false;
      for (const c of refs) if (c.parentId && out.has(c.parentId) && !out.has(c.id)) grew = !!out.add(c.id);
    }
    return [...out];
  }

  private async freeSlug(siteId: string, type: string, title: string): Promise<string> {
    const base = slugify(title, 150) || type;
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base}-${n}`;
      if (!(await this.repo.slugTaken(siteId, type, slug))) return slug;
    }
  }
}

import { Injectable } from '@nestjs/common';
import { imageMediaIds, missingAltText, missingToSubmit } from '@congxa/shared/content';
import type { TransitionRequest } from '@congxa/shared/dto/content';
import {
  actionsFor,
  canOverrideClassification,
  canRead,
  checksAltText,
  findRule,
  isEligibleAssignee,
  mayAct,
  position,
  resolveRequest,
  type EditionRule,
  type TransitionRule,
  type WorkflowActor,
  workflowActor,
} from '@congxa/shared/workflow';
import { type Actor, systemActor } from '../../common/auth/actor';
import { AuditService } from '../../common/audit/audit.service';
import { Db } from '../../common/database/db.service';
import { AppException, notFound, revisionConflict, unprocessable } from '../../common/errors/app-exception';
import { ValidationFailed } from '../../common/errors/error.filter';
import { MediaService, type DocumentReading } from '../media/media.service';
import { MembersService } from '../members/members.service';
import { ContentNotifications } from './content-notifications';
import { assertValid, ContentTypes, type ContentTypeDefinition } from './content-types';
import { contentOf } from './content-values';
import { scanClassification } from './content';
import { ItemResponder } from './item-responder';
import { itemFacts, policyActor } from './item-policy';
import { PublishingRepository, type ItemView } from './publishing.repository';
import { LiveChanges } from './live-changes';

const SYSTEM_WORKFLOW_ACTOR: WorkflowActor = {
  kind: 'system',
  role: null,
  isAuthor: false,
  isItemAuthor: false,
  isAssignedEditor: false,
  permissions: new Set(),
};

/** Linked documents' text, read before the transaction (parsing a PDF must not hold the item's lock). */
interface Attachments {
  headRevisionId: string;
  texts: { name: string; text: string }[];
  /** Documents whose text could not be checked in full: scans, unreadable files, PDFs past the reading limits. */
  unchecked: { name: string; reading: Exclude<DocumentReading['reading'], 'full'> }[];
}

const DOC_LINK = /\/api\/v1\/public\/media\/([0-9a-f-]{36})\/file\b/g;

/**
 * The one place any item of any type changes status. `move()` writes the status columns (the database
 * refuses status writes outside it), the transition row and the audit row, and queues the notifications —
 * all in the caller's transaction. `transition()` is a person's action; `createEdition()` is a save that
 * creates an item or opens an edition; `runDue()` is the scheduler, acting as SYSTEM.
 */
@Injectable()
export class TransitionService {
  constructor(
    private readonly db: Db,
    private readonly repo: PublishingRepository,
    private readonly types: ContentTypes,
    private readonly responder: ItemResponder,
    private readonly audit: AuditService,
    private readonly notifications: ContentNotifications,
    private readonly media: MediaService,
    private readonly members: MembersService,
    private readonly live: LiveChanges,
  ) {}

  /** A person asks for an action (`POST …/transitions`). */
  /**
   * `quiet` records the move like any other but tells nobody (the demo seed carrying its fixtures through the
   * chain; people are not mailed about a demo).
   */
  async transition(actor: Actor, type: string, id: string, dto: TransitionRequest, opts: { quiet?: boolean } = {}): Promise<ItemView> {
    const def = this.types.get(type);
    const siteId = actor.site!.id;
    const attachments = await this.readAttachments(siteId, type, id, dto.action);
    return this.db.transaction(async () => {
      const v = await this.repo.lockView(siteId, type, id);
      const who = policyActor(actor);
      if (!v || !canRead(who, itemFacts(v))) throw notFound(def.notFoundCode);
      const stale = (dto.revision !== undefined && dto.revision !== v.item.revision) || (attachments && attachments.headRevisionId !== v.head.id);
      if (stale) throw revisionConflict(await this.responder.respond(actor, def, v));
      const now = new Date();
      const schedule = dto.action === 'approve' ? this.schedule(dto, now) : { publishAt: null, unpublishAt: null };
      const facts = itemFacts(v);
      const rule = resolveRequest(dto.action, position(facts), { scheduled: !!schedule.publishAt });
      const from = rule ? (rule.on === 'edition' ? v.edition.status : v.item.liveStatus) : displayFrom(v);
      if (!rule) throw new AppException(409, 'TRANSITION_NOT_ALLOWED', { action: dto.action, status: from, allowed: actionsFor(who, facts) });
      const wf = workflowActor(who, facts);
      if (!mayAct(rule, wf)) throw new AppException(403, 'NOT_YOUR_TURN', { action: dto.action, status: from });
      const note = dto.note?.trim() || null;
      if (rule.note === 'required' && !note) throw new ValidationFailed([{ field: 'note', rule: 'isNotEmpty' }]);
      if (dto.override && !canOverrideClassification(who)) throw new AppException(403, 'OVERRIDE_NOT_ALLOWED');

      const details: Record<string, unknown> = {};
      const content = contentOf(def.schema, v.head);
      switch (rule.move) {
        case 'submit':
          this.assertSubmittable(def, content, v);
          this.assertClassification(content, attachments, dto, details);
          await this.repo.updateEdition(v.edition.id, { submittedAt: now });
          break;
        case 'assign':
          details.previousAssigneeId = v.edition.assigneeId;
          details.assigneeId = await this.assertAssignee(siteId, dto.assigneeId, content.fieldId as string | null);
          await this.repo.updateEdition(v.edition.id, { assigneeId: details.assigneeId as string });
          v.edition.assigneeId = details.assigneeId as string;
          break;
        case 'approve':
        case 'schedule':
          this.assertClassification(content, attachments, dto, details);
          await this.repo.updateEdition(v.edition.id, {
            approvedById: actor.userId,
            approvedAt: now,
            approvedRevisionId: v.head.id,
            publishAt: schedule.publishAt,
            unpublishAt: schedule.unpublishAt,
          });
          Object.assign(v.edition, { approvedById: actor.userId, approvedAt: now, approvedRevisionId: v.head.id, ...schedule });
          if (schedule.publishAt) details.publishAt = schedule.publishAt.toISOString();
          if (schedule.unpublishAt) details.unpublishAt = schedule.unpublishAt.toISOString();
          break;
        case 'republish':
          // Putting a taken-back edition live is the chief's approval of what it holds now.
          if (rule.on === 'edition') {
            await this.repo.updateEdition(v.edition.id, { approvedById: actor.userId, approvedAt: now, approvedRevisionId: v.head.id });
            Object.assign(v.edition, { approvedById: actor.userId, approvedAt: now, approvedRevisionId: v.head.id });
          }
          break;
        case 'unpublish':
          // The scheduled edition loses its time; the live one its take-down time.
          if (rule.on === 'edition') await this.repo.updateEdition(v.edition.id, { publishAt: null });
          else if (v.item.liveEditionId) await this.repo.updateEdition(v.item.liveEditionId, { unpublishAt: null });
          break;
        default:
          break;
      }
      // After the move's own checks (an incomplete item hears that first); a refusal rolls the writes back.
      if (checksAltText(rule)) await this.assertAltText(siteId, def, content);
      if (dto.override) details.override = dto.override.reason;
      await this.move(actor, def, v, rule, note, details, opts.quiet);
      return (await this.repo.lockView(siteId, type, id))!;
    });
  }

  /**
   * The table's `create` or `open` move: a new edition in `draft`, made the item's current one. Runs inside
   * the save's transaction; the caller has checked the permission through the same policies.
   */
  async createEdition(
    actor: Actor,
    def: ContentTypeDefinition,
    itemId: string,
    siteId: string,
    number: number,
    revisionNumber: number,
    details: Record<string, unknown> = {},
  ) {
    const rule = findRule(number === 1 ? 'create' : 'open', 'edition', 'none')!;
    await this.repo.markTransition();
    const edition = await this.repo.insertEdition({ itemId, siteId, number, status: rule.to, authorId: actor.userId, noSecretConfirmed: false });
    await this.repo.updateItem(itemId, { currentEditionId: edition.id });
    await this.repo.insertTransition({
      itemId,
      editionId: edition.id,
      siteId,
      editionNumber: number,
      action: rule.move,
      side: 'edition',
      fromState: 'none',
      toState: rule.to,
      actorId: actor.userId,
      systemActor: actor.kind === 'system' ? actor.fullName : null,
      note: null,
      revisionNumber,
      details: {},
    });
    await this.audit.record(actor, {
      action: `${def.schema.type}.${rule.move}`,
      siteId,
      targetType: def.schema.type,
      targetId: itemId,
      details: { from: 'none', to: rule.to, edition: number, revision: revisionNumber, ...details },
    });
    return edition;
  }

  /** The scheduler's work: publish what is due and take down what has expired, exactly once across processes. */
  async runDue(limit = 20): Promise<number> {
    const system = systemActor('scheduler');
    return this.db.transaction(async () => {
      let done = 0;
      for (const id of await this.repo.claimDuePublications(limit)) {
        const v = (await this.repo.lockViewById(id))!;
        const rule = findRule('publish_scheduled', 'edition', v.edition.status);
        if (!rule || !mayAct(rule, SYSTEM_WORKFLOW_ACTOR)) continue;
        await this.move(system, this.types.get(v.item.type), v, rule, null, { revision: v.head.number });
        done++;
      }
      for (const id of await this.repo.claimDueTakeDowns(limit)) {
        const v = (await this.repo.lockViewById(id))!;
        const rule = v.item.liveStatus ? findRule('expire', 'live', v.item.liveStatus) : undefined;
        if (!rule || !mayAct(rule, SYSTEM_WORKFLOW_ACTOR)) continue;
        await this.repo.updateEdition(v.item.liveEditionId!, { unpublishAt: null });
        await this.move(system, this.types.get(v.item.type), v, rule, null, {});
        done++;
      }
      return done;
    });
  }

  /**
   * Make a move of the table: the only code that writes a status. Records the transition row (on the
   * revision acted on), the audit row, the move's effect (going live supersedes the previous live edition,
   * as its own recorded move), the search document and public cache of what is now live (LiveChanges), and
   * the notifications.
   */
  private async move(
    actor: Actor,
    def: ContentTypeDefinition,
    v: ItemView,
    rule: TransitionRule,
    note: string | null,
    details: Record<string, unknown>,
    quiet = false,
  ) {
    await this.repo.markTransition();
    const now = new Date();
    const from = rule.on === 'edition' ? v.edition.status : v.item.liveStatus!;
    if (rule.on === 'edition') {
      await this.repo.setEditionStatus(v.edition.id, rule.to);
      v.edition.status = rule.to;
    } else {
      await this.repo.setItemStatus(v.item.id, rule.to, v.item.liveEditionId);
      await this.repo.updateItem(v.item.id, { liveUpdatedAt: now });
      v.item.liveStatus = rule.to;
    }
    await this.record(actor, def, v, v.edition.id, v.edition.number, rule, from, note, details);

    if (rule.effect === 'go_live') {
      const previous = v.item.liveEditionId && v.item.liveEditionId !== v.edition.id ? await this.repo.edition(v.item.liveEditionId) : null;
      if (previous) {
        const supersede = findRule('supersede', 'edition', previous.status) as EditionRule;
        await this.repo.setEditionStatus(previous.id, supersede.to);
        await this.record(systemActor('publishing'), def, v, previous.id, previous.number, supersede, previous.status, null, { by: v.edition.number });
      }
      const liveFrom = v.item.liveStatus;
      await this.repo.setItemStatus(v.item.id, 'published', v.edition.id);
      await this.repo.updateItem(v.item.id, { publishedAt: v.item.publishedAt ?? now, liveUpdatedAt: now });
      Object.assign(v.item, { liveStatus: 'published', liveEditionId: v.edition.id, publishedAt: v.item.publishedAt ?? now });
      if (liveFrom !== 'published') details.live = { from: liveFrom, to: 'published' };
    } else if (rule.effect === 'discard' && v.item.liveEditionId) {
      // The edition is closed; staff see the live one again.
      await this.repo.updateItem(v.item.id, { currentEditionId: v.item.liveEditionId });
    }
    // What the public sees changed: the search follows in the same transaction, the public cache at commit.
    if (rule.on === 'live' || rule.effect === 'go_live') await this.live.changed(def, v.item.siteId, v.item.id);
    if (!quiet) await this.notifications.afterMove(actor, def, v, rule, note);
  }

  private async record(
    actor: Actor,
    def: ContentTypeDefinition,
    v: ItemView,
    editionId: string,
    editionNumber: number,
    rule: TransitionRule,
    from: string,
    note: string | null,
    details: Record<string, unknown>,
  ): Promise<void> {
    await this.repo.insertTransition({
      itemId: v.item.id,
      editionId,
      siteId: v.item.siteId,
      editionNumber,
      action: rule.move,
      side: rule.on,
      fromState: from,
      toState: rule.to,
      actorId: actor.userId,
      systemActor: actor.kind === 'system' ? actor.fullName : null,
      note,
      revisionNumber: v.item.revision,
      details,
    });
    await this.audit.record(actor, {
      action: `${def.schema.type}.${rule.move}`,
      siteId: v.item.siteId,
      targetType: def.schema.type,
      targetId: v.item.id,
      details: { from, to: rule.to, revision: v.item.revision, edition: editionNumber, ...(note ? { note } : {}), ...details },
    });
  }

  // --- the rules of particular moves ---

  private assertSubmittable(def: ContentTypeDefinition, content: Record<string, unknown>, v: ItemView): void {
    const missing = missingToSubmit(def.schema, content);
    if (missing.content.length) throw unprocessable('CONTENT_INCOMPLETE', { missing: missing.content });
    if (missing.provenance.length) throw unprocessable('PROVENANCE_INCOMPLETE', { missing: missing.provenance });
    assertValid(def, content);
    if (!v.edition.noSecretConfirmed) throw unprocessable('SECRET_CONFIRMATION_REQUIRED', { field: 'noSecretConfirmed' });
  }

  /**
   * Secrecy stamps and citizen IDs block submit and approve — in the title, summary, body and the
   * documents the body links to (read before the transaction); only `content.override` passes, with a reason.
   * A linked document the scan could not read in full (a scanned PDF, an unreadable file, a PDF past the
   * reading limits) does not block: it is named in the move's record (`unscannedAttachments`, in the item's
   * history and the audit log), as the person's own check is what covers it.
   */
  private assertClassification(
    content: Record<string, unknown>,
    attachments: Attachments | null,
    dto: TransitionRequest,
    details: Record<string, unknown>,
  ): void {
    const hits = scanClassification({
      title: String(content.title ?? ''),
      summary: typeof content.summary === 'string' ? content.summary : '',
      bodyHtml: typeof content.body === 'string' ? content.body : '',
      attachments: attachments?.texts ?? [],
    });
    if (attachments?.unchecked.length) details.unscannedAttachments = attachments.unchecked;
    if (hits.length === 0) return;
    if (!dto.override) throw unprocessable('CLASSIFICATION_HIT', { hits });
    details.classificationHits = hits.map((h) => ({ kind: h.kind, field: h.field, attachment: h.attachment, excerpt: h.excerpt }));
  }

  /** Reads the linked documents' text of the item's current revision, outside any transaction. */
  private async readAttachments(siteId: string, type: string, id: string, action: TransitionRequest['action']): Promise<Attachments | null> {
    if (action !== 'submit' && action !== 'approve') return null;
    const v = await this.repo.view(siteId, type, id);
    if (!v) return null;
    const body = typeof v.head.content.body === 'string' ? v.head.content.body : '';
    const ids = [...new Set([...body.matchAll(DOC_LINK)].map((m) => m[1]!))];
    const docs = ids.length ? await this.media.documentTexts(siteId, ids) : [];
    return {
      headRevisionId: v.head.id,
      texts: docs.map((d) => ({ name: d.name, text: d.text })),
      unchecked: docs.flatMap((d) => (d.reading === 'full' ? [] : [{ name: d.name, reading: d.reading }])),
    };
  }

  /**
   * Every image the item shows is the site's own and carries alt text (`missingAltText()`, the rule the admin
   * shows too), on every move into or through review and live (`checksAltText()`): the places are named.
   */
  private async assertAltText(siteId: string, def: ContentTypeDefinition, content: Record<string, unknown>): Promise<void> {
    const ids = imageMediaIds(def.schema, content);
    if (ids.length === 0) return;
    const [images, withAltText] = await Promise.all([this.media.siteImageIds(siteId, ids), this.media.imagesWithAltText(siteId, ids)]);
    const places = missingAltText(def.schema, content, { images, withAltText });
    if (places.length) {
      const mediaIds = [...new Set(places.flatMap((p) => (p.mediaId ? [p.mediaId] : [])))];
      throw unprocessable('MEDIA_ALT_MISSING', { mediaIds, places });
    }
  }

  private async assertAssignee(siteId: string, assigneeId: string | undefined, fieldId: string | null): Promise<string> {
    if (!assigneeId) throw new ValidationFailed([{ field: 'assigneeId', rule: 'isDefined' }]);
    if (!fieldId) throw unprocessable('FIELD_REQUIRED');
    const [m] = await this.members.withFields(siteId, [assigneeId]);
    if (!m || !isEligibleAssignee({ role: m.role, fieldIds: (m.fields ?? []).map((f) => f.id) }, fieldId)) {
      throw unprocessable('ASSIGNEE_NOT_ELIGIBLE', { assigneeId });
    }
    return assigneeId;
  }

  private schedule(dto: TransitionRequest, now: Date): { publishAt: Date | null; unpublishAt: Date | null } {
    const publishAt = dto.publishAt ? new Date(dto.publishAt) : null;
    const unpublishAt = dto.unpublishAt ? new Date(dto.unpublishAt) : null;
    const start = publishAt && publishAt > now ? publishAt : now;
    if (unpublishAt && unpublishAt <= start) throw unprocessable('INVALID_SCHEDULE', { field: 'unpublishAt' });
    return { publishAt: publishAt && publishAt > now ? publishAt : null, unpublishAt };
  }
}

function displayFrom(v: ItemView): string {
  return v.item.currentEditionId === v.item.liveEditionId && v.item.liveStatus ? v.item.liveStatus : v.edition.status;
}

import { Injectable } from '@nestjs/common';
import { DOCUMENT_SCHEMA, type DocumentContent } from '@congxa/shared/content';
import type { Page } from '@congxa/shared/dto/common';
import type { PublicDocument, PublicDocumentQuery, PublicDocumentRelation, PublicDocumentSummary, PublicValidity } from '@congxa/shared/dto/documents';
import {
  DOCUMENT_TYPES,
  documentNumberKey,
  documentValidity,
  findDocumentType,
  type IncomingRelation,
  isPlainDate,
  isRelationKind,
  looksLikeDocumentNumber,
  type RelationKind,
  relationLabel,
  todayInVietnam,
  validityReason,
} from '@congxa/shared/legal';
import { foldVietnamese } from '@congxa/shared/text';
import { PublicCache } from '../../common/cache/public-cache';
import { AppException } from '../../common/errors/app-exception';
import { paging } from '../../common/http/paging';
import { FieldsService } from '../fields/fields.service';
import { MediaService } from '../media/media.service';
import { contentOf } from '../publishing/content-values';
import { PublicContentService, type LiveItem } from '../publishing/public-content.service';
import { SitesService } from '../sites/sites.service';

type Ref = { name: string; slug: string };

/** One published document of the register, read for a day: what the list filters on and shows. */
interface Entry {
  live: LiveItem;
  content: DocumentContent;
  summary: PublicDocumentSummary;
  /** The number's lookup key (`1/2024/qd-ubnd`), or null. */
  key: string | null;
  /** Title, number, issuing body and summary, folded (`quyet dinh …`). */
  folded: string;
  fieldSlug: string | null;
  year: number | null;
  /** Published documents acting on this one (their live relations point here). */
  incoming: { kind: RelationKind; by: LiveItem; byContent: DocumentContent }[];
}

interface Register {
  entries: Entry[];
  bySlug: Map<string, Entry>;
  byId: Map<string, Entry>;
}

/** The first moment of the day after `today` in Vietnam (UTC+7, no daylight saving). */
export function nextVietnamMidnight(today: string): Date {
  return new Date(Date.parse(`${today}T00:00:00+07:00`) + 86_400_000);
}

const typeLabel = (code: string): string => findDocumentType(code)?.label.vi ?? code;
const dayOrNull = (v: unknown): string | null => (isPlainDate(v) ? v : null);

/**
 * The public register of legal documents (Văn bản): published documents only, each with its validity on
 * the day (Vietnam time) computed from its dates and from what other published documents do to it, and its
 * relations both ways. A commune's register is small (hundreds), so it is read whole once per site, day and
 * generation of the public cache, and filtered in memory. Validity changes at midnight without an edit: the
 * cache keys name the day, and the site's kept answers (whole JSON answers too) are dropped at midnight.
 */
@Injectable()
export class PublicDocumentsService {
  constructor(
    private readonly sites: SitesService,
    private readonly content: PublicContentService,
    private readonly fields: FieldsService,
    private readonly media: MediaService,
    private readonly cache: PublicCache,
  ) {}

  async list(host: string | undefined, q: PublicDocumentQuery, now = new Date()): Promise<Page<PublicDocumentSummary>> {
    const site = await this.sites.resolvePublic(host);
    const p = paging(q);
    const today = todayInVietnam(now);
    const query = (q.q ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
    const key = `document:list:${today}:${q.type ?? ''}:${q.issuer ?? ''}:${q.year ?? ''}:${q.field ?? ''}:${q.status ?? ''}:${p.page}:${p.pageSize}:${query}`;
    return this.cache.get(site.id, key, async () => {
      const { entries } = await this.register(site.id, today);
      const number = query !== '' && looksLikeDocumentNumber(query) ? documentNumberKey(query) : null;
      const words =
        number === null && query !== ''
          ? foldVietnamese(query)
              .split(/[^\p{L}\p{N}]+/u)
              .filter(Boolean)
          : [];
      const found = entries.filter(
        (e) =>
          (!q.type || e.content.documentType === q.type) &&
          (!q.issuer || e.content.issuerLevel === q.issuer) &&
          (!q.year || e.year === q.year) &&
          (!q.field || e.fieldSlug === q.field) &&
          (!q.status || e.summary.validity.status === q.status) &&
          // A shorter symbol finds the longer ones it starts (`135/ubnd` → `135/ubnd-vp`).
          (number === null || (e.key !== null && (e.key === number || e.key.startsWith(`${number}-`)))) &&
          words.every((w) => e.folded.includes(w)),
      );
      const start = (p.page - 1) * p.pageSize;
      return { items: found.slice(start, start + p.pageSize).map((e) => e.summary), total: found.length, page: p.page, pageSize: p.pageSize };
    });
  }

  /** One published (or archived) document by its slug, or an old slug of it; withdrawn → 404 saying so. */
  async get(host: string | undefined, slug: string, now = new Date()): Promise<PublicDocument> {
    const site = await this.sites.resolvePublic(host);
    const today = todayInVietnam(now);
    return this.cache.getOrThrow(site.id, `document:${today}:${slug}`, () => this.read(site.id, slug, today));
  }

  /**
   * The published documents among `ids`, in that order, as another type links to them (a procedure's legal
   * basis): slug, number, title and validity on the day. Those not published (withdrawn since) are left out.
   */
  async refsOf(siteId: string, ids: readonly string[], now = new Date()): Promise<{ slug: string; number: string; title: string; validity: PublicValidity }[]> {
    if (!ids.length) return [];
    const { byId } = await this.register(siteId, todayInVietnam(now));
    return ids.flatMap((id) => {
      const e = byId.get(id);
      return e ? [{ slug: e.live.item.slug, number: e.content.number, title: e.content.title, validity: e.summary.validity }] : [];
    });
  }

  private async read(siteId: string, slug: string, today: string): Promise<PublicDocument> {
    const found = await this.content.bySlug(siteId, 'document', slug);
    const status = found?.item.liveStatus;
    if (!found || (status !== 'published' && status !== 'archived')) {
      throw new AppException(404, status === 'unpublished' ? 'DOCUMENT_WITHDRAWN' : 'NOT_FOUND');
    }
    const register = await this.register(siteId, today);
    // An archived document is not in the register's list, but keeps its page.
    const entry = register.byId.get(found.item.id) ?? (await this.entry(siteId, found, register, today));
    const c = entry.content;
    const outgoing: PublicDocumentRelation[] = c.relations.flatMap((r) => {
      const other = register.byId.get(r.itemId);
      if (!other || !isRelationKind(r.kind)) return [];
      return [{ direction: 'outgoing' as const, kind: r.kind, label: labels(r.kind, 'outgoing'), document: refOf(other.live, other.content) }];
    });
    const incoming: PublicDocumentRelation[] = entry.incoming.map((r) => ({
      direction: 'incoming' as const,
      kind: r.kind,
      label: labels(r.kind, 'incoming'),
      document: refOf(r.by, r.byContent),
    }));
    return {
      ...entry.summary,
      signer: c.signer,
      signerPosition: c.signerPosition,
      summary: c.summary,
      files: await this.media.publicDocumentFiles(siteId, c.attachments),
      relations: [...outgoing, ...incoming],
      updatedAt: (found.item.liveUpdatedAt ?? found.item.publishedAt ?? found.item.createdAt).toISOString(),
    };
  }

  /** The site's published documents for the day, newest issue first, with their relations both ways. */
  private register(siteId: string, today: string): Promise<Register> {
    return this.cache.get(siteId, `document:register:${today}`, async () => {
      // Whatever is kept for the site (whole answers too) may show yesterday's validity after midnight.
      this.cache.expireAt(siteId, nextVietnamMidnight(today));
      const [all, fields] = await Promise.all([this.content.all(siteId, 'document'), this.fields.refs(siteId)]);
      const live = all.filter((d) => d.item.liveStatus === 'published');
      const refs = new Map<string, Ref>(fields.map((f) => [f.id, { name: f.name, slug: f.slug }]));
      const register: Register = { entries: [], bySlug: new Map(), byId: new Map() };
      const contents = new Map(live.map((d) => [d.item.id, contentOf(DOCUMENT_SCHEMA, d.live) as DocumentContent]));
      const incoming = incomingOf(live, contents);
      for (const d of live) {
        const e = entryOf(d, contents.get(d.item.id)!, incoming.get(d.item.id) ?? [], refs, today);
        register.entries.push(e);
        register.bySlug.set(d.item.slug, e);
        register.byId.set(d.item.id, e);
      }
      register.entries.sort(
        (a, b) =>
          (b.content.issuedOn ?? '').localeCompare(a.content.issuedOn ?? '') ||
          b.summary.publishedAt.localeCompare(a.summary.publishedAt) ||
          a.live.item.id.localeCompare(b.live.item.id),
      );
      return register;
    });
  }

  /** An archived document's entry, with the register's documents acting on it. */
  private async entry(siteId: string, found: LiveItem, register: Register, today: string): Promise<Entry> {
    const content = contentOf(DOCUMENT_SCHEMA, found.live) as DocumentContent;
    const refs = new Map<string, Ref>((await this.fields.refs(siteId)).map((f) => [f.id, { name: f.name, slug: f.slug }]));
    const contents = new Map(register.entries.map((e) => [e.live.item.id, e.content]));
    const acting = incomingOf(
      register.entries.map((e) => e.live),
      contents,
    ).get(found.item.id);
    return entryOf(found, content, acting ?? [], refs, today);
  }
}

function labels(kind: RelationKind, direction: 'outgoing' | 'incoming'): { vi: string; en: string } {
  return { vi: relationLabel(kind, direction, 'vi'), en: relationLabel(kind, direction, 'en') };
}

function refOf(live: LiveItem, c: DocumentContent): { slug: string; number: string; title: string } {
  return { slug: live.item.slug, number: c.number, title: c.title };
}

/** For each document, the published documents whose live relations point at it. */
function incomingOf(live: LiveItem[], contents: Map<string, DocumentContent>): Map<string, Entry['incoming']> {
  const out = new Map<string, Entry['incoming']>();
  for (const by of live) {
    const byContent = contents.get(by.item.id)!;
    for (const r of byContent.relations) {
      if (!isRelationKind(r.kind) || r.itemId === by.item.id) continue;
      const list = out.get(r.itemId) ?? [];
      list.push({ kind: r.kind, by, byContent });
      out.set(r.itemId, list);
    }
  }
  return out;
}

function entryOf(live: LiveItem, c: DocumentContent, incoming: Entry['incoming'], refs: Map<string, Ref>, today: string): Entry {
  const issuedOn = dayOrNull(c.issuedOn);
  const year = issuedOn ? Number(issuedOn.slice(0, 4)) : null;
  return {
    live,
    content: c,
    key: c.number ? documentNumberKey(c.number) : null,
    folded: foldVietnamese([c.title, c.number, c.issuingBody, c.signer, c.summary].join(' ')),
    fieldSlug: c.fieldId ? (refs.get(c.fieldId)?.slug ?? null) : null,
    year,
    incoming,
    summary: {
      id: live.item.id,
      slug: live.item.slug,
      title: c.title,
      documentType: { code: c.documentType, label: typeLabel(c.documentType) },
      number: c.number,
      issuerLevel: c.issuerLevel,
      issuingBody: c.issuingBody,
      issuedOn,
      effectiveOn: dayOrNull(c.effectiveOn),
      expiresOn: dayOrNull(c.expiresOn),
      field: c.fieldId ? (refs.get(c.fieldId) ?? null) : null,
      validity: validityOf(c, incoming, today),
      publishedAt: (live.item.publishedAt ?? live.item.createdAt).toISOString(),
    },
  };
}

/**
 * The validity on `today`: from the document's dates and the relations acting on it, each from the acting
 * document's effective date (its day of issue when it has none).
 */
function validityOf(c: DocumentContent, incoming: Entry['incoming'], today: string): PublicValidity {
  const issuedOn = dayOrNull(c.issuedOn);
  if (!issuedOn) return { status: 'in_force', since: null, reason: { vi: 'Chưa ghi ngày ban hành', en: 'No date of issue recorded' } };
  const relations: IncomingRelation[] = incoming.map((r) => ({
    kind: r.kind,
    by: { id: r.by.item.id, number: r.byContent.number || null, title: r.byContent.title, typeCode: r.byContent.documentType },
    effectiveOn: dayOrNull(r.byContent.effectiveOn) ?? dayOrNull(r.byContent.issuedOn),
  }));
  const v = documentValidity({ issuedOn, effectiveOn: dayOrNull(c.effectiveOn), expiresOn: dayOrNull(c.expiresOn), relations }, today);
  return { status: v.status, since: v.since, reason: { vi: validityReason(v, 'vi', DOCUMENT_TYPES), en: validityReason(v, 'en', DOCUMENT_TYPES) } };
}

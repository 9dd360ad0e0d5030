import { Injectable } from '@nestjs/common';
import { type ContentRow, isProcedureCode, nationalProcedureUrl, PROCEDURE_SCHEMA, type ProcedureContent, readProcedureCode } from '@congxa/shared/content';
import type {
  ProcedureSort,
  PublicDossierRow,
  PublicProcedure,
  PublicProcedureField,
  PublicProcedurePage,
  PublicProcedureQuery,
  PublicProcedureSummary,
} from '@congxa/shared/dto/procedures';
import { ISSUER_LEVELS, todayInVietnam } from '@congxa/shared/legal';
import { foldVietnamese } from '@congxa/shared/text';
import { PublicCache } from '../../common/cache/public-cache';
import { AppException } from '../../common/errors/app-exception';
import { paging } from '../../common/http/paging';
import { PublicDocumentsService } from '../documents/public-documents.service';
import { FieldsService } from '../fields/fields.service';
import { MediaService } from '../media/media.service';
import { contentOf } from '../publishing/content-values';
import { PublicContentService, type LiveItem } from '../publishing/public-content.service';
import { SitesService } from '../sites/sites.service';

type Ref = { name: string; slug: string };

/** One published procedure, read once per generation of the site's public content: what the list filters and shows. */
interface Entry {
  live: LiveItem;
  content: ProcedureContent;
  summary: PublicProcedureSummary;
  /** Name, code, agency, applicants, result and field name, folded (`dang ky khai sinh …`). */
  folded: string;
}

/** Vietnamese order (PGlite's collation is C: "Đ" would sort after "Z"). */
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
const LEVEL_LABELS = new Map<string, string>(ISSUER_LEVELS.map((l) => [l.code, l.label.vi]));

/**
 * A code or the beginning of one, as people type it: `1.001193`, `1,0011`, `2.`, `1001193` → the code's
 * beginning as stored (`1.001193`, `1.0011`, `2.`, `1.001193`); anything else (words) → null.
 */
export function codePrefix(query: string): string | null {
  const q = query.trim().replace(',', '.');
  return readProcedureCode(q) ?? (/^\d\.\d{0,6}$/.test(q) ? q : null);
}

const ORDER: Record<ProcedureSort, (a: Entry, b: Entry) => number> = {
  field: (a, b) => byField(a, b) || collator.compare(a.summary.code, b.summary.code) || collator.compare(a.summary.title, b.summary.title),
  code: (a, b) => collator.compare(a.summary.code, b.summary.code) || collator.compare(a.summary.title, b.summary.title),
  title: (a, b) => collator.compare(a.summary.title, b.summary.title) || collator.compare(a.summary.code, b.summary.code),
};

/** Procedures without a field come last. */
function byField(a: Entry, b: Entry): number {
  const x = a.summary.field?.name;
  const y = b.summary.field?.name;
  if (x === y) return 0;
  if (x === undefined) return 1;
  if (y === undefined) return -1;
  return collator.compare(x, y);
}

/**
 * The public list of administrative procedures (Thủ tục hành chính) and each procedure's page: published
 * procedures only. A commune carries out a hundred or two, so they are read whole once per site and
 * generation of the public cache and filtered in memory, like the register of legal documents. A page's
 * legal basis carries each document's validity on the day, so its cache key names the day.
 */
@Injectable()
export class PublicProceduresService {
  constructor(
    private readonly sites: SitesService,
    private readonly content: PublicContentService,
    private readonly fields: FieldsService,
    private readonly media: MediaService,
    private readonly documents: PublicDocumentsService,
    private readonly cache: PublicCache,
  ) {}

  async list(host: string | undefined, q: PublicProcedureQuery): Promise<PublicProcedurePage> {
    const site = await this.sites.resolvePublic(host);
    const p = paging(q);
    const sort = q.sort ?? 'field';
    const query = (q.q ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
    const key = `procedure:list:${q.field ?? ''}:${q.level ?? ''}:${sort}:${p.page}:${p.pageSize}:${query}`;
    return this.cache.get(site.id, key, async () => {
      const { entries } = await this.register(site.id);
      const code = query === '' ? null : codePrefix(query);
      const words =
        code === null && query !== ''
          ? foldVietnamese(query)
              .split(/[^\p{L}\p{N}]+/u)
              .filter(Boolean)
          : [];
      // Everything but the field: the fields it spans are the filter's choices and the list's headings.
      const matching = entries.filter(
        (e) => (!q.level || e.content.level === q.level) && (code === null || e.summary.code.startsWith(code)) && words.every((w) => e.folded.includes(w)),
      );
      const found = matching.filter((e) => !q.field || e.summary.field?.slug === q.field).sort(ORDER[sort]);
      const start = (p.page - 1) * p.pageSize;
      return {
        items: found.slice(start, start + p.pageSize).map((e) => e.summary),
        total: found.length,
        page: p.page,
        pageSize: p.pageSize,
        fields: fieldsOf(matching),
      };
    });
  }

  /** One published (or archived) procedure by its slug, or an old slug of it; withdrawn → 404 saying so. */
  async get(host: string | undefined, slug: string, now = new Date()): Promise<PublicProcedure> {
    const site = await this.sites.resolvePublic(host);
    return this.cache.getOrThrow(site.id, `procedure:${todayInVietnam(now)}:${slug}`, () => this.read(site.id, slug, now));
  }

  private async read(siteId: string, slug: string, now: Date): Promise<PublicProcedure> {
    const found = await this.content.bySlug(siteId, 'procedure', slug);
    const status = found?.item.liveStatus;
    if (!found || (status !== 'published' && status !== 'archived')) {
      throw new AppException(404, status === 'unpublished' ? 'PROCEDURE_WITHDRAWN' : 'NOT_FOUND');
    }
    // An archived procedure is not in the list, but keeps its page.
    const entry =
      (await this.register(siteId)).byId.get(found.item.id) ??
      entryOf(found, contentOf(PROCEDURE_SCHEMA, found.live) as ProcedureContent, await this.refs(siteId));
    const c = entry.content;
    const rows = c.dossier as ContentRow[];
    const formIds = [...new Set(rows.flatMap((r) => (r.form ? [r.form] : [])))];
    const [files, basis] = await Promise.all([
      this.media.publicDocumentFiles(siteId, formIds),
      this.documents.refsOf(
        siteId,
        c.legalBasis.filter((r) => r.kind === 'legal-basis').map((r) => r.itemId),
        now,
      ),
    ]);
    const forms = new Map(files.map((f) => [f.id, f]));
    const dossier: PublicDossierRow[] = rows.map((r) => ({
      id: r.id,
      name: r.name ?? '',
      copies: r.copies ?? null,
      form: (r.form && forms.get(r.form)) || null,
    }));
    return {
      ...entry.summary,
      steps: c.steps,
      dossier,
      applicants: c.applicants,
      result: c.result,
      requirements: c.requirements,
      legalBasis: basis,
      legalBasisText: c.legalBasisText,
      nationalUrl: c.nationalUrl || (isProcedureCode(c.code) ? nationalProcedureUrl(c.code) : ''),
      notes: c.notes,
      updatedAt: (found.item.liveUpdatedAt ?? found.item.publishedAt ?? found.item.createdAt).toISOString(),
    };
  }

  /** The site's published procedures, by id. */
  private register(siteId: string): Promise<{ entries: Entry[]; byId: Map<string, Entry> }> {
    return this.cache.get(siteId, 'procedure:register', async () => {
      const [all, refs] = await Promise.all([this.content.all(siteId, 'procedure'), this.refs(siteId)]);
      const entries = all
        .filter((d) => d.item.liveStatus === 'published')
        .map((d) => entryOf(d, contentOf(PROCEDURE_SCHEMA, d.live) as ProcedureContent, refs));
      return { entries, byId: new Map(entries.map((e) => [e.live.item.id, e])) };
    });
  }

  private async refs(siteId: string): Promise<Map<string, Ref>> {
    return new Map((await this.fields.refs(siteId)).map((f) => [f.id, { name: f.name, slug: f.slug }]));
  }
}

function entryOf(live: LiveItem, c: ProcedureContent, refs: Map<string, Ref>): Entry {
  const field = c.fieldId ? (refs.get(c.fieldId) ?? null) : null;
  return {
    live,
    content: c,
    folded: foldVietnamese([c.title, c.code, c.agency, c.applicants, c.result, field?.name ?? ''].join(' ')),
    summary: {
      id: live.item.id,
      slug: live.item.slug,
      title: c.title,
      code: c.code,
      level: { code: c.level, label: LEVEL_LABELS.get(c.level) ?? c.level },
      field,
      agency: c.agency,
      processingTime: c.processingTime,
      fees: c.fees,
      submit: { inPerson: c.submitInPerson, online: c.submitOnline, byPost: c.submitByPost },
      publishedAt: (live.item.publishedAt ?? live.item.createdAt).toISOString(),
    },
  };
}

/** The fields the procedures are in, with how many each, in Vietnamese order. */
function fieldsOf(entries: Entry[]): PublicProcedureField[] {
  const counts = new Map<string, PublicProcedureField>();
  for (const e of entries) {
    const f = e.summary.field;
    if (!f) continue;
    const got = counts.get(f.slug);
    if (got) got.count++;
    else counts.set(f.slug, { name: f.name, slug: f.slug, count: 1 });
  }
  return [...counts.values()].sort((a, b) => collator.compare(a.name, b.name));
}

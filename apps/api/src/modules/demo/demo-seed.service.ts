import { Inject, Injectable, Logger } from '@nestjs/common';
import { sitePermissions } from '@congxa/shared/authz';
import type { TransitionRequest } from '@congxa/shared/dto/content';
import { todayInVietnam } from '@congxa/shared/legal';
import { currentWeek, scheduleTitle, shiftWeek, weekDays, weekSlug } from '@congxa/shared/schedule';
import { type Actor, systemActor } from '../../common/auth/actor';
import { AuditService } from '../../common/audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../../common/config/config';
import { Db } from '../../common/database/db.service';
import { PublishingService, type SaveRequest } from '../publishing/publishing.service';
import { TransitionService } from '../publishing/transition.service';
import type { SiteEntity } from '../sites/site.entity';
import { hashPassword } from '../users/passwords';
import { MediaService } from '../media/media.service';
import { DEMO_ACCOUNTS, DEMO_ARTICLES, DEMO_DOCUMENTS, DEMO_PAGES, DEMO_PASSWORD, DEMO_SITE } from './demo-content';
import { DEMO_FORMS, DEMO_PROCEDURE_AGENCY, DEMO_PROCEDURES, stepsHtml } from './demo-procedures';
import { adjustThisWeek, DEMO_LAST_WEEK, DEMO_THIS_WEEK, type DemoScheduleRow } from './demo-schedules';
import { demoPdf } from './demo-pdf';
import { type DemoPerson, DemoSeedRepository } from './demo-seed.repository';

/**
 * Seeds the demo commune on an empty database, for trying the system only. Every demo item is written and
 * carried through the whole chain by the demo people, through the publishing core (transition()), so each
 * has its history and a filled approval slip.
 */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger('Demo');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Db,
    private readonly fixtures: DemoSeedRepository,
    private readonly publishing: PublishingService,
    private readonly transitions: TransitionService,
    private readonly audit: AuditService,
    private readonly media: MediaService,
  ) {}

  /** True when it seeded (the database had no users and no sites). */
  async seedIfEmpty(): Promise<boolean> {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    // The documents' files, made before the transaction (a PDF each, a few milliseconds).
    const pdfs = await Promise.all(DEMO_DOCUMENTS.map((d) => demoPdf(d.body)));
    const formPdfs = new Map(await Promise.all(Object.entries(DEMO_FORMS).map(async ([key, f]) => [key, await demoPdf(f.lines)] as const)));
    const seeded = await this.db.transaction(async () => {
      if (!(await this.fixtures.lockAndCheckEmpty())) return false;
      const { site, fields, categories, people } = await this.fixtures.insertFixtures(this.config.demoSiteCode, passwordHash);
      const as = (email: string) => actorOf(site, people.get(email)!);
      const [contributor, deputy, chief] = ['contributor@demo.local', 'deputy@demo.local', 'chief@demo.local'].map(as) as [Actor, Actor, Actor];
      const editorOf = (field: string) => {
        const account = DEMO_ACCOUNTS.find((a) => a.role === 'editor' && a.fields?.includes(field));
        return account ? as(account.email) : null;
      };

      // Oldest first, so the newest demo article is the newest on the portal.
      for (const a of [...DEMO_ARTICLES].sort((x, y) => y.daysAgo - x.daysAgo)) {
        const content: SaveRequest = {
          title: a.title,
          summary: a.summary,
          body: a.body,
          kind: a.kind,
          categoryId: categories.get(a.category)?.id ?? null,
          fieldId: fields.get(a.field)?.id ?? null,
          authorName: contributor.fullName!,
          authorAddress: 'Văn phòng Ủy ban nhân dân xã Ân Hảo Đông',
          noSecretConfirmed: true,
        };
        await this.throughTheChain('article', contributor, deputy, editorOf(a.field), chief, content);
      }
      const pageIds = new Map<string, string>();
      for (const p of DEMO_PAGES) {
        const content: SaveRequest = {
          title: p.title,
          summary: p.summary,
          body: p.body,
          fieldId: fields.get('Văn hóa - Xã hội')!.id,
          slug: p.slug,
          parentId: p.parent ? pageIds.get(p.parent)! : null,
          position: p.position,
          noSecretConfirmed: true,
        };
        pageIds.set(p.slug, await this.throughTheChain('page', deputy, deputy, editorOf('Văn hóa - Xã hội'), chief, content));
      }
      // Oldest first: a document's relations name earlier ones. Dates count from today, so the statuses
      // (replaced, expired, in force, not yet in force) hold whenever the demo is made.
      const documentIds = new Map<string, string>();
      const day = dayFromToday(todayInVietnam());
      for (const [i, d] of DEMO_DOCUMENTS.entries()) {
        const file = await this.media.ingestBuffer(deputy, pdfs[i]!, `${d.number.replace(/[/\\]/g, '-')}.pdf`);
        const content: SaveRequest = {
          title: d.title,
          documentType: d.documentType,
          number: d.number,
          issuerLevel: d.issuerLevel,
          issuingBody: d.issuingBody,
          signer: d.signer,
          signerPosition: d.signerPosition,
          issuedOn: day(d.issued),
          effectiveOn: d.effective === null ? null : day(d.effective),
          expiresOn: d.expires === null ? null : day(d.expires),
          summary: d.summary,
          fieldId: fields.get(d.field)!.id,
          attachments: [file.id],
          relations: d.relations.map((r) => ({ kind: r.kind, itemId: documentIds.get(r.ref)! })),
          noSecretConfirmed: true,
        };
        documentIds.set(d.ref, await this.throughTheChain('document', contributor, deputy, editorOf(d.field), chief, content));
      }
      // Procedures: created with their code (the address is made from it and the name), forms from the library.
      const forms = new Map<string, string>();
      for (const [key, f] of Object.entries(DEMO_FORMS)) forms.set(key, (await this.media.ingestBuffer(deputy, formPdfs.get(key)!, f.name)).id);
      for (const p of DEMO_PROCEDURES) {
        const content: SaveRequest = {
          title: p.title,
          code: p.code,
          fieldId: fields.get(p.field)!.id,
          level: 'commune',
          submitInPerson: true,
          submitOnline: p.submitOnline,
          submitByPost: p.submitByPost,
          steps: stepsHtml(p.steps),
          dossier: p.dossier.map((r) => ({ name: r.name, copies: r.copies, form: r.form ? forms.get(r.form)! : null })),
          processingTime: p.processingTime,
          fees: p.fees,
          applicants: p.applicants,
          agency: DEMO_PROCEDURE_AGENCY,
          result: p.result,
          requirements: p.requirements,
          legalBasis: p.legalBasis.map((ref) => ({ kind: 'legal-basis', itemId: documentIds.get(ref)! })),
          legalBasisText: p.legalBasisText,
          nationalUrl: p.nationalUrl ?? '',
          notes: p.notes ?? '',
          noSecretConfirmed: true,
        };
        await this.throughTheChain('procedure', contributor, deputy, editorOf(p.field), chief, content, { title: p.title, code: p.code });
      }
      await this.seedSchedules(contributor, deputy, editorOf('Kinh tế'), chief, fields.get('Kinh tế')!.id);
      await this.audit.record(systemActor('demo-seed'), { action: 'demo.seed', siteId: site.id, targetType: 'site', targetId: site.id });
      return true;
    });
    if (seeded) this.printLogins();
    return seeded;
  }

  /**
   * Created from `first` (the title; a procedure's code too) and written by `author`, submitted, assigned by
   * the deputy to the field's editor, verified, forwarded, approved.
   */
  private async throughTheChain(
    type: string,
    author: Actor,
    deputy: Actor,
    editor: Actor | null,
    chief: Actor,
    content: SaveRequest,
    first: SaveRequest = { title: content.title },
  ): Promise<string> {
    const { id, revision } = await this.publishing.create(author, type, { ...first, noSecretConfirmed: true });
    await this.publishing.update(author, type, id, { ...content, revision });
    await this.chain(type, id, author, deputy, editor, chief);
    return id;
  }

  /** The saved edition of `id`, carried from submission to approval. */
  private async chain(type: string, id: string, author: Actor, deputy: Actor, editor: Actor | null, chief: Actor): Promise<void> {
    const act = (who: Actor, dto: TransitionRequest) => this.transitions.transition(who, type, id, dto, { quiet: true });
    await act(author, { action: 'submit' });
    if (editor) {
      await act(deputy, { action: 'assign', assigneeId: editor.userId! });
      await act(editor, { action: 'verify' });
    }
    await act(deputy, { action: 'forward' });
    await act(chief, { action: 'approve' });
  }

  /** Last week's and this week's schedules (Vietnam time); this week's adjusted once after publication (a second edition). */
  private async seedSchedules(author: Actor, deputy: Actor, editor: Actor | null, chief: Actor, fieldId: string): Promise<void> {
    const rowsOf = (week: string, rows: DemoScheduleRow[]) => {
      const days = weekDays(week);
      return rows.map(({ day, ...r }) => ({ ...r, date: days[day]! }));
    };
    const thisWeek = currentWeek();
    for (const [week, rows] of [
      [shiftWeek(thisWeek, -1), DEMO_LAST_WEEK],
      [thisWeek, DEMO_THIS_WEEK],
    ] as const) {
      const content = { title: scheduleTitle(week), week, slug: weekSlug(week), fieldId, rows: rowsOf(week, rows), noSecretConfirmed: true };
      const id = await this.throughTheChain('schedule', author, deputy, editor, chief, content);
      if (week !== thisWeek) continue;
      // The adjustment keeps the rows' ids (as the admin does), so only the changed rows are marked.
      const saved = await this.publishing.get(author, 'schedule', id);
      const ids = new Map((saved.rows as { id: string; activity: string }[]).map((r) => [r.activity, r.id]));
      const adjusted = rowsOf(week, adjustThisWeek(DEMO_THIS_WEEK)).map((r) => ({ ...r, id: ids.get(r.activity) }));
      // A new edition of the live week, through the chain again.
      await this.publishing.update(author, 'schedule', id, { rows: adjusted, noSecretConfirmed: true, revision: saved.revision });
      await this.chain('schedule', id, author, deputy, editor, chief);
    }
  }

  private printLogins(): void {
    const lines = DEMO_ACCOUNTS.map(
      (a) => `  ${a.email.padEnd(26)} ${a.isPlatformAdmin ? 'platform admin' : a.role}${a.fields?.length ? ` (${a.fields.join(', ')})` : ''}`,
    );
    this.logger.warn(
      [
        `Đã tạo dữ liệu mẫu "${DEMO_SITE.name}" — CHỈ ĐỂ DÙNG THỬ, không dùng cho trang thật. / Demo data created — FOR TRYING THE SYSTEM ONLY.`,
        `Mật khẩu chung / password for all: ${DEMO_PASSWORD}`,
        ...lines,
        `Quản trị / admin: ${this.config.publicUrl}/admin/   Cổng thông tin / portal: ${this.config.publicUrl}/`,
      ].join('\n'),
    );
  }
}

/** `YYYY-MM-DD` of the day `offset` days from `today` (a Vietnam day). */
function dayFromToday(today: string): (offset: number) => string {
  const start = Date.parse(`${today}T00:00:00Z`);
  return (offset) => new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
}

/** A demo person acting in the demo site, with the permissions of their role (as the guard would build it). */
function actorOf(site: SiteEntity, p: DemoPerson): Actor {
  const m = p.membership;
  return {
    kind: 'user',
    userId: p.user.id,
    email: p.user.email,
    fullName: p.user.fullName,
    isPlatformAdmin: p.user.isPlatformAdmin,
    site: { id: site.id, code: site.code, slug: site.slug, name: site.name },
    membership: m ? { id: m.id, role: m.role, isStaff: m.isStaff, fieldIds: (m.fields ?? []).map((f) => f.id) } : null,
    permissions: new Set(sitePermissions(m?.role ?? null, p.user.isPlatformAdmin)),
    clientAddress: null,
  };
}

import { readFile } from 'node:fs/promises';
import { Inject, Injectable } from '@nestjs/common';
import { defaultContent } from '@congxa/shared/content';
import {
  isFlagSet,
  SPREADSHEET_IMPORT_TYPES,
  SpreadsheetImportFields,
  type SpreadsheetImportedItem,
  type SpreadsheetImportResponse,
  type SpreadsheetImportType,
  type SpreadsheetPreviewResponse,
} from '@congxa/shared/dto/imports';
import { errorMessage } from '@congxa/shared/errors';
import type { Actor } from '../../../common/auth/actor';
import { AuditService } from '../../../common/audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../../../common/config/config';
import { Db } from '../../../common/database/db.service';
import { AppException, notFound } from '../../../common/errors/app-exception';
import { ValidationFailed } from '../../../common/errors/error.filter';
import { AppValidationPipe } from '../../../common/validation/validation.pipe';
import { FieldsService } from '../../fields/fields.service';
import { cleanFileName, MediaService } from '../../media/media.service';
import { sniffFile } from '../../media/sniff';
import type { ReceivedUpload } from '../../media/upload-reader';
import { ContentTypes, type ContentTypeDefinition } from '../../publishing/content-types';
import { PublishingService } from '../../publishing/publishing.service';
import { TransitionService } from '../../publishing/transition.service';
import { type Analysis, analyseSheet, type AttachedFile, type ExistingItem } from './analyse';
import type { SpreadsheetMapper } from './mapper';
import { SPREADSHEET_MAPPERS } from './mappers';
import { readSpreadsheet, type Sheet } from './sheet';
import { buildTemplate } from './template';

interface Read {
  type: SpreadsheetImportType;
  def: ContentTypeDefinition;
  sheet: Sheet;
  analysis: Analysis;
}

const ENCODING_NOTICE = {
  vi: 'Tệp CSV không phải UTF-8: đã đọc theo bảng mã Windows-1258 (hãy kiểm tra lại dấu tiếng Việt).',
  en: 'The CSV file is not UTF-8: it was read as Windows-1258 (check the Vietnamese marks).',
};

/**
 * A register filled from a spreadsheet: preview reads and checks every row without writing anything;
 * import writes the rows in one transaction (all or nothing), each as a new draft (revision reason `import`)
 * or a new edition of the item its key finds, with its files added to the media library first, then, when
 * asked, submits each item into the approval chain.
 */
@Injectable()
export class SpreadsheetImportService {
  private readonly fieldsPipe = new AppValidationPipe();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Db,
    private readonly types: ContentTypes,
    private readonly publishing: PublishingService,
    private readonly transitions: TransitionService,
    private readonly media: MediaService,
    private readonly fields: FieldsService,
    private readonly audit: AuditService,
  ) {}

  /** The largest attached file the media library takes (the upload reader's limit for the `files` field). */
  get maxFileBytes(): number {
    return this.config.media.maxDocumentBytes;
  }

  async template(type: string): Promise<{ xlsx: Buffer; filename: string }> {
    const { mapper } = this.mapperOf(type);
    return { xlsx: await buildTemplate(mapper), filename: `mau-nhap-${type}.xlsx` };
  }

  async preview(
    actor: Actor,
    type: string,
    sheet: ReceivedUpload | undefined,
    files: ReceivedUpload[],
    fields: Record<string, string>,
  ): Promise<SpreadsheetPreviewResponse> {
    await this.flags(fields);
    const read = await this.read(actor, type, sheet, files);
    const { rows, header, unusedFiles } = read.analysis;
    const invalid = rows.filter((r) => r.errors.length).length;
    const count = (kind: string) => rows.filter((r) => !r.errors.length && r.match.kind === kind).length;
    return {
      type: read.type,
      format: read.sheet.format,
      sheet: read.sheet.name,
      headerRow: header.row,
      columns: header.columns,
      rows,
      counts: { rows: rows.length, valid: rows.length - invalid, invalid, new: count('new'), update: count('update'), unchanged: count('unchanged') },
      unusedFiles,
      notices: read.sheet.encoding && read.sheet.encoding !== 'utf-8' ? [ENCODING_NOTICE] : [],
    };
  }

  async commit(
    actor: Actor,
    type: string,
    sheet: ReceivedUpload | undefined,
    files: ReceivedUpload[],
    fields: Record<string, string>,
  ): Promise<SpreadsheetImportResponse> {
    const flags = await this.flags(fields);
    if (flags.submit && !flags.noSecretConfirmed) throw new ValidationFailed([{ field: 'noSecretConfirmed', rule: 'equals' }]);
    const read = await this.read(actor, type, sheet, files);
    const rows = read.analysis.rows;
    const invalid = rows.filter((r) => r.errors.length).map((r) => r.row);
    if (invalid.length && !flags.skipInvalid) throw new AppException(422, 'IMPORT_ROWS_INVALID', { rows: invalid });
    const todo = rows.filter((r) => !r.errors.length && r.match.kind !== 'unchanged');

    // The files first, outside the transaction (each one checked and stored as any upload; one the library
    // already holds is reused). If the import then fails, they stay in the library, unattached.
    const mediaIds = new Map<string, string>();
    for (const name of new Set(todo.flatMap((r) => read.analysis.rowFiles.get(r.row) ?? []))) {
      const upload = files.find((f) => f.filename === name)!;
      mediaIds.set(name, (await this.media.upload(actor, { ...upload, fields: {} })).id);
    }

    const attachmentsKey = Object.entries(read.def.schema.fields).find(([, s]) => s.kind === 'attachments')?.[0];
    const confirmed = flags.noSecretConfirmed ? { noSecretConfirmed: true } : {};
    const fileName = cleanFileName(sheet!.filename);
    const items = await this.db.transaction(async () => {
      const out: SpreadsheetImportedItem[] = [];
      for (const r of todo) {
        const content: Record<string, unknown> = { ...r.content, ...confirmed };
        if (attachmentsKey) {
          const added = (read.analysis.rowFiles.get(r.row) ?? []).map((n) => mediaIds.get(n)!);
          content[attachmentsKey] = [...new Set([...((r.content[attachmentsKey] as string[]) ?? []), ...added])];
        }
        const saved =
          r.match.kind === 'update'
            ? await this.publishing.update(actor, read.type, r.match.itemId, { ...content, revision: r.match.revision })
            : await this.publishing.create(actor, read.type, content, 'import');
        const action = r.match.kind === 'update' ? 'updated' : 'created';
        await this.audit.record(actor, {
          action: `${read.type}.import`,
          targetType: read.type,
          targetId: saved.id,
          details: { action, fileName, sha256: sheet!.sha256, row: r.row, revision: saved.revision },
        });
        out.push({ row: r.row, id: saved.id, title: saved.title, action, submitted: false });
      }
      return out;
    });

    // Into the chain, each on its own: one that cannot go (a classification mark, say) stays a draft.
    if (flags.submit) {
      for (const item of items) {
        try {
          await this.transitions.transition(actor, read.type, item.id, { action: 'submit' });
          item.submitted = true;
        } catch (err) {
          if (!(err instanceof AppException)) throw err;
          item.submitError = { code: err.code, message: errorMessage(err.code, 'vi') };
        }
      }
    }
    return {
      type: read.type,
      created: items.filter((i) => i.action === 'created').length,
      updated: items.filter((i) => i.action === 'updated').length,
      unchanged: rows.filter((r) => !r.errors.length && r.match.kind === 'unchanged').length,
      skipped: invalid,
      files: mediaIds.size,
      submitted: items.filter((i) => i.submitted).length,
      items,
    };
  }

  private async flags(fields: Record<string, string>) {
    const f = (await this.fieldsPipe.transform(fields, { type: 'body', metatype: SpreadsheetImportFields })) as SpreadsheetImportFields;
    return { skipInvalid: isFlagSet(f.skipInvalid), submit: isFlagSet(f.submit), noSecretConfirmed: isFlagSet(f.noSecretConfirmed) };
  }

  /** The type's mapper, for a type the API has registered (else 404, as for an unknown route). */
  private mapperOf(type: string): { type: SpreadsheetImportType; mapper: SpreadsheetMapper; def: ContentTypeDefinition } {
    if (!(SPREADSHEET_IMPORT_TYPES as readonly string[]).includes(type) || !this.types.has(type)) throw notFound('ROUTE_NOT_FOUND');
    const t = type as SpreadsheetImportType;
    return { type: t, mapper: SPREADSHEET_MAPPERS[t], def: this.types.get(t) };
  }

  private async read(actor: Actor, type: string, upload: ReceivedUpload | undefined, files: ReceivedUpload[]): Promise<Read> {
    const { mapper, def, type: t } = this.mapperOf(type);
    if (!upload) throw new ValidationFailed([{ field: 'file', rule: 'isDefined' }]);
    const names = new Set<string>();
    for (const f of files) {
      if (names.has(f.filename)) throw new ValidationFailed([{ field: 'files', rule: 'arrayUnique' }]);
      names.add(f.filename);
    }
    const sheet = await readSpreadsheet(await readFile(upload.path), cleanFileName(upload.filename));
    const existing = new Map<string, ExistingItem>();
    for (const entry of await this.publishing.register(actor, t)) {
      const key = mapper.keyOf(entry.content);
      if (key !== null && !existing.has(key)) existing.set(key, entry);
    }
    const analysis = await analyseSheet(sheet, {
      def,
      mapper,
      initial: { ...defaultContent(def.schema), ...(def.initialContent?.(actor) ?? {}) },
      existing,
      fields: await this.fields.refs(actor.site!.id),
      files: await Promise.all(files.map((f) => this.checkFile(f))),
    });
    return { type: t, def, sheet, analysis };
  }

  /**
   * Would the media library take this file as a document? Judged by its bytes, as an upload is (its size
   * was held to the library's limit as it arrived).
   */
  private async checkFile(f: ReceivedUpload): Promise<AttachedFile> {
    const name = f.filename;
    try {
      const sniffed = await sniffFile(f.path, f.sizeBytes);
      if (sniffed.kind === 'document') return { name, refused: null };
    } catch (err) {
      if (!(err instanceof AppException)) throw err;
    }
    return { name, refused: { vi: 'không phải tệp PDF hoặc Word (.docx) đọc được.', en: 'not a readable PDF or Word (.docx) file.' } };
  }
}

import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { type ContentRow, type ContentTypeSchema, missingToSubmit } from '@congxa/shared/content';
import { SPREADSHEET_MAX_ROWS, type SpreadsheetFileMatch, type SpreadsheetProblem, type SpreadsheetRowPreview } from '@congxa/shared/dto/imports';
import { AppException } from '../../../common/errors/app-exception';
import type { ContentTypeDefinition } from '../../publishing/content-types';
import type { RegisterEntry } from '../../publishing/publishing.service';
import { applyChanges, changedKeys } from '../../publishing/content-values';
import { foldKey } from './cells';
import { findHeader, type HeaderMatch, mapRow, type MapContext, type SpreadsheetMapper } from './mapper';
import type { Sheet } from './sheet';

/** An item of the register a row may update (and whether the importer may save it now). */
export type ExistingItem = RegisterEntry;

/** A file sent with the sheet: its name, and why the media library would refuse it (when it would). */
export interface AttachedFile {
  name: string;
  refused: { vi: string; en: string } | null;
}

export interface AnalysisContext extends MapContext {
  def: Pick<ContentTypeDefinition, 'schema' | 'requests' | 'validate'>;
  mapper: SpreadsheetMapper;
  /** A new item's content before the row's changes (defaults and the type's initial content). */
  initial: Record<string, unknown>;
  /** The register's items by key. */
  existing: ReadonlyMap<string, ExistingItem>;
  files: readonly AttachedFile[];
}

export interface Analysis {
  header: HeaderMatch;
  rows: SpreadsheetRowPreview[];
  /** For each row, the file names it attaches (as sent). */
  rowFiles: Map<number, string[]>;
  unusedFiles: string[];
}

const msg = (vi: string, en: string) => ({ vi, en });

/** A file name compared loosely: NFC, any case, spaces as one. */
export const fileKey = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
const stem = (key: string) => key.replace(/\.[a-z0-9]{1,5}$/, '');

/** The file a sheet names: by its full name, else by its name without extension when only one file has it. */
function findFile(files: readonly AttachedFile[], name: string): AttachedFile | null {
  const key = fileKey(name);
  const exact = files.find((f) => fileKey(f.name) === key);
  if (exact) return exact;
  const byStem = files.filter((f) => stem(fileKey(f.name)) === key);
  return byStem.length === 1 ? byStem[0]! : null;
}

/** What class-validator's rule means, for a person. */
function ruleMessage(error: ValidationError, schema: ContentTypeSchema): { code: string; message: { vi: string; en: string } } {
  const rule = Object.keys(error.constraints ?? {})[0] ?? 'invalid';
  const spec = schema.fields[error.property];
  const max = spec && 'max' in spec ? spec.max : spec && 'maxItems' in spec ? spec.maxItems : undefined;
  const min = spec && 'min' in spec ? spec.min : undefined;
  if (error.value === '' || error.value === null || error.value === undefined)
    return { code: 'required', message: msg('Không được để trống.', 'Must not be empty.') };
  switch (rule) {
    case 'maxLength':
      return { code: rule, message: msg(`Dài quá ${max} ký tự.`, `Longer than ${max} characters.`) };
    case 'minLength':
      return { code: rule, message: msg(`Cần ít nhất ${min} ký tự.`, `At least ${min} characters.`) };
    case 'arrayMaxSize':
      return { code: rule, message: msg(`Nhiều quá ${max} mục.`, `More than ${max} entries.`) };
    default:
      return { code: rule, message: msg('Giá trị không hợp lệ.', 'Invalid value.') };
  }
}

/** Where a nested rule broke (a dossier row's cell): the problem of its field. */
const firstLeaf = (e: ValidationError): ValidationError => (e.constraints || !e.children?.length ? e : firstLeaf(e.children[0]!));

/** Why a row cannot update the item its key finds: one the importer may not read (named by nothing of it), or may not save now. */
function registerProblem(found: ExistingItem | undefined): SpreadsheetProblem | null {
  if (!found || found.editable) return null;
  const message = found.readable
    ? msg(
        `“${found.title}” đang trong quy trình duyệt hoặc bạn không được sửa: không cập nhật được bằng bảng tính.`,
        `“${found.title}” is in the approval chain or not yours to edit: it cannot be updated from the sheet.`,
      )
    : msg(
        'Đã có một mục cùng khoá mà bạn không được xem: không cập nhật được bằng bảng tính.',
        'An item with this key exists that you may not see: it cannot be updated from the sheet.',
      );
  return { column: null, field: null, code: 'notEditable', message };
}

/** The files a row names, each found among those sent (and noted as used) or a problem of the file column. */
function matchFiles(
  names: readonly string[],
  sent: readonly AttachedFile[],
  used: Set<AttachedFile>,
  at: { field: string; column: string | null } | null,
  errors: SpreadsheetProblem[],
): SpreadsheetFileMatch[] {
  return names.map((name) => {
    const file = findFile(sent, name);
    if (file) used.add(file);
    const problem = (code: string, message: { vi: string; en: string }) => errors.push({ column: at?.column ?? null, field: at?.field ?? null, code, message });
    if (!file) problem('fileMissing', msg(`Chưa gửi kèm tệp “${name}”.`, `The file “${name}” was not attached.`));
    else if (file.refused) problem('fileRefused', msg(`Tệp “${name}”: ${file.refused.vi}`, `File “${name}”: ${file.refused.en}`));
    return { name: file?.name ?? name, found: !!file && !file.refused };
  });
}

/**
 * Reads the rows of a sheet as items of a type, without writing anything: each row's content, whether it
 * makes a new item or a new edition of one (found by the type's key), and every problem — of a cell (a date
 * that is not one, an unknown type or field), of the save's rules (the type's request class and its
 * `validate` hook), of the register (a key twice in the sheet, an item waiting for approval), and of its
 * files (not sent, or not a PDF or Word document). What submit will need is a warning, not an error.
 */
export async function analyseSheet(sheet: Sheet, ctx: AnalysisContext): Promise<Analysis> {
  const header = findHeader(sheet.rows, ctx.mapper);
  if (!header) {
    throw new AppException(422, 'SPREADSHEET_HEADER_NOT_FOUND', { expected: ctx.mapper.columns.map((c) => c.headers[0]) });
  }
  const data = sheet.rows.slice(header.index + 1);
  if (data.length > SPREADSHEET_MAX_ROWS) throw new AppException(422, 'SPREADSHEET_TOO_MANY_ROWS', { maxRows: SPREADSHEET_MAX_ROWS, rows: data.length });
  const { schema } = ctx.def;
  const columnOf = (field: string) => header.columns.find((c) => c.field === field)?.header ?? null;
  const seen = new Map<string, number>();
  const used = new Set<AttachedFile>();
  const rowFiles = new Map<number, string[]>();
  const rows: SpreadsheetRowPreview[] = [];

  for (const row of data) {
    const mapped = mapRow(row, header, ctx.mapper, ctx);
    const errors: SpreadsheetProblem[] = [...mapped.problems];
    const at = (field: string, code: string, message: { vi: string; en: string }) => errors.push({ column: columnOf(field), field, code, message });

    // The save's own rules, on what the row sets (a field whose cell could not be read is left out).
    const broken = new Set(mapped.problems.map((p) => p.field));
    const changes = Object.fromEntries(Object.entries(mapped.changes).filter(([k]) => !broken.has(k)));
    const request = plainToInstance(ctx.def.requests.Create, { title: '', ...changes });
    for (const e of await validate(request, { whitelist: true, forbidNonWhitelisted: true })) {
      const leaf = firstLeaf(e);
      const { code, message } = ruleMessage({ ...leaf, property: e.property }, schema);
      at(e.property, code, message);
    }

    // The key: the row's content, on top of the item it updates (the key's own fields are the row's).
    const draft = applyChanges(schema, ctx.initial, changes);
    const key = ctx.mapper.keyOf(draft);
    // An item the importer may not read only makes the row an error: nothing of it is shown or used.
    const found = key === null ? undefined : ctx.existing.get(key);
    const target = found?.readable ? found : undefined;
    // An empty cell of a row that updates an item keeps the item's value, and so does another spelling of it.
    const same = (k: string, v: unknown) => mapped.blank.has(k) || !!ctx.mapper.sameValue?.[k]?.(target!.content[k], v);
    const content = target
      ? applyChanges(schema, target.content, keepRows(schema, target.content, Object.fromEntries(Object.entries(changes).filter(([k, v]) => !same(k, v)))))
      : applyChanges(schema, ctx.initial, changes);

    for (const field of ctx.def.validate?.(content) ?? []) {
      if (broken.has(field)) continue;
      at(field, 'rule', ctx.mapper.ruleMessages[field] ?? msg('Không đúng quy tắc của loại nội dung này.', 'Breaks a rule of this content type.'));
    }

    if (key !== null) {
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        for (const field of ctx.mapper.keyFields.slice(0, 1)) {
          at(field, 'duplicateRow', msg(`Trùng với dòng ${earlier} của bảng tính.`, `Same as row ${earlier} of the sheet.`));
        }
      } else seen.set(key, row.number);
    }
    const locked = registerProblem(found);
    if (locked) errors.push(locked);

    // Files: each one sent with the sheet and one the library takes.
    const attachmentsField = Object.entries(schema.fields).find(([, s]) => s.kind === 'attachments');
    const names = [...new Set(mapped.files)];
    const files = matchFiles(names, ctx.files, used, attachmentsField ? { field: attachmentsField[0], column: columnOf(attachmentsField[0]) } : null, errors);
    rowFiles.set(
      row.number,
      files.filter((f) => f.found).map((f) => f.name),
    );
    if (attachmentsField) {
      const [field, spec] = attachmentsField;
      const total = ((content[field] as string[] | undefined) ?? []).length + files.length;
      if (spec.kind === 'attachments' && total > spec.maxItems)
        at(field, 'arrayMaxSize', msg(`Nhiều quá ${spec.maxItems} tệp.`, `More than ${spec.maxItems} files.`));
    }

    // Submit's requirements: a draft may lack them, so they only warn (a field already in error is not repeated).
    const withFiles =
      attachmentsField && files.length ? { ...content, [attachmentsField[0]]: [...((content[attachmentsField[0]] as string[]) ?? []), ...names] } : content;
    const failed = new Set(errors.map((e) => e.field));
    const warnings: SpreadsheetProblem[] = missingToSubmit(schema, withFiles)
      .content.filter((field) => !failed.has(field))
      .map((field) => ({
        column: columnOf(field),
        field,
        code: 'requiredToSubmit',
        message: msg(`Cần có “${schema.fields[field]!.label.vi}” trước khi trình duyệt.`, `“${schema.fields[field]!.label.en}” is needed before submitting.`),
      }));

    const changed = target ? changedFields(schema, target.content, content) : [];
    const match: SpreadsheetRowPreview['match'] = !target
      ? { kind: 'new' }
      : changed.length || files.length
        ? {
            kind: 'update',
            itemId: target.id,
            title: target.title,
            revision: target.revision,
            changed: [...changed, ...(files.length && attachmentsField ? [attachmentsField[0]] : [])],
          }
        : { kind: 'unchanged', itemId: target.id, title: target.title };
    rows.push({ row: row.number, key, content, match, errors, warnings, files });
  }
  return { header, rows, rowFiles, unusedFiles: ctx.files.filter((f) => !used.has(f)).map((f) => f.name) };
}

/**
 * A table column of a sheet names only a row's first text (a dossier document's name): a row of the item
 * with the same text is kept whole (its id, its other cells, its form template), the others are new.
 */
function keepRows(schema: ContentTypeSchema, before: Record<string, unknown>, changes: Record<string, unknown>): Record<string, unknown> {
  const out = { ...changes };
  for (const [key, value] of Object.entries(changes)) {
    const spec = schema.fields[key];
    const old = before[key];
    if (spec?.kind !== 'rows' || !Array.isArray(value) || !Array.isArray(old)) continue;
    const first = Object.entries(spec.columns).find(([, c]) => c.kind === 'text')?.[0];
    if (!first) continue;
    const byText = new Map((old as ContentRow[]).map((r) => [foldKey(r[first] ?? ''), r]));
    out[key] = (value as Record<string, string>[]).map((r) => byText.get(foldKey(r[first] ?? '')) ?? r);
  }
  return out;
}

/** The fields a row changes, its table rows compared without their ids (a re-imported table is the same table). */
function changedFields(schema: ContentTypeSchema, before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const withoutIds = (c: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(c).map(([k, v]) => [
        k,
        schema.fields[k]?.kind === 'rows' && Array.isArray(v) ? v.map((r: Record<string, unknown>) => ({ ...r, id: undefined })) : v,
      ]),
    );
  return changedKeys(schema, withoutIds(before), withoutIds(after));
}

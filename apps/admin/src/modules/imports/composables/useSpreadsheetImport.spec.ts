import { describe, expect, it, vi } from 'vitest';
import type { SpreadsheetImportResponse, SpreadsheetPreviewResponse, SpreadsheetRowPreview } from '@congxa/shared/dto/imports';
import { problemsOf, useSpreadsheetImport } from './useSpreadsheetImport';

const file = (name: string) => new File(['x'], name);
const previewOf = (invalid: number, fresh = 1): SpreadsheetPreviewResponse => ({
  type: 'document',
  format: 'xlsx',
  sheet: 'Sổ',
  headerRow: 1,
  columns: [],
  rows: [],
  counts: { rows: fresh + invalid, valid: fresh, invalid, new: fresh, update: 0, unchanged: 0 },
  unusedFiles: [],
  notices: [],
});
const RESULT: SpreadsheetImportResponse = { type: 'document', created: 1, updated: 0, unchanged: 0, skipped: [3], files: 0, submitted: 0, items: [] };

function setup(preview = previewOf(0)) {
  const api = { preview: vi.fn().mockResolvedValue(preview), commit: vi.fn().mockResolvedValue(RESULT) };
  return { api, s: useSpreadsheetImport('document', api) };
}

describe('useSpreadsheetImport', () => {
  it('should send the sheet and files to the preview and allow the import only after it', async () => {
    const { api, s } = setup();
    s.chooseSheet(file('so.xlsx'));
    s.addFiles([file('a.pdf'), file('b.pdf')]);
    expect(s.canImport.value).toBe(false);
    expect(await s.runPreview('xa')).toBe(true);
    expect(api.preview).toHaveBeenCalledWith('xa', 'document', { sheet: s.sheet.value, files: s.files.value });
    expect(s.canImport.value).toBe(true);
  });

  it('should drop the preview when the sheet or the files change, so the import sends what was previewed', async () => {
    const { s } = setup();
    s.chooseSheet(file('so.xlsx'));
    await s.runPreview('xa');
    s.addFiles([file('a.pdf')]);
    expect(s.preview.value).toBeNull();
    await s.runPreview('xa');
    s.removeFile('a.pdf');
    expect(s.preview.value).toBeNull();
    expect(s.files.value).toEqual([]);
  });

  it('should replace a file chosen again under the same name', () => {
    const { s } = setup();
    const second = file('a.pdf');
    s.addFiles([file('a.pdf')]);
    s.addFiles([second]);
    expect(s.files.value).toEqual([second]);
  });

  it('should ask to leave out the invalid rows only when the preview found some', async () => {
    const { api, s } = setup(previewOf(2));
    s.chooseSheet(file('so.xlsx'));
    await s.runPreview('xa');
    expect(await s.runImport('xa', { submit: true, noSecretConfirmed: true })).toBe(true);
    expect(api.commit).toHaveBeenCalledWith('xa', 'document', expect.anything(), { skipInvalid: true, submit: true, noSecretConfirmed: true });
    expect(s.result.value).toBe(RESULT);
    expect(s.preview.value).toBeNull();

    const clean = setup(previewOf(0));
    clean.s.chooseSheet(file('so.xlsx'));
    await clean.s.runPreview('xa');
    await clean.s.runImport('xa');
    expect(clean.api.commit).toHaveBeenCalledWith('xa', 'document', expect.anything(), { skipInvalid: false, submit: false, noSecretConfirmed: false });
  });

  it('should not import when no row would be written', async () => {
    const { api, s } = setup(previewOf(3, 0));
    s.chooseSheet(file('so.xlsx'));
    await s.runPreview('xa');
    expect(s.canImport.value).toBe(false);
    expect(await s.runImport('xa')).toBe(false);
    expect(api.commit).not.toHaveBeenCalled();
  });

  it('should keep the error of a refused sheet and no preview', async () => {
    const api = { preview: vi.fn().mockRejectedValue(new Error('415')), commit: vi.fn() };
    const s = useSpreadsheetImport('document', api);
    s.chooseSheet(file('so.pdf'));
    expect(await s.runPreview('xa')).toBe(false);
    expect(s.error.value).toEqual(new Error('415'));
    expect(s.preview.value).toBeNull();
  });
});

describe('problemsOf', () => {
  it('should put problems under the columns shown and the rest apart', () => {
    const p = (field: string | null) => ({ column: field, field, code: 'x', message: { vi: field ?? 'row', en: '' } });
    const row = { errors: [p('number'), p('issuedOn'), p(null)] } as SpreadsheetRowPreview;
    const { byField, other } = problemsOf(row, ['number', 'title']);
    expect(Object.keys(byField)).toEqual(['number']);
    expect(other.map((o) => o.field)).toEqual(['issuedOn', null]);
  });
});

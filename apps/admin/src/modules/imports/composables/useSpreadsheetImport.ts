import { computed, ref, shallowRef } from 'vue';
import type {
  SpreadsheetImportResponse,
  SpreadsheetImportType,
  SpreadsheetPreviewResponse,
  SpreadsheetProblem,
  SpreadsheetRowPreview,
} from '@congxa/shared/dto/imports';
import { importSpreadsheet, previewSpreadsheet } from '../api';

export interface SpreadsheetApi {
  preview: typeof previewSpreadsheet;
  commit: typeof importSpreadsheet;
}

export type SpreadsheetPhase = 'idle' | 'previewing' | 'importing';

/** The problems of a row under one of the columns shown, and the rest (other columns and the row itself). */
export function problemsOf(
  row: SpreadsheetRowPreview,
  shownFields: readonly string[],
): { byField: Record<string, SpreadsheetProblem[]>; other: SpreadsheetProblem[] } {
  const byField: Record<string, SpreadsheetProblem[]> = {};
  const other: SpreadsheetProblem[] = [];
  for (const p of row.errors) {
    if (p.field && shownFields.includes(p.field)) (byField[p.field] ??= []).push(p);
    else other.push(p);
  }
  return { byField, other };
}

/**
 * A register's import from a spreadsheet: the chosen sheet and files, the preview of what they would do (any
 * new choice drops it: the import sends what was previewed), then the import of the valid rows, asked to
 * leave the invalid ones out when there are any.
 */
export function useSpreadsheetImport(type: SpreadsheetImportType, api: SpreadsheetApi = { preview: previewSpreadsheet, commit: importSpreadsheet }) {
  const sheet = shallowRef<File | null>(null);
  const files = shallowRef<File[]>([]);
  const preview = shallowRef<SpreadsheetPreviewResponse | null>(null);
  const result = shallowRef<SpreadsheetImportResponse | null>(null);
  const error = shallowRef<unknown>(null);
  const phase = ref<SpreadsheetPhase>('idle');

  /** Rows that will be written: valid, and new or changed. */
  const writable = computed(() => (preview.value ? preview.value.counts.new + preview.value.counts.update : 0));
  const canImport = computed(() => phase.value === 'idle' && !!preview.value && writable.value > 0);

  function chooseSheet(next: File | null): void {
    sheet.value = next;
    preview.value = null;
    result.value = null;
    error.value = null;
  }

  /** Adds files (a file chosen again under the same name replaces the earlier one). */
  function addFiles(next: readonly File[]): void {
    const byName = new Map(files.value.map((f) => [f.name, f]));
    for (const f of next) byName.set(f.name, f);
    files.value = [...byName.values()];
    preview.value = null;
    result.value = null;
  }

  function removeFile(name: string): void {
    files.value = files.value.filter((f) => f.name !== name);
    preview.value = null;
  }

  async function runPreview(site: string): Promise<boolean> {
    if (!sheet.value || phase.value !== 'idle') return false;
    phase.value = 'previewing';
    error.value = null;
    result.value = null;
    try {
      preview.value = await api.preview(site, type, { sheet: sheet.value, files: files.value });
      return true;
    } catch (e) {
      preview.value = null;
      error.value = e;
      return false;
    } finally {
      phase.value = 'idle';
    }
  }

  async function runImport(
    site: string,
    submit: { submit: boolean; noSecretConfirmed: boolean } = { submit: false, noSecretConfirmed: false },
  ): Promise<boolean> {
    if (!sheet.value || !canImport.value) return false;
    phase.value = 'importing';
    error.value = null;
    try {
      const skipInvalid = (preview.value?.counts.invalid ?? 0) > 0;
      result.value = await api.commit(site, type, { sheet: sheet.value, files: files.value }, { skipInvalid, ...submit });
      preview.value = null;
      return true;
    } catch (e) {
      error.value = e;
      return false;
    } finally {
      phase.value = 'idle';
    }
  }

  function reset(): void {
    chooseSheet(null);
    files.value = [];
  }

  return { sheet, files, preview, result, error, phase, writable, canImport, chooseSheet, addFiles, removeFile, runPreview, runImport, reset };
}

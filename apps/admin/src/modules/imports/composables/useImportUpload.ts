import { ref, shallowRef } from 'vue';
import type { ImportFormat, ImportResponse } from '@congxa/shared/dto/imports';
import type { ImportOptions, UploadProgress } from '../api';
import { checkFile, type FileProblem, importFormatOf } from './uploadProgress';

export type UploadFn = (slug: string, format: ImportFormat, file: File, options: ImportOptions) => Promise<ImportResponse>;

export type UploadState =
  | { status: 'idle' }
  | { status: 'uploading'; progress: UploadProgress }
  | { status: 'done'; result: ImportResponse }
  | { status: 'failed'; error: unknown }
  | { status: 'invalid'; problem: FileProblem }
  | { status: 'cancelled' };

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** The import page's upload: checks the file, sends it with progress, keeps the outcome; one at a time. */
export function useImportUpload(upload: UploadFn) {
  const state = shallowRef<UploadState>({ status: 'idle' });
  const busy = ref(false);
  let controller: AbortController | null = null;

  async function start(slug: string, file: File | null): Promise<UploadState> {
    if (busy.value) return state.value;
    const problem = checkFile(file);
    if (problem || !file) {
      state.value = { status: 'invalid', problem: problem ?? { kind: 'missing' } };
      return state.value;
    }
    busy.value = true;
    controller = new AbortController();
    state.value = { status: 'uploading', progress: { phase: 'sending', percent: 0, loaded: 0, total: file.size } };
    try {
      const result = await upload(slug, importFormatOf(file.name), file, {
        signal: controller.signal,
        onProgress: (progress) => {
          if (state.value.status === 'uploading') state.value = { status: 'uploading', progress };
        },
      });
      state.value = { status: 'done', result };
    } catch (error) {
      state.value = isAbort(error) ? { status: 'cancelled' } : { status: 'failed', error };
    } finally {
      busy.value = false;
      controller = null;
    }
    return state.value;
  }

  /** Stops the transfer. Once the file is all sent the server may still create the draft. */
  function cancel(): void {
    controller?.abort();
  }

  function reset(): void {
    if (!busy.value) state.value = { status: 'idle' };
  }

  return { state, busy, start, cancel, reset };
}

import { computed, onScopeDispose, reactive, ref, toValue, type MaybeRefOrGetter } from 'vue';
import type { MediaKind, UploadMediaResponse } from '@congxa/shared/dto/media';
import { HttpError, type UploadOptions } from '../../../core/http';
import { uploadMedia, type UploadMediaFields } from '../api';
import { guessKind } from './mediaThumb';

export type MediaUploadStatus = 'queued' | 'sending' | 'processing' | 'done' | 'failed' | 'cancelled';

/** A file refused before anything was sent (the API checks everything again). */
export type LocalProblem = { kind: 'empty' } | { kind: 'wrongKind'; expected: MediaKind };

/** One file of the queue, as its row shows it. */
export interface MediaUpload {
  readonly key: number;
  readonly file: File;
  status: MediaUploadStatus;
  /** 0–100 while sending; null when the browser cannot tell. */
  percent: number | null;
  loaded: number;
  total: number;
  /** What the API (or the network) answered when it failed. */
  error: unknown;
  problem: LocalProblem | null;
  result: UploadMediaResponse | null;
}

export type UploadMediaFn = (site: string, file: File, fields: UploadMediaFields, options: UploadOptions) => Promise<UploadMediaResponse>;

export interface MediaUploadsOptions {
  /** Only this kind is wanted here (a cover takes an image): other files are refused before sending. */
  kind?: MaybeRefOrGetter<MediaKind | null | undefined>;
  /** Files sent at the same time; the others wait their turn. */
  concurrency?: number;
  /** Called once for every file the library accepted (new or already there). */
  onUploaded?: (item: UploadMediaResponse, upload: MediaUpload) => void;
  /** The transfer (the real one by default; a fake in tests). */
  upload?: UploadMediaFn;
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';
const FINISHED: readonly MediaUploadStatus[] = ['done', 'failed', 'cancelled'];

/** Is this upload over (whatever the outcome)? */
export const isFinished = (u: Pick<MediaUpload, 'status'>) => FINISHED.includes(u.status);

/**
 * A queue of uploads to a site's library: several files at once, each with its own progress and cancel,
 * a refusal of one never stopping the others. Leaving the page (the scope ending) cancels what is left.
 */
export function useMediaUploads(site: MaybeRefOrGetter<string>, options: MediaUploadsOptions = {}) {
  const send = options.upload ?? uploadMedia;
  const concurrency = Math.max(1, options.concurrency ?? 3);
  const uploads = ref<MediaUpload[]>([]);
  const controllers = new Map<number, AbortController>();
  let nextKey = 1;

  const active = computed(() => uploads.value.filter((u) => !isFinished(u)).length);
  const busy = computed(() => active.value > 0);

  function localProblem(file: File): LocalProblem | null {
    if (file.size === 0) return { kind: 'empty' };
    const expected = toValue(options.kind);
    // A file that is plainly another kind is refused here; an unknown one goes to the API, which reads the bytes.
    const guessed = guessKind(file);
    if (expected && guessed && guessed !== expected) return { kind: 'wrongKind', expected };
    return null;
  }

  /** Queues files (from a file input or a drop) and starts sending; returns their rows. */
  function add(files: Iterable<File> | ArrayLike<File>): MediaUpload[] {
    const added: MediaUpload[] = [];
    for (const file of Array.from(files)) {
      const problem = localProblem(file);
      const entry = reactive<MediaUpload>({
        key: nextKey++,
        file,
        status: problem ? 'failed' : 'queued',
        percent: problem ? null : 0,
        loaded: 0,
        total: file.size,
        error: null,
        problem,
        result: null,
      }) as MediaUpload;
      uploads.value.push(entry);
      added.push(entry);
    }
    pump();
    return added;
  }

  function pump(): void {
    let running = uploads.value.filter((u) => u.status === 'sending' || u.status === 'processing').length;
    for (const entry of uploads.value) {
      if (running >= concurrency) break;
      if (entry.status !== 'queued') continue;
      running++;
      void run(entry);
    }
  }

  async function run(entry: MediaUpload): Promise<void> {
    const controller = new AbortController();
    controllers.set(entry.key, controller);
    entry.status = 'sending';
    try {
      const result = await send(
        toValue(site),
        entry.file,
        {},
        {
          signal: controller.signal,
          onProgress: (p) => {
            if (isFinished(entry)) return;
            entry.status = p.phase;
            entry.percent = p.percent;
            entry.loaded = p.loaded;
            entry.total = p.total || entry.total;
          },
        },
      );
      entry.status = 'done';
      entry.percent = 100;
      entry.result = result;
      options.onUploaded?.(result, entry);
    } catch (error) {
      entry.status = isAbort(error) ? 'cancelled' : 'failed';
      if (!isAbort(error)) entry.error = error;
    } finally {
      controllers.delete(entry.key);
      pump();
    }
  }

  /** Stops one file: a waiting one never leaves, a sending one is aborted. */
  function cancel(key: number): void {
    const entry = uploads.value.find((u) => u.key === key);
    if (!entry || isFinished(entry)) return;
    if (entry.status === 'queued') {
      entry.status = 'cancelled';
      return;
    }
    controllers.get(key)?.abort();
  }

  function cancelAll(): void {
    for (const u of uploads.value) cancel(u.key);
  }

  /** Takes a finished row off the list. */
  function dismiss(key: number): void {
    uploads.value = uploads.value.filter((u) => u.key !== key || !isFinished(u));
  }

  /** Takes every finished row off the list. */
  function clearFinished(): void {
    uploads.value = uploads.value.filter((u) => !isFinished(u));
  }

  onScopeDispose(cancelAll);

  return { uploads, active, busy, add, cancel, cancelAll, dismiss, clearFinished };
}

/** What the row of a refused file says, from the pieces the UI provides (translation, sizes). */
export interface RefusalWords {
  empty: () => string;
  wrongKind: (expected: MediaKind) => string;
  tooLarge: (maxBytes: number | null, kind: MediaKind | null) => string;
  /** The API's message (already in the user's language) or a fallback for a network failure. */
  describe: (error: unknown) => string;
}

function recordOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** The reason a file was refused, in words; null when it was not refused. */
export function refusalOf(upload: Pick<MediaUpload, 'status' | 'problem' | 'error'>, words: RefusalWords): string | null {
  if (upload.status !== 'failed') return null;
  if (upload.problem?.kind === 'empty') return words.empty();
  if (upload.problem?.kind === 'wrongKind') return words.wrongKind(upload.problem.expected);
  const error = upload.error;
  // The API's 413 message is about any request: say which limit this file broke.
  if (error instanceof HttpError && (error.status === 413 || error.code === 'PAYLOAD_TOO_LARGE')) {
    const details = recordOf(error.details);
    const maxBytes = typeof details.maxBytes === 'number' ? details.maxBytes : null;
    const kind = details.kind === 'image' || details.kind === 'document' ? details.kind : null;
    return words.tooLarge(maxBytes, kind);
  }
  return words.describe(error);
}

import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import type { UploadMediaResponse } from '@congxa/shared/dto/media';
import { HttpError, type UploadOptions } from '../../../core/http';
import { sampleImage } from '../testing';
import { refusalOf, useMediaUploads, type RefusalWords, type UploadMediaFn } from './useMediaUploads';

const file = (name: string, size = 2048, type = 'image/jpeg') => new File([new Uint8Array(size)], name, { type });

/** A fake transfer per file: its options, and resolve / reject by hand. */
function fakeUploads() {
  const calls = new Map<string, { options: UploadOptions; resolve: (r: UploadMediaResponse) => void; reject: (e: unknown) => void }>();
  const upload = vi.fn<UploadMediaFn>(
    (_site, f, _fields, options) =>
      new Promise((resolve, reject) => {
        calls.set(f.name, { options, resolve, reject });
        options.signal?.addEventListener('abort', () => reject(new DOMException('stop', 'AbortError')));
      }),
  );
  return { upload, calls };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('useMediaUploads', () => {
  it('should send several files at once, each with its own progress, then processing, then done', async () => {
    const { upload, calls } = fakeUploads();
    const onUploaded = vi.fn();
    const scope = effectScope();
    const u = scope.run(() => useMediaUploads('an-hao-dong', { upload, onUploaded }))!;
    const [a, b] = u.add([file('a.jpg'), file('b.jpg')]);
    expect(upload).toHaveBeenCalledTimes(2);
    expect(upload.mock.calls[0]![0]).toBe('an-hao-dong');

    calls.get('a.jpg')!.options.onProgress!({ phase: 'sending', percent: 40, loaded: 819, total: 2048 });
    calls.get('b.jpg')!.options.onProgress!({ phase: 'sending', percent: 90, loaded: 1843, total: 2048 });
    expect([a!.status, a!.percent, b!.percent]).toEqual(['sending', 40, 90]);

    calls.get('a.jpg')!.options.onProgress!({ phase: 'processing', percent: 100, loaded: 2048, total: 2048 });
    expect(a!.status).toBe('processing');
    const item = { ...sampleImage(), duplicate: false };
    calls.get('a.jpg')!.resolve(item);
    await settle();
    expect(a!.status).toBe('done');
    expect(a!.result).toEqual(item);
    expect(onUploaded).toHaveBeenCalledWith(item, a);
    expect(u.active.value).toBe(1);
    scope.stop();
  });

  it('should keep a refused file with its error and carry on with the others', async () => {
    const { upload, calls } = fakeUploads();
    const scope = effectScope();
    const u = scope.run(() => useMediaUploads('an-hao-dong', { upload }))!;
    const [bad, good] = u.add([file('anh.heic'), file('b.jpg')]);
    const refusal = new HttpError({ status: 415, code: 'UNSUPPORTED_MEDIA_FORMAT', message: 'Định dạng tệp không được nhận.' });
    calls.get('anh.heic')!.reject(refusal);
    calls.get('b.jpg')!.resolve({ ...sampleImage(), duplicate: false });
    await settle();
    expect(bad!.status).toBe('failed');
    expect(bad!.error).toBe(refusal);
    expect(good!.status).toBe('done');
    scope.stop();
  });

  it('should wait its turn beyond the concurrency, and cancel a waiting or a sending file alone', async () => {
    const { upload, calls } = fakeUploads();
    const scope = effectScope();
    const u = scope.run(() => useMediaUploads('an-hao-dong', { upload, concurrency: 1 }))!;
    const [a, b, c] = u.add([file('a.jpg'), file('b.jpg'), file('c.jpg')]);
    expect(upload).toHaveBeenCalledTimes(1);
    expect(b!.status).toBe('queued');
    u.cancel(b!.key);
    expect(b!.status).toBe('cancelled');
    u.cancel(a!.key);
    await settle();
    expect(a!.status).toBe('cancelled');
    expect(a!.error).toBeNull();
    // The next waiting file starts once a place is free; the cancelled one never leaves.
    expect(upload).toHaveBeenCalledTimes(2);
    expect(upload.mock.calls[1]![1].name).toBe('c.jpg');
    expect(c!.status).toBe('sending');
    calls.get('c.jpg')!.resolve({ ...sampleImage(), duplicate: true });
    await settle();
    u.clearFinished();
    expect(u.uploads.value).toEqual([]);
    scope.stop();
  });

  it('should refuse an empty file and a document in an image picker without sending them', () => {
    const { upload } = fakeUploads();
    const scope = effectScope();
    const u = scope.run(() => useMediaUploads('an-hao-dong', { upload, kind: 'image' }))!;
    const [empty, pdf] = u.add([file('a.jpg', 0), file('to-trinh.pdf', 100, 'application/pdf')]);
    expect(empty!.problem).toEqual({ kind: 'empty' });
    expect(pdf!.problem).toEqual({ kind: 'wrongKind', expected: 'image' });
    expect(upload).not.toHaveBeenCalled();
    scope.stop();
  });

  it('should cancel what is still on its way when the page is left', async () => {
    const { upload } = fakeUploads();
    const scope = effectScope();
    const u = scope.run(() => useMediaUploads('an-hao-dong', { upload }))!;
    const [a] = u.add([file('a.jpg')]);
    scope.stop();
    await settle();
    expect(a!.status).toBe('cancelled');
  });
});

describe('refusalOf', () => {
  const words: RefusalWords = {
    empty: () => 'empty',
    wrongKind: (k) => `wrong:${k}`,
    tooLarge: (max, kind) => `tooLarge:${max}:${kind}`,
    describe: (e) => (e instanceof Error ? e.message : 'unexpected'),
  };
  const failed = (error: unknown) => ({ status: 'failed' as const, problem: null, error });

  it("should give the API's reason in words, and which size limit a large file broke", () => {
    const format = new HttpError({ status: 415, code: 'UNSUPPORTED_MEDIA_FORMAT', message: 'Định dạng tệp không được nhận.' });
    expect(refusalOf(failed(format), words)).toBe('Định dạng tệp không được nhận.');
    const large = new HttpError({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      message: 'Nội dung gửi lên quá lớn.',
      details: { field: 'file', kind: 'image', maxBytes: 20971520 },
    });
    expect(refusalOf(failed(large), words)).toBe('tooLarge:20971520:image');
    expect(refusalOf({ status: 'failed', problem: { kind: 'empty' }, error: null }, words)).toBe('empty');
  });

  it('should say nothing for a file that was not refused', () => {
    expect(refusalOf({ status: 'done', problem: null, error: null }, words)).toBeNull();
    expect(refusalOf({ status: 'cancelled', problem: null, error: null }, words)).toBeNull();
  });
});

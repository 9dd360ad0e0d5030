import { describe, expect, it, vi } from 'vitest';
import type { ImportResponse } from '@congxa/shared/dto/imports';
import { HttpError } from '../../../core/http';
import type { ImportOptions } from '../api';
import { useImportUpload, type UploadFn } from './useImportUpload';

const response = { article: { id: 'a1', title: 'Thông báo' }, converted: [], warnings: [], images: 0 } as unknown as ImportResponse;
const docx = (size = 2048, name = 'thong-bao.docx') => new File([new Uint8Array(size)], name);

describe('useImportUpload', () => {
  it('should follow the transfer, then keep the created draft when the upload succeeds', async () => {
    const seen: unknown[] = [];
    let options: ImportOptions | undefined;
    let finish!: (r: ImportResponse) => void;
    const upload = vi.fn<UploadFn>((_slug, _format, _file, o) => {
      options = o;
      return new Promise((resolve) => (finish = resolve));
    });
    const u = useImportUpload(upload);
    const done = u.start('an-hao-dong', docx());
    expect(u.busy.value).toBe(true);
    expect(upload).toHaveBeenCalledWith('an-hao-dong', 'docx', expect.any(File), expect.anything());

    options!.onProgress!({ phase: 'sending', percent: 40, loaded: 819, total: 2048 });
    seen.push(u.state.value);
    options!.onProgress!({ phase: 'processing', percent: 100, loaded: 2048, total: 2048 });
    seen.push(u.state.value);
    finish(response);
    expect(await done).toEqual({ status: 'done', result: response });
    expect(seen).toEqual([
      { status: 'uploading', progress: { phase: 'sending', percent: 40, loaded: 819, total: 2048 } },
      { status: 'uploading', progress: { phase: 'processing', percent: 100, loaded: 2048, total: 2048 } },
    ]);
    expect(u.busy.value).toBe(false);
  });

  it('should send a .txt file to the plain-text import', async () => {
    const upload = vi.fn<UploadFn>().mockResolvedValue(response);
    await useImportUpload(upload).start('an-hao-dong', docx(10, 'ghi-chu.txt'));
    expect(upload.mock.calls[0]![1]).toBe('txt');
  });

  it('should not send anything when no file or an empty file is chosen', async () => {
    const upload = vi.fn<UploadFn>();
    const u = useImportUpload(upload);
    expect(await u.start('an-hao-dong', null)).toEqual({ status: 'invalid', problem: { kind: 'missing' } });
    expect(await u.start('an-hao-dong', docx(0))).toEqual({ status: 'invalid', problem: { kind: 'empty' } });
    expect(upload).not.toHaveBeenCalled();
  });

  it('should keep the API error to show when the import is refused', async () => {
    const error = new HttpError({ status: 415, code: 'WORD_DOC_NOT_SUPPORTED', message: 'Tệp .doc … lưu lại dưới dạng .docx' });
    const u = useImportUpload(vi.fn<UploadFn>().mockRejectedValue(error));
    expect(await u.start('an-hao-dong', docx(10, 'cu.doc'))).toEqual({ status: 'failed', error });
  });

  it('should end as cancelled, not failed, when the user cancels the transfer', async () => {
    const upload = vi.fn<UploadFn>(
      (_s, _f, _file, o) => new Promise((_resolve, reject) => o.signal!.addEventListener('abort', () => reject(new DOMException('stop', 'AbortError')))),
    );
    const u = useImportUpload(upload);
    const done = u.start('an-hao-dong', docx());
    u.cancel();
    expect(await done).toEqual({ status: 'cancelled' });
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HttpError, resetHttpHooks, setHttpHooks } from '../../core/http';
import { importFile, type UploadProgress } from './api';

type Answer = { status: number; body?: unknown; contentType?: string };

/** Just enough of XMLHttpRequest: records what was sent, plays progress events, then answers. */
class FakeXhr {
  static sent: FakeXhr[] = [];
  static answers: Answer[] = [];
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: FormData | null = null;
  status = 0;
  responseText = '';
  private contentType: string | null = null;
  upload: { onprogress: ((e: ProgressEvent) => void) | null; onload: (() => void) | null } = { onprogress: null, onload: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string): void {
    this.headers[name] = value;
  }
  getResponseHeader(name: string): string | null {
    return name.toLowerCase() === 'content-type' ? this.contentType : null;
  }
  abort(): void {
    this.onabort?.();
  }
  send(body: FormData): void {
    this.body = body;
    FakeXhr.sent.push(this);
    const answer = FakeXhr.answers.shift();
    queueMicrotask(() => {
      if (!answer) {
        this.onerror?.();
        return;
      }
      this.upload.onprogress?.({ lengthComputable: true, loaded: 500, total: 1000 } as ProgressEvent);
      this.upload.onprogress?.({ lengthComputable: true, loaded: 1000, total: 1000 } as ProgressEvent);
      this.upload.onload?.();
      this.status = answer.status;
      this.contentType = answer.contentType ?? 'application/json; charset=utf-8';
      this.responseText = answer.body === undefined ? '' : JSON.stringify(answer.body);
      this.onload?.();
    });
  }
}

const file = () => new File(['x'.repeat(1000)], 'Thông báo.docx');

describe('importFile', () => {
  beforeEach(() => {
    resetHttpHooks();
    FakeXhr.sent = [];
    FakeXhr.answers = [];
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('should post the file as the "file" field with the Bearer token and report progress when the import succeeds', async () => {
    setHttpHooks({ accessToken: () => 'token-1' });
    const created = { article: { id: 'a1' }, converted: [], warnings: [], images: 0, original: {} };
    FakeXhr.answers = [{ status: 201, body: created }];
    const progress: UploadProgress[] = [];
    const result = await importFile('an-hao-dong', 'docx', file(), { onProgress: (p) => progress.push(p) });

    expect(result).toEqual(created);
    const [xhr] = FakeXhr.sent;
    expect(xhr!.method).toBe('POST');
    expect(xhr!.url).toBe('/api/v1/sites/an-hao-dong/imports/docx');
    expect(xhr!.headers).toMatchObject({ Authorization: 'Bearer token-1', Accept: 'application/json', 'Accept-Language': 'vi' });
    expect((xhr!.body!.get('file') as File).name).toBe('Thông báo.docx');
    expect(progress.map((p) => [p.phase, p.percent])).toEqual([
      ['sending', 50],
      ['sending', 100],
      ['processing', 100],
    ]);
  });

  it('should refresh the session once and send the file again when the token has expired', async () => {
    let token = 'old';
    setHttpHooks({
      accessToken: () => token,
      refresh: async () => {
        token = 'new';
        return true;
      },
    });
    FakeXhr.answers = [
      { status: 401, body: { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Hết phiên' } },
      { status: 201, body: { article: { id: 'a1' } } },
    ];
    await importFile('an-hao-dong', 'txt', file());
    expect(FakeXhr.sent.map((x) => x.headers.Authorization)).toEqual(['Bearer old', 'Bearer new']);
    expect(FakeXhr.sent[1]!.url).toBe('/api/v1/sites/an-hao-dong/imports/txt');
  });

  it("should reject with the API's code and Vietnamese message when the file is refused", async () => {
    const message = 'Tệp .doc (Word 97–2003) không được hỗ trợ: hãy mở bằng Word và lưu lại dưới dạng .docx';
    FakeXhr.answers = [{ status: 415, body: { statusCode: 415, code: 'WORD_DOC_NOT_SUPPORTED', message } }];
    const error = await importFile('an-hao-dong', 'docx', file()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 415, code: 'WORD_DOC_NOT_SUPPORTED', message });
  });

  it('should reject with NETWORK_ERROR when the connection fails, and UNEXPECTED_RESPONSE for a non-JSON error page', async () => {
    await expect(importFile('an-hao-dong', 'docx', file())).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
    FakeXhr.answers = [{ status: 502, body: '<html>Bad gateway</html>', contentType: 'text/html' }];
    await expect(importFile('an-hao-dong', 'docx', file())).rejects.toMatchObject({ status: 502, code: 'UNEXPECTED_RESPONSE' });
  });

  it('should reject with an AbortError and send nothing when cancelled before it starts', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(importFile('an-hao-dong', 'docx', file(), { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeXhr.sent).toHaveLength(0);
  });
});

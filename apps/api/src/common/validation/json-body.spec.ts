import { FastifyAdapter } from '@nestjs/platform-fastify';
import { AppException } from '../errors/app-exception';
import { ValidationFailed } from '../errors/error.filter';
import { charsetOf, strictJsonParser } from './json-body';

type Req = Parameters<ReturnType<typeof strictJsonParser>>[0];

/** Run the parser on `bytes` sent with `contentType`; resolves with the value or rejects with the error. */
function parse(bytes: Buffer, contentType = 'application/json'): Promise<unknown> {
  const parser = strictJsonParser(new FastifyAdapter().getInstance());
  return new Promise((resolve, reject) => {
    void parser({ headers: { 'content-type': contentType } } as unknown as Req, bytes, (err, value) => (err ? reject(err) : resolve(value)));
  });
}

describe('charsetOf', () => {
  it('should read the charset parameter whatever its case and quoting', () => {
    expect(charsetOf('application/json')).toBeUndefined();
    expect(charsetOf('application/json; charset=UTF-8')).toBe('utf-8');
    expect(charsetOf('application/json;charset="utf-16"')).toBe('utf-16');
  });
});

describe('strictJsonParser', () => {
  it('should parse UTF-8 JSON, with or without charset=utf-8', async () => {
    expect(await parse(Buffer.from('{"title":"Lũ lụt"}'))).toEqual({ title: 'Lũ lụt' });
    expect(await parse(Buffer.from('{"a":1}'), 'application/json; charset=utf-8')).toEqual({ a: 1 });
  });

  it('should refuse a body declared in another charset with 415 instead of reading it as UTF-8', async () => {
    const err = await parse(Buffer.from('{"title":"x"}'), 'application/json; charset=utf-16').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppException);
    expect(err).toMatchObject({ httpStatus: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('should refuse a body opening with a byte-order mark with 400 INVALID_JSON', async () => {
    for (const bom of [
      [0xef, 0xbb, 0xbf],
      [0xff, 0xfe],
      [0xfe, 0xff],
    ]) {
      const err = await parse(Buffer.concat([Buffer.from(bom), Buffer.from('{"title":"x"}')])).catch((e: unknown) => e);
      expect(err).toMatchObject({ httpStatus: 400, code: 'INVALID_JSON' });
    }
  });

  it('should refuse nesting deeper than the limit before anything walks it', async () => {
    const err = await parse(Buffer.from('['.repeat(20_000) + ']'.repeat(20_000))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationFailed);
    expect((err as ValidationFailed).fields).toEqual([{ field: 'body', rule: 'maxDepth' }]);
  });
});

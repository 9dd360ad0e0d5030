import 'reflect-metadata';
import type { ArgumentMetadata } from '@nestjs/common';
import { AuditQuery } from '@congxa/shared/dto/audit';
import { CompareQuery, CreateArticleRequest, TransitionRequest, UpdateArticleRequest } from '@congxa/shared/dto/articles';
import { UpdateCategoryRequest } from '@congxa/shared/dto/categories';
import { PageQuery } from '@congxa/shared/dto/common';
import { UpdateMediaRequest } from '@congxa/shared/dto/media';
import { UpdateMemberRequest } from '@congxa/shared/dto/members';
import { ValidationFailed } from '../errors/error.filter';
import { AppValidationPipe, type BadString, cleanStrings, MAX_INPUT_DEPTH, nestingDepth } from './validation.pipe';

const pipe = new AppValidationPipe();
const body = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 'body', metatype });
const query = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 'query', metatype });

/** The `{field, rule}` pairs the pipe refuses `value` with (empty when it passes). */
async function refusals(value: unknown, meta: ArgumentMetadata): Promise<{ field: string; rule: string }[]> {
  try {
    await pipe.transform(value, meta);
    return [];
  } catch (err) {
    if (err instanceof ValidationFailed) return err.fields;
    throw err;
  }
}

const nested = (depth: number): unknown => JSON.parse('['.repeat(depth) + ']'.repeat(depth));

describe('cleanStrings', () => {
  it('should normalise nested strings to NFC and report control characters by path', () => {
    const bad: BadString[] = [];
    const out = cleanStrings({ a: 'Hòa'.normalize('NFD'), list: ['ok', 'x\u0000y'], nested: { b: 'line\r\nnext' } }, '', bad);
    expect(out).toEqual({ a: 'Hòa'.normalize('NFC'), list: ['ok', 'x\u0000y'], nested: { b: 'line\nnext' } });
    expect(bad).toEqual([{ field: 'list[1]', rule: 'noControlChars' }]);
  });

  it('should drop prototype-polluting keys', () => {
    const out = cleanStrings(JSON.parse('{"__proto__": {"admin": true}, "x": 1}')) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['x']);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('should report a lone surrogate and let a well-formed pair (an emoji) through', () => {
    const bad: BadString[] = [];
    cleanStrings({ title: 'Lũ\ud800', low: '\udc00x', emoji: '👩‍👩‍👧 ok' }, '', bad);
    expect(bad).toEqual([
      { field: 'title', rule: 'wellFormedUnicode' },
      { field: 'low', rule: 'wellFormedUnicode' },
    ]);
  });
});

describe('nestingDepth', () => {
  it('should measure depth without recursion and stop counting past the limit', () => {
    expect(nestingDepth('x')).toBe(0);
    expect(nestingDepth({})).toBe(1);
    expect(nestingDepth({ a: [{ b: 1 }] })).toBe(3);
    expect(nestingDepth(nested(20_000))).toBe(MAX_INPUT_DEPTH + 1);
  });
});

describe('AppValidationPipe', () => {
  it('should answer 400 maxDepth, not a stack overflow, when a body nests 20,000 deep', async () => {
    expect(await refusals(nested(20_000), body(CreateArticleRequest))).toEqual([{ field: 'body', rule: 'maxDepth' }]);
    let deepObject: unknown = 1;
    for (let i = 0; i < 3000; i++) deepObject = { a: deepObject };
    expect(await refusals(deepObject, body(CreateArticleRequest))).toEqual([{ field: 'body', rule: 'maxDepth' }]);
  });

  it('should refuse a lone surrogate in any string field with the field named', async () => {
    expect(await refusals({ title: 'Tin \ud800 lỗi' }, body(CreateArticleRequest))).toEqual([{ field: 'title', rule: 'wellFormedUnicode' }]);
  });

  it('should name a route parameter by itself when it holds a control character', async () => {
    expect(await refusals('a\u0000', { type: 'param', data: 'slug', metatype: String })).toEqual([{ field: 'slug', rule: 'noControlChars' }]);
  });

  it('should require a title when creating an article (the inherited @IsOptional must not make it optional)', async () => {
    expect(await refusals({}, body(CreateArticleRequest))).toContainEqual({ field: 'title', rule: 'isString' });
    expect(await refusals({ title: null }, body(CreateArticleRequest))).toContainEqual({ field: 'title', rule: 'isString' });
    expect(await refusals({ title: 'Tin mới' }, body(CreateArticleRequest))).toEqual([]);
  });

  it('should refuse null where null has no meaning, and take it where it clears a value', async () => {
    for (const field of ['title', 'summary', 'body', 'kind', 'tags', 'featured', 'authorName', 'authorAddress', 'origin', 'noSecretConfirmed']) {
      expect((await refusals({ revision: 1, [field]: null }, body(UpdateArticleRequest))).map((f) => f.field)).toContain(field);
    }
    for (const field of ['categoryId', 'fieldId', 'coverMediaId', 'sourceReference', 'collectorName', 'collectorAddress']) {
      expect(await refusals({ revision: 1, [field]: null }, body(UpdateArticleRequest))).toEqual([]);
    }
    for (const field of ['name', 'slug', 'position']) {
      expect((await refusals({ revision: 1, [field]: null }, body(UpdateCategoryRequest))).map((f) => f.field)).toContain(field);
    }
    expect(await refusals({ revision: 1, parentId: null }, body(UpdateCategoryRequest))).toEqual([]);
    for (const field of ['isStaff', 'fieldIds', 'role']) {
      expect((await refusals({ revision: 1, [field]: null }, body(UpdateMemberRequest))).map((f) => f.field)).toContain(field);
    }
    expect((await refusals({ revision: 1, altText: null }, body(UpdateMediaRequest))).map((f) => f.field)).toContain('altText');
    expect((await refusals({ revision: 1, altText: '   ' }, body(UpdateMediaRequest))).map((f) => f.field)).toContain('altText');
  });

  it('should bound every integer: pages, positions, revisions', async () => {
    for (const page of ['99999999999999999999', '1e21', '100001', '-1', '0', 'abc', '0x10', ' 1', '']) {
      expect([page, [...new Set((await refusals({ page }, query(PageQuery))).map((f) => f.field))]]).toEqual([page, ['page']]);
    }
    expect(await refusals({ page: '100000', pageSize: '100' }, query(PageQuery))).toEqual([]);
    expect(await refusals({ from: '99999999999', to: '1' }, query(CompareQuery))).toEqual([{ field: 'from', rule: 'max' }]);
    expect(await refusals({ revision: 1, position: 2 ** 31 }, body(UpdateCategoryRequest))).toEqual([{ field: 'position', rule: 'max' }]);
    expect(await refusals({ revision: 1e21 }, body(UpdateArticleRequest))).toEqual([{ field: 'revision', rule: 'max' }]);
  });

  it('should take only full date-times with an offset as moments, and plain days or moments as audit bounds', async () => {
    for (const publishAt of ['2026-W01', '20260101', '2026-01-01', '2026-01-01T08:00:00', '2026-02-30T08:00:00Z', '2026-01-01T24:00:00Z', '2026-001']) {
      expect([publishAt, await refusals({ action: 'approve', publishAt }, body(TransitionRequest))]).toEqual([
        publishAt,
        [{ field: 'publishAt', rule: 'isDateTime' }],
      ]);
    }
    for (const publishAt of ['2026-01-01T08:00:00+07:00', '2026-01-01T01:00Z', '2026-01-01T01:00:00.123Z']) {
      expect(await refusals({ action: 'approve', publishAt }, body(TransitionRequest))).toEqual([]);
    }
    expect(await refusals({ from: '2026-W01', to: '20260101' }, query(AuditQuery))).toEqual([
      { field: 'from', rule: 'isDateOrDateTime' },
      { field: 'to', rule: 'isDateOrDateTime' },
    ]);
    expect(await refusals({ from: '2026-01-01', to: '2026-01-31T23:00:00+07:00' }, query(AuditQuery))).toEqual([]);
  });
});

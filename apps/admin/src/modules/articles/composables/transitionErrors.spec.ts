import { describe, expect, it } from 'vitest';
import { HttpError } from '../../../core/http';
import { sampleArticle } from '../testing';
import { interpretArticleError } from './transitionErrors';

const fail = (status: number, code: string, details?: unknown, fieldErrors: { field: string; rule: string; message: string }[] = []) =>
  new HttpError({ status, code: code as never, message: 'x', details, fieldErrors });

describe('interpretArticleError', () => {
  it('should carry the current version when the save was based on a stale revision', () => {
    const current = sampleArticle({ revision: 5 });
    expect(interpretArticleError(fail(409, 'REVISION_CONFLICT', { current }))).toEqual({ kind: 'conflict', current });
    expect(interpretArticleError(fail(409, 'REVISION_CONFLICT'))).toEqual({ kind: 'conflict', current: null });
  });

  it('should name the provenance fields to highlight when the submit is refused', () => {
    expect(interpretArticleError(fail(422, 'PROVENANCE_INCOMPLETE', { missing: ['authorAddress', 'collectorName'] }))).toEqual({
      kind: 'fields',
      fields: ['authorAddress', 'collectorName'],
    });
    expect(interpretArticleError(fail(422, 'CONTENT_INCOMPLETE', { missing: ['body'], invalid: ['categoryId'] }))).toEqual({
      kind: 'fields',
      fields: ['body', 'categoryId'],
    });
    expect(interpretArticleError(fail(422, 'SECRET_CONFIRMATION_REQUIRED', { field: 'noSecretConfirmed' }))).toEqual({
      kind: 'fields',
      fields: ['noSecretConfirmed'],
    });
  });

  it('should point at the note when the API says a required note is missing', () => {
    const error = fail(
      400,
      'VALIDATION_FAILED',
      [{ field: 'note', rule: 'isNotEmpty', message: 'Bắt buộc' }],
      [{ field: 'note', rule: 'isNotEmpty', message: 'Bắt buộc' }],
    );
    expect(interpretArticleError(error)).toEqual({ kind: 'fields', fields: ['note'] });
  });

  it('should list the hits with their excerpts when the classification guard blocks the step', () => {
    const hits = [{ kind: 'secrecy_stamp', field: 'body', excerpt: '… TỐI MẬT …', index: 3, match: 'TỐI MẬT' }, { bogus: true }];
    const problem = interpretArticleError(fail(422, 'CLASSIFICATION_HIT', { hits }));
    expect(problem).toEqual({ kind: 'classification', hits: [hits[0]] });
  });

  it('should ask for a reload when someone else already moved the item', () => {
    expect(interpretArticleError(fail(409, 'TRANSITION_NOT_ALLOWED'))).toEqual({ kind: 'stale' });
    expect(interpretArticleError(fail(403, 'NOT_YOUR_TURN'))).toEqual({ kind: 'stale' });
  });

  it('should leave anything else to the generic message', () => {
    expect(interpretArticleError(fail(422, 'INVALID_SCHEDULE', { field: 'unpublishAt' }))).toEqual({ kind: 'other' });
    expect(interpretArticleError(new Error('boom'))).toEqual({ kind: 'other' });
  });
});

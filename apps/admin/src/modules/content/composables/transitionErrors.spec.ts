import { describe, expect, it } from 'vitest';
import { HttpError } from '../../../core/http';
import { sampleEnvelope } from '../testing';
import { interpretItemError } from './transitionErrors';

const fail = (status: number, code: string, details?: unknown, fieldErrors: { field: string; rule: string; message: string }[] = []) =>
  new HttpError({ status, code: code as never, message: 'x', details, fieldErrors });

describe('interpretItemError', () => {
  it('should carry the current version when the save was based on a stale revision', () => {
    const current = sampleEnvelope({ revision: 5 });
    expect(interpretItemError(fail(409, 'REVISION_CONFLICT', { current }))).toEqual({ kind: 'conflict', current });
    expect(interpretItemError(fail(409, 'REVISION_CONFLICT'))).toEqual({ kind: 'conflict', current: null });
  });

  it('should name the provenance fields to highlight when the submit is refused', () => {
    expect(interpretItemError(fail(422, 'PROVENANCE_INCOMPLETE', { missing: ['authorAddress', 'collectorName'] }))).toEqual({
      kind: 'fields',
      fields: ['authorAddress', 'collectorName'],
    });
    expect(interpretItemError(fail(422, 'CONTENT_INCOMPLETE', { missing: ['body'], invalid: ['categoryId'] }))).toEqual({
      kind: 'fields',
      fields: ['body', 'categoryId'],
    });
    expect(interpretItemError(fail(422, 'SECRET_CONFIRMATION_REQUIRED', { field: 'noSecretConfirmed' }))).toEqual({
      kind: 'fields',
      fields: ['noSecretConfirmed'],
    });
  });

  it('should point at the field when a save is refused for its slug or its place in the page tree', () => {
    expect(interpretItemError(fail(409, 'SLUG_TAKEN', { field: 'slug' }))).toEqual({ kind: 'fields', fields: ['slug'] });
    expect(interpretItemError(fail(422, 'PAGE_PARENT_INVALID', { field: 'parentId' }))).toEqual({ kind: 'fields', fields: ['parentId'] });
    expect(interpretItemError(fail(409, 'SLUG_TAKEN'))).toEqual({ kind: 'other' });
  });

  it('should point at the note when the API says a required note is missing', () => {
    const error = fail(
      400,
      'VALIDATION_FAILED',
      [{ field: 'note', rule: 'isNotEmpty', message: 'Bắt buộc' }],
      [{ field: 'note', rule: 'isNotEmpty', message: 'Bắt buộc' }],
    );
    expect(interpretItemError(error)).toEqual({ kind: 'fields', fields: ['note'] });
  });

  it('should list the hits with their excerpts when the classification guard blocks the step', () => {
    const hits = [{ kind: 'secrecy_stamp', field: 'body', excerpt: '… TỐI MẬT …', index: 3, match: 'TỐI MẬT' }, { bogus: true }];
    const problem = interpretItemError(fail(422, 'CLASSIFICATION_HIT', { hits }));
    expect(problem).toEqual({ kind: 'classification', hits: [hits[0]] });
  });

  it('should ask for a reload when someone else already moved the item', () => {
    expect(interpretItemError(fail(409, 'TRANSITION_NOT_ALLOWED'))).toEqual({ kind: 'stale' });
    expect(interpretItemError(fail(403, 'NOT_YOUR_TURN'))).toEqual({ kind: 'stale' });
  });

  it('should leave anything else to the generic message', () => {
    expect(interpretItemError(fail(422, 'INVALID_SCHEDULE', { field: 'unpublishAt' }))).toEqual({ kind: 'other' });
    expect(interpretItemError(new Error('boom'))).toEqual({ kind: 'other' });
  });
});

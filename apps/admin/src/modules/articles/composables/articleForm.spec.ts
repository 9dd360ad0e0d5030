import { describe, expect, it } from 'vitest';
import { sampleArticle } from '../testing';
import { changedFields, formKeyOf, hasChanges, toForm } from './articleForm';

describe('changedFields (the PATCH body)', () => {
  it('should send nothing when the form is as loaded', () => {
    const article = sampleArticle();
    expect(changedFields(article, toForm(article))).toEqual({});
    expect(hasChanges(article, toForm(article))).toBe(false);
  });

  it('should send only the fields the user changed when some were edited', () => {
    const article = sampleArticle();
    const form = { ...toForm(article), title: 'Tiêu đề mới', authorAddress: 'Văn phòng UBND xã', noSecretConfirmed: true };
    expect(changedFields(article, form)).toEqual({ title: 'Tiêu đề mới', authorAddress: 'Văn phòng UBND xã', noSecretConfirmed: true });
  });

  it('should send null when an optional select or text is emptied', () => {
    const article = sampleArticle({ categoryId: 'c1', origin: 'collected', sourceReference: 'Báo Bình Định', collectorName: 'Lê Thu' });
    const form = { ...toForm(article), categoryId: '', fieldId: '', sourceReference: '', collectorName: '' };
    expect(changedFields(article, form)).toEqual({ categoryId: null, fieldId: null, sourceReference: null, collectorName: null });
  });

  it('should treat an empty text box and a null value as the same when nothing was typed', () => {
    const article = sampleArticle({ sourceReference: null, collectorAddress: null });
    expect(toForm(article).sourceReference).toBe('');
    expect(changedFields(article, { ...toForm(article), collectorAddress: '' })).toEqual({});
  });

  it('should compare tags as a cleaned list when the tag line is retyped', () => {
    const article = sampleArticle({ tags: ['giao thông', 'nông thôn mới'] });
    expect(changedFields(article, { ...toForm(article), tags: ' giao thông ,nông thôn mới, ' })).toEqual({});
    expect(changedFields(article, { ...toForm(article), tags: 'nông thôn mới, giao thông' })).toEqual({ tags: ['nông thôn mới', 'giao thông'] });
    expect(changedFields(article, { ...toForm(article), tags: '' })).toEqual({ tags: [] });
  });

  it('should send the body when the rich text changed', () => {
    const article = sampleArticle();
    const body = '<p>Sáng 29/11, xã tổ chức <strong>ra quân</strong>.</p>';
    expect(changedFields(article, { ...toForm(article), body })).toEqual({ body });
  });
});

describe('formKeyOf', () => {
  it('should map the API field names to form inputs when the API lists missing fields', () => {
    expect(formKeyOf('authorAddress')).toBe('authorAddress');
    expect(formKeyOf('noSecretConfirmed')).toBe('noSecretConfirmed');
    expect(formKeyOf('tags.0')).toBe('tags');
    expect(formKeyOf('override.reason')).toBeNull();
    expect(formKeyOf('revision')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { samplePage } from '../testing';
import { changedFields, formKeyOf, parentOptions, toForm } from './pageForm';

describe('page form (the PATCH body)', () => {
  it('should send nothing when the form is as loaded', () => {
    const page = samplePage();
    expect(changedFields(page, toForm(page))).toEqual({});
  });

  it('should send the new place in the tree when the parent and the menu position change', () => {
    const page = samplePage();
    expect(changedFields(page, { ...toForm(page), parentId: '', position: 5 })).toEqual({ parentId: null, position: 5 });
    expect(changedFields(samplePage({ parentId: null }), { ...toForm(samplePage({ parentId: null })), parentId: 'p2' })).toEqual({ parentId: 'p2' });
  });

  it('should read an empty menu position as 0 and send it only when it differs', () => {
    expect(changedFields(samplePage({ position: 0 }), { ...toForm(samplePage({ position: 0 })), position: '' })).toEqual({});
    expect(changedFields(samplePage({ position: 0 }), { ...toForm(samplePage({ position: 0 })), position: 0 })).toEqual({});
    expect(changedFields(samplePage({ position: 3 }), { ...toForm(samplePage({ position: 3 })), position: '' })).toEqual({ position: 0 });
  });

  it('should send the trimmed slug and the content fields that changed, with null for an emptied optional field', () => {
    const page = samplePage({ fieldId: 'f1' });
    const form = { ...toForm(page), slug: ' lich-su-xa ', title: 'Lịch sử xã', fieldId: '', noSecretConfirmed: true };
    expect(changedFields(page, form)).toEqual({ slug: 'lich-su-xa', title: 'Lịch sử xã', fieldId: null, noSecretConfirmed: true });
  });
});

describe('formKeyOf', () => {
  it('should map the API’s field names to the page form’s inputs when the API names a field', () => {
    expect(formKeyOf('fieldId')).toBe('fieldId');
    expect(formKeyOf('parentId')).toBe('parentId');
    expect(formKeyOf('slug')).toBe('slug');
    expect(formKeyOf('position')).toBe('position');
    expect(formKeyOf('categoryId')).toBeNull();
    expect(formKeyOf('revision')).toBeNull();
  });
});

describe('parentOptions', () => {
  it('should offer every other page by Vietnamese title order but never the page itself', () => {
    const pages = [
      { id: 'a', title: 'Tổ chức bộ máy' },
      { id: 'self', title: 'Lịch sử' },
      { id: 'b', title: 'Địa lý' },
      { id: 'c', title: 'Giới thiệu chung' },
    ];
    expect(parentOptions(pages, 'self')).toEqual([
      { value: 'b', label: 'Địa lý' },
      { value: 'c', label: 'Giới thiệu chung' },
      { value: 'a', label: 'Tổ chức bộ máy' },
    ]);
    expect(parentOptions(pages, null)).toHaveLength(4);
  });
});

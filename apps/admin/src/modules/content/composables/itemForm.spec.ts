import { describe, expect, it } from 'vitest';
import { ref } from 'vue';
import { ARTICLE_SCHEMA } from '@congxa/shared/content';
import type { ArticleResponse } from '@congxa/shared/dto/articles';
import { sampleArticle } from '../../articles/testing';
import { itemFormAdapter, slugProblem, useDirtyForm, type ItemForm } from './itemForm';

const adapter = itemFormAdapter<ArticleResponse>(ARTICLE_SCHEMA);

describe('itemFormAdapter', () => {
  it('should hold every schema field, the slug and the confirmation when built from the schema', () => {
    const form = adapter.toForm(sampleArticle());
    expect(Object.keys(form)).toEqual([...Object.keys(ARTICLE_SCHEMA.fields), 'slug', 'noSecretConfirmed']);
    expect(form.tags).toBe('giao thông, nông thôn mới');
  });

  it('should send the trimmed slug only when it changed', () => {
    const article = sampleArticle();
    expect(adapter.changes(article, { ...adapter.toForm(article), slug: ` ${article.slug} ` })).toEqual({});
    expect(adapter.changes(article, { ...adapter.toForm(article), slug: 'ra-quan' })).toEqual({ slug: 'ra-quan' });
    expect(adapter.formKeyOf('slug')).toBe('slug');
  });
});

describe('useDirtyForm', () => {
  it('should be dirty while the form differs from the saved item and clean again when typed back', () => {
    const article = sampleArticle();
    const item = ref<ArticleResponse | null>(article);
    const form = ref<ItemForm | null>(adapter.toForm(article));
    const { dirty, changes } = useDirtyForm(adapter, item, form);
    expect(dirty.value).toBe(false);
    form.value = { ...form.value!, title: 'Tiêu đề khác' };
    expect(dirty.value).toBe(true);
    expect(changes.value).toEqual({ title: 'Tiêu đề khác' });
    form.value = { ...form.value, title: article.title };
    expect(dirty.value).toBe(false);
  });

  it('should not be dirty while nothing is loaded', () => {
    const { dirty } = useDirtyForm(adapter, ref(null), ref(null));
    expect(dirty.value).toBe(false);
  });
});

describe('slugProblem', () => {
  it('should accept lower-case words joined by single hyphens and name what is wrong otherwise', () => {
    expect(slugProblem('lich-su-xa-2026')).toBeNull();
    expect(slugProblem('')).toBe('empty');
    expect(slugProblem('Lịch sử')).toBe('pattern');
    expect(slugProblem('lich--su')).toBe('pattern');
    expect(slugProblem('-lich-su')).toBe('pattern');
    expect(slugProblem('a'.repeat(161))).toBe('long');
  });
});

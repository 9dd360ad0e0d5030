import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick, reactive } from 'vue';
import { ARTICLE_SCHEMA, defaultContent, PAGE_SCHEMA } from '@congxa/shared/content';
import { createAppI18n } from '../../../i18n';
import { changedContent, describeFields, parseTags, toContentValues, toFormValues, useSchemaForm, type FieldDescriptor } from './schemaForm';

const byKey = (fields: FieldDescriptor[]) => Object.fromEntries(fields.map((f) => [f.key, f]));

describe('describeFields', () => {
  it('should give one control per page field with the schema’s label and limits when the form is in Vietnamese', () => {
    const fields = describeFields(PAGE_SCHEMA, { lang: 'vi', idPrefix: 'page' });
    expect(fields.map((f) => [f.key, f.control])).toEqual([
      ['title', 'text'],
      ['summary', 'textarea'],
      ['body', 'richtext'],
      ['fieldId', 'select'],
      ['coverMediaId', 'text'],
    ]);
    const f = byKey(fields);
    expect(f.title).toMatchObject({ id: 'page-title', label: 'Tiêu đề', minlength: 3, maxlength: 300, requiredToSubmit: true, nullable: false });
    expect(f.summary).toMatchObject({ label: 'Tóm tắt', maxlength: 2000, requiredToSubmit: false });
    expect(f.body).toMatchObject({ maxlength: 500_000, requiredToSubmit: true });
    expect(f.fieldId).toMatchObject({ label: 'Lĩnh vực', ref: 'field', nullable: true, requiredToSubmit: true });
    expect(f.coverMediaId).toMatchObject({ label: 'Ảnh đại diện', ref: 'image', nullable: true, requiredToSubmit: false });
  });

  it('should follow the UI language for labels and enum options when it is English', () => {
    const f = byKey(describeFields(ARTICLE_SCHEMA, { lang: 'en', idPrefix: 'article' }));
    expect(f.title.label).toBe('Title');
    expect(f.kind.options).toEqual([
      { value: 'tin', label: 'News item' },
      { value: 'bai', label: 'Article' },
      { value: 'anh', label: 'Photo story' },
      { value: 'video', label: 'Video' },
      { value: 'thong_bao', label: 'Notice' },
    ]);
    expect(f.tags).toMatchObject({ control: 'tags', maxlength: 60, maxItems: 20 });
    expect(f.featured.control).toBe('checkbox');
    expect(f.authorAddress.group).toBe('provenance');
  });

  it('should mark the collector’s fields as needed to submit only when the material is collected', () => {
    const original = byKey(describeFields(ARTICLE_SCHEMA, { lang: 'vi', idPrefix: 'article', content: { origin: 'original' } }));
    expect(original.collectorName.requiredToSubmit).toBe(false);
    expect(original.sourceReference.requiredToSubmit).toBe(false);
    expect(original.authorName.requiredToSubmit).toBe(true);
    const collected = byKey(describeFields(ARTICLE_SCHEMA, { lang: 'vi', idPrefix: 'article', content: { origin: 'collected' } }));
    expect(collected.collectorName.requiredToSubmit).toBe(true);
    expect(collected.sourceReference).toMatchObject({ requiredToSubmit: true, nullable: true, control: 'textarea', maxlength: 2000 });
  });
});

describe('useSchemaForm', () => {
  it('should update the descriptors when the content or the UI language changes', async () => {
    const i18n = createAppI18n('vi');
    const content = reactive<Record<string, unknown>>({ origin: 'original' });
    let form!: ReturnType<typeof useSchemaForm>;
    mount(
      defineComponent({
        setup() {
          form = useSchemaForm(ARTICLE_SCHEMA, 'article', () => content);
          return () => h('div');
        },
      }),
      { global: { plugins: [i18n] } },
    );
    expect(form.field('collectorName')).toMatchObject({ label: 'Người sưu tầm', requiredToSubmit: false });
    content.origin = 'collected';
    i18n.global.locale.value = 'en';
    await nextTick();
    expect(form.field('collectorName')).toMatchObject({ label: 'Collected by', requiredToSubmit: true });
    expect(() => form.field('parentId')).toThrow();
  });
});

describe('form values', () => {
  it('should show null as an empty box and tags as one line when the content is loaded', () => {
    const content = { ...defaultContent(ARTICLE_SCHEMA), title: 'Tin', tags: ['lũ lụt', 'cứu trợ'], sourceReference: null };
    const form = toFormValues(ARTICLE_SCHEMA, content);
    expect(form).toMatchObject({
      title: 'Tin',
      tags: 'lũ lụt, cứu trợ',
      sourceReference: '',
      categoryId: '',
      featured: false,
      kind: 'tin',
      origin: 'original',
    });
    expect(toContentValues(ARTICLE_SCHEMA, form)).toEqual(content);
  });

  it('should send only what changed, with null for an emptied optional field, when the form is saved', () => {
    const saved = { ...defaultContent(PAGE_SCHEMA), title: 'Lịch sử xã', fieldId: 'f1', coverMediaId: 'm1' };
    const form = toFormValues(PAGE_SCHEMA, saved);
    expect(changedContent(PAGE_SCHEMA, saved, form)).toEqual({});
    expect(changedContent(PAGE_SCHEMA, saved, { ...form, title: 'Lịch sử hình thành xã', fieldId: '', coverMediaId: '' })).toEqual({
      title: 'Lịch sử hình thành xã',
      fieldId: null,
      coverMediaId: null,
    });
  });

  it('should compare tags as a cleaned list and text as typed when the tag line is retyped', () => {
    const saved = { ...defaultContent(ARTICLE_SCHEMA), tags: ['giao thông', 'nông thôn mới'] };
    const form = toFormValues(ARTICLE_SCHEMA, saved);
    expect(changedContent(ARTICLE_SCHEMA, saved, { ...form, tags: ' giao thông ,nông thôn mới, ' })).toEqual({});
    expect(changedContent(ARTICLE_SCHEMA, saved, { ...form, tags: '' })).toEqual({ tags: [] });
    expect(changedContent(ARTICLE_SCHEMA, saved, { ...form, summary: ' ' })).toEqual({ summary: ' ' });
  });
});

describe('parseTags', () => {
  it('should drop empty and repeated tags when the line is messy', () => {
    expect(parseTags('  lũ lụt, cứu trợ ,, lũ lụt ')).toEqual(['lũ lụt', 'cứu trợ']);
  });
});

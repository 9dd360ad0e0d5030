import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { RELATION_KIND_CODES } from '@congxa/shared/legal';
import * as http from '../../../core/http';
import { createAppI18n } from '../../../i18n';
import type { FormRelation } from '../composables/schemaForm';
import RelationsField from './RelationsField.vue';

vi.mock('../../../core/http', async (importOriginal) => ({ ...(await importOriginal<typeof http>()), http: vi.fn() }));
const api = vi.mocked(http.http);

const SITE = 'an-hao-dong';
const SELF = 'd0000000-0000-4000-8000-000000000010';
const D1 = 'd0000000-0000-4000-8000-000000000001';
const D2 = 'd0000000-0000-4000-8000-000000000002';
const DOCS = {
  [D1]: { id: D1, title: 'Quyết định về quy chế cũ', number: '05/QĐ-UBND' },
  [D2]: { id: D2, title: 'Nghị quyết về kế hoạch năm 2026', number: '03/NQ-HĐND' },
  [SELF]: { id: SELF, title: 'Văn bản đang sửa', number: '12/QĐ-UBND' },
};

function mountField(initial: FormRelation[], lang: 'vi' | 'en' = 'vi', error?: string) {
  const rows = ref<FormRelation[]>(initial);
  const Host = defineComponent({
    render: () =>
      h(RelationsField, {
        id: 'document-relations',
        site: SITE,
        route: 'documents',
        label: 'Văn bản liên quan',
        kinds: RELATION_KIND_CODES,
        maxItems: 30,
        itemId: SELF,
        debounce: 0,
        error,
        modelValue: rows.value,
        'onUpdate:modelValue': (v: FormRelation[]) => (rows.value = v),
      }),
  });
  const wrapper = mount(Host, { attachTo: document.body, global: { plugins: [createAppI18n(lang)] } });
  return { wrapper, rows };
}

describe('RelationsField', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    document.body.innerHTML = '';
    api.mockImplementation(async (path: string, options) => {
      // Nothing published beyond what the staff list shows.
      if (path === `/sites/${SITE}/documents/linkable`) return [];
      const one = /\/documents\/([^/]+)$/.exec(path);
      if (one) {
        const found = DOCS[decodeURIComponent(one[1]!) as keyof typeof DOCS];
        if (!found) throw new Error('not found');
        return found;
      }
      if (path === `/sites/${SITE}/documents`) {
        const q = String((options?.query as Record<string, unknown>)?.q ?? '');
        const items = Object.values(DOCS).filter((d) => d.number.includes(q) || d.title.toLowerCase().includes(q.toLowerCase()));
        return { items, total: items.length, page: 1, pageSize: 10 };
      }
      throw new Error(`unexpected ${path}`);
    });
  });

  it('should show a saved relation with its outgoing label and the document’s number and title', async () => {
    const { wrapper } = mountField([{ kind: 'replaces', itemId: D1 }]);
    await flushPromises();
    const select = wrapper.find('[data-testid="relation-kind"]');
    expect((select.element as HTMLSelectElement).value).toBe('replaces');
    expect(select.findAll('option').map((o) => o.text())).toContain('Sửa đổi, bổ sung');
    expect((wrapper.find('[data-testid="item-combobox"]').element as HTMLInputElement).value).toBe('05/QĐ-UBND — Quyết định về quy chế cũ');
    expect(wrapper.find('label[for="document-relations-0-kind"]').text()).toBe('Quan hệ');
  });

  it('should label the kinds in English when the UI is in English', async () => {
    const { wrapper } = mountField([{ kind: 'amends', itemId: D1 }], 'en');
    await flushPromises();
    expect(
      wrapper
        .find('[data-testid="relation-kind"]')
        .findAll('option')
        .map((o) => o.text()),
    ).toEqual(['Replaces', 'Repeals', 'Partially repeals', 'Amends', 'Suspends', 'Guides', 'Based on']);
  });

  it('should add a row, find a document by its number with the keyboard, and leave the document being edited out', async () => {
    const { wrapper, rows } = mountField([]);
    await flushPromises();
    expect(wrapper.text()).toContain('Chưa có văn bản liên quan.');
    await wrapper.find('[data-testid="relations-add"]').trigger('click');
    await flushPromises();
    expect(rows.value).toEqual([{ kind: 'replaces', itemId: '' }]);
    expect(document.activeElement?.id).toBe('document-relations-0-kind');
    await wrapper.find('[data-testid="relation-kind"]').setValue('amends');
    expect(rows.value).toEqual([{ kind: 'amends', itemId: '' }]);

    const input = wrapper.find('[data-testid="item-combobox"]');
    expect(input.attributes('role')).toBe('combobox');
    await input.setValue('QĐ');
    await flushPromises();
    await new Promise((r) => setTimeout(r, 5));
    await flushPromises();
    expect(api).toHaveBeenCalledWith(`/sites/${SITE}/documents`, expect.objectContaining({ query: expect.objectContaining({ q: 'QĐ', pageSize: 10 }) }));
    const options = wrapper.findAll('[data-testid="item-combobox-option"]');
    expect(options.map((o) => o.text())).toEqual(['05/QĐ-UBNDQuyết định về quy chế cũ']);
    expect(input.attributes('aria-expanded')).toBe('true');
    expect(input.attributes('aria-activedescendant')).toBeUndefined();
    expect(wrapper.find('#document-relations-0-item-status').text()).toBe('1 kết quả, dùng phím mũi tên để chọn.');
    await input.trigger('keydown', { key: 'ArrowDown' });
    expect(input.attributes('aria-activedescendant')).toBe('document-relations-0-item-option-0');
    await input.trigger('keydown', { key: 'Enter' });
    await flushPromises();
    expect(rows.value).toEqual([{ kind: 'amends', itemId: D1 }]);
    expect(input.attributes('aria-expanded')).toBe('false');
    expect((input.element as HTMLInputElement).value).toBe('05/QĐ-UBND — Quyết định về quy chế cũ');
  });

  it('should close the list with Escape and keep what was chosen', async () => {
    const { wrapper, rows } = mountField([{ kind: 'guides', itemId: D2 }]);
    await flushPromises();
    const input = wrapper.find('[data-testid="item-combobox"]');
    await input.setValue('quy chế');
    await new Promise((r) => setTimeout(r, 5));
    await flushPromises();
    expect(wrapper.findAll('[data-testid="item-combobox-option"]')).toHaveLength(1);
    await input.trigger('keydown', { key: 'Escape' });
    expect(input.attributes('aria-expanded')).toBe('false');
    expect((input.element as HTMLInputElement).value).toBe('03/NQ-HĐND — Nghị quyết về kế hoạch năm 2026');
    expect(rows.value).toEqual([{ kind: 'guides', itemId: D2 }]);
  });

  it('should remove a row and move the focus to the next row’s remove button', async () => {
    const { wrapper, rows } = mountField([
      { kind: 'replaces', itemId: D1 },
      { kind: 'guides', itemId: D2 },
    ]);
    await flushPromises();
    await wrapper.find('#document-relations-0-remove').trigger('click');
    await flushPromises();
    expect(rows.value).toEqual([{ kind: 'guides', itemId: D2 }]);
    expect(document.activeElement?.id).toBe('document-relations-0-remove');
    expect((wrapper.find('[data-testid="item-combobox"]').element as HTMLInputElement).value).toBe('03/NQ-HĐND — Nghị quyết về kế hoạch năm 2026');
    await wrapper.find('#document-relations-0-remove').trigger('click');
    await flushPromises();
    expect(rows.value).toEqual([]);
    expect(document.activeElement?.id).toBe('document-relations');
  });

  it('should show the API’s complaint at the field and mark the unchosen row', async () => {
    const { wrapper } = mountField([{ kind: 'replaces', itemId: '' }], 'vi', 'Văn bản liên quan không hợp lệ.');
    await flushPromises();
    expect(wrapper.find('.field__error').text()).toBe('Văn bản liên quan không hợp lệ.');
    expect(wrapper.find('[data-testid="item-combobox"]').attributes('aria-invalid')).toBe('true');
    expect(wrapper.text()).toContain('Chưa chọn văn bản: liên kết này chưa được lưu.');
    expect(wrapper.find('[data-testid="relations-add"]').attributes('aria-invalid')).toBe('true');
  });
});

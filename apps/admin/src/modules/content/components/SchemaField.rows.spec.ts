import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { PROCEDURE_SCHEMA } from '@congxa/shared/content';
import * as http from '../../../core/http';
import { createAppI18n } from '../../../i18n';
import type { FormValue } from '../composables/itemForm';
import { describeFields } from '../composables/schemaForm';
import SchemaField from './SchemaField.vue';

vi.mock('../../media/api', () => ({ getMedia: vi.fn(async () => ({})) }));
vi.mock('../../../core/http', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  http: vi.fn(async (path: string) => (path.endsWith('/linkable') ? [] : { items: [] })),
}));
const api = vi.mocked(http.http);

const fields = Object.fromEntries(describeFields(PROCEDURE_SCHEMA, { lang: 'vi', idPrefix: 'procedure' }).map((f) => [f.key, f]));

function mountField(key: string, initial: FormValue, props: Record<string, unknown> = {}) {
  const value = ref<FormValue>(initial);
  const Host = defineComponent({
    render: () =>
      h(SchemaField, {
        field: fields[key]!,
        site: 'an-hao-dong',
        itemRoute: 'procedures',
        itemId: 'p0000000-0000-4000-8000-000000000001',
        modelValue: value.value,
        'onUpdate:modelValue': (v: FormValue) => (value.value = v),
        ...props,
      }),
  });
  return { wrapper: mount(Host, { attachTo: document.body, global: { plugins: [createAppI18n('vi')], stubs: { MediaPickerDialog: true } } }), value };
}

describe('SchemaField (rows, relations to another type)', () => {
  it('should draw a rows field as its table, the focus target (add a row) carrying the field’s id', async () => {
    const { wrapper, value } = mountField('dossier', [{ id: 'r1', name: 'Tờ khai', copies: '01', form: '' }], { required: true });
    expect(wrapper.find('[data-testid="rows-field"] legend').text()).toBe('Thành phần hồ sơ *');
    expect(wrapper.find('#procedure-dossier').attributes('data-testid')).toBe('rows-add');
    await wrapper.find('#procedure-dossier-0-copies').setValue('02');
    expect(value.value).toEqual([{ id: 'r1', name: 'Tờ khai', copies: '02', form: '' }]);
  });

  it('should search the legal basis among the site’s documents, with no kind to choose', async () => {
    document.body.innerHTML = '';
    const { wrapper, value } = mountField('legalBasis', []);
    expect(wrapper.text()).toContain('Chưa chọn văn bản nào.');
    await wrapper.find('[data-testid="relations-add"]').trigger('click');
    await flushPromises();
    expect(value.value).toEqual([{ kind: 'legal-basis', itemId: '' }]);
    expect(wrapper.find('[data-testid="relation-kind"]').exists()).toBe(false);
    expect(document.activeElement?.id).toBe('procedure-legalBasis-0-item');
    await wrapper.find('#procedure-legalBasis-0-item').setValue('123/2015');
    await new Promise((r) => setTimeout(r, 300));
    await flushPromises();
    expect(api).toHaveBeenCalledWith('/sites/an-hao-dong/documents', expect.objectContaining({ query: expect.objectContaining({ q: '123/2015' }) }));
  });
});

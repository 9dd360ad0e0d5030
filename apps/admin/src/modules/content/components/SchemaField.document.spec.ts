import { mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { DOCUMENT_SCHEMA } from '@congxa/shared/content';
import { createAppI18n } from '../../../i18n';
import type { FormValue } from '../composables/itemForm';
import { describeFields } from '../composables/schemaForm';
import SchemaField from './SchemaField.vue';

vi.mock('../../media/api', () => ({ getMedia: vi.fn(async () => ({})) }));
vi.mock('../../../core/http', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  http: vi.fn(async (path: string) => (path.endsWith('/linkable') ? [] : { items: [] })),
}));

const fields = Object.fromEntries(describeFields(DOCUMENT_SCHEMA, { lang: 'vi', idPrefix: 'document' }).map((f) => [f.key, f]));

function mountField(key: string, initial: FormValue, props: Record<string, unknown> = {}) {
  const value = ref<FormValue>(initial);
  const Host = defineComponent({
    render: () =>
      h(SchemaField, {
        field: fields[key]!,
        site: 'an-hao-dong',
        itemRoute: 'documents',
        modelValue: value.value,
        'onUpdate:modelValue': (v: FormValue) => (value.value = v),
        ...props,
      }),
  });
  return { wrapper: mount(Host, { attachTo: document.body, global: { plugins: [createAppI18n('vi')], stubs: { MediaPickerDialog: true } } }), value };
}

describe('SchemaField (date, attachments, relations)', () => {
  it('should edit a day as dd/mm/yyyy and hold it as YYYY-MM-DD, "" when emptied', async () => {
    const { wrapper, value } = mountField('issuedOn', '2026-03-05', { required: true });
    const input = wrapper.find('#document-issuedOn');
    expect((input.element as HTMLInputElement).value).toBe('05/03/2026');
    expect(wrapper.find('label[for="document-issuedOn"]').text()).toBe('Ngày ban hành');
    await input.setValue('31/12/2026');
    expect(value.value).toBe('2026-12-31');
    await input.setValue('');
    expect(value.value).toBe('');
  });

  it('should say a day is not valid once the box is left, and show the API’s complaint otherwise', async () => {
    const { wrapper } = mountField('effectiveOn', '', { error: 'Ngày có hiệu lực không được trước ngày ban hành.' });
    const input = wrapper.find('#document-effectiveOn');
    expect(input.attributes('aria-invalid')).toBe('true');
    expect(wrapper.find('.field__error').text()).toBe('Ngày có hiệu lực không được trước ngày ban hành.');
    await input.setValue('31/02/2026');
    await input.trigger('blur');
    expect(wrapper.find('.field__error').text()).toContain('Ngày không hợp lệ');
  });

  it('should not let a read-only day be typed in', () => {
    const { wrapper } = mountField('issuedOn', '2026-03-05', { readonly: true });
    expect(wrapper.find('#document-issuedOn').attributes('readonly')).toBeDefined();
  });

  it('should draw the files and the relations with their own inputs, the focus target carrying the field’s id', () => {
    const files = mountField('attachments', []).wrapper;
    expect(files.find('[data-testid="attachments-field"]').exists()).toBe(true);
    expect(files.find('#document-attachments').attributes('data-testid')).toBe('attachments-add');
    const links = mountField('relations', []).wrapper;
    expect(links.find('[data-testid="relations-field"]').exists()).toBe(true);
    expect(links.find('#document-relations').attributes('data-testid')).toBe('relations-add');
  });

  it('should leave out the buttons of read-only files and relations', () => {
    expect(mountField('attachments', [], { readonly: true }).wrapper.find('[data-testid="attachments-add"]').exists()).toBe(false);
    expect(mountField('relations', [], { readonly: true }).wrapper.find('[data-testid="relations-add"]').exists()).toBe(false);
  });
});

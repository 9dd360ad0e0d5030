import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick, ref } from 'vue';
import DateField from './DateField.vue';

function mountField(initial = '') {
  const day = ref(initial);
  const Host = defineComponent({
    render: () =>
      h(DateField, {
        id: 'd',
        label: 'Từ ngày',
        invalidMessage: 'Ngày không hợp lệ',
        modelValue: day.value,
        'onUpdate:modelValue': (v: string) => (day.value = v),
      }),
  });
  return { wrapper: mount(Host, { attachTo: document.body }), day };
}

describe('DateField', () => {
  it('should show the day as dd/mm/yyyy and give what is typed as YYYY-MM-DD', async () => {
    const { wrapper, day } = mountField('2026-03-01');
    const input = wrapper.find('input');
    expect((input.element as HTMLInputElement).value).toBe('01/03/2026');
    expect(input.attributes('type')).toBe('text');
    await input.setValue('31/12/2026');
    expect(day.value).toBe('2026-12-31');
  });

  it('should keep the last good day and say so when the text is not a day', async () => {
    const { wrapper, day } = mountField('2026-03-01');
    const input = wrapper.find('input');
    await input.setValue('31/02/2026');
    await input.trigger('blur');
    expect(day.value).toBe('2026-03-01');
    expect(wrapper.find('#d-error').text()).toBe('Ngày không hợp lệ');
    expect(input.attributes('aria-invalid')).toBe('true');
  });

  it('should empty the day when the text is cleared, and follow a change from outside', async () => {
    const { wrapper, day } = mountField('2026-03-01');
    await wrapper.find('input').setValue('');
    expect(day.value).toBe('');
    day.value = '2027-01-05';
    await nextTick();
    await nextTick();
    expect((wrapper.find('input').element as HTMLInputElement).value).toBe('05/01/2027');
  });
});

import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import DateTimeField from './DateTimeField.vue';

function setup(initial = '') {
  const value = ref(initial);
  const wrapper = mount(
    defineComponent({
      setup: () => () =>
        h(DateTimeField, {
          id: 'publish',
          label: 'Đăng lúc',
          dateLabel: 'Ngày',
          timeLabel: 'Giờ',
          invalidMessage: 'Thời điểm chưa đúng.',
          modelValue: value.value,
          'onUpdate:modelValue': (v: string) => (value.value = v),
        }),
    }),
    { attachTo: document.body },
  );
  return { wrapper, value };
}

describe('DateTimeField', () => {
  it('should show a stored moment as dd/mm/yyyy and HH:mm in Vietnam time', () => {
    const { wrapper } = setup('2026-12-05T03:32:00.000Z');
    expect((wrapper.find('#publish').element as HTMLInputElement).value).toBe('05/12/2026');
    expect((wrapper.find('#publish-time').element as HTMLInputElement).value).toBe('10:32');
    wrapper.unmount();
  });

  it('should give the typed moment with the +07:00 offset whatever the browser language', async () => {
    const { wrapper, value } = setup();
    await wrapper.find('#publish').setValue('05/12/2026');
    await wrapper.find('#publish-time').setValue('14:30');
    expect(value.value).toBe('2026-12-05T14:30:00+07:00');
    wrapper.unmount();
  });

  it('should say the moment is wrong once the field is left with a day the calendar does not have', async () => {
    const { wrapper } = setup();
    await wrapper.find('#publish').setValue('31/02/2026');
    await wrapper.find('#publish').trigger('blur');
    expect(wrapper.find('#publish-error').text()).toBe('Thời điểm chưa đúng.');
    expect(wrapper.find('#publish').attributes('aria-invalid')).toBe('true');
    wrapper.unmount();
  });
});

import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import type { MediaResponse } from '@congxa/shared/dto/media';
import * as core from '../../../core/http';
import type { HttpOptions } from '../../../core/http';
import { createAppI18n } from '../../../i18n';
import { useSessionStore } from '../../auth/stores/session';
import { sampleImage } from '../testing';
import CoverField from './CoverField.vue';
import MediaPickerDialog from './MediaPickerDialog.vue';

vi.mock('../../../core/http', async (importOriginal) => ({ ...(await importOriginal<typeof core>()), http: vi.fn(), upload: vi.fn() }));
const http = vi.mocked(core.http);

const SITE = 'an-hao-dong';
const withAlt = sampleImage({ id: 'i1', originalName: 'hoi-nghi.jpg' });
const withoutAlt = sampleImage({ id: 'i2', originalName: 'le-hoi.jpg', altText: null });

function setup() {
  const pinia = createPinia();
  setActivePinia(pinia);
  useSessionStore().$patch({
    status: 'authenticated',
    user: { id: 'u1', email: 'ctv@demo.local', fullName: 'Hoàng Văn Cộng', isPlatformAdmin: false },
    memberships: [
      {
        site: { id: 's1', code: '99999', slug: SITE, name: 'Xã Ân Hảo Đông' },
        role: 'contributor',
        isStaff: true,
        fields: [],
        permissions: ['media.read', 'media.upload', 'media.update'],
      },
    ],
  });
  return { plugins: [pinia, createAppI18n('vi')] };
}

function mountPicker() {
  const picked: MediaResponse[] = [];
  const open = ref(true);
  const Host = defineComponent({
    render: () =>
      h(MediaPickerDialog, {
        open: open.value,
        'onUpdate:open': (v: boolean) => (open.value = v),
        site: SITE,
        kind: 'image',
        onPick: (m: MediaResponse) => picked.push(m),
      }),
  });
  const wrapper = mount(Host, { global: setup(), attachTo: document.body });
  return { wrapper, picked, open };
}

const cards = () => Array.from(document.querySelectorAll<HTMLButtonElement>('[data-testid="media-picker"] [data-testid="media-card"]'));

describe('MediaPickerDialog', { timeout: 20_000 }, () => {
  beforeEach(() => {
    vi.clearAllMocks();
    document.body.innerHTML = '';
    http.mockImplementation(((path: string, options: HttpOptions = {}) => {
      if (options.method === 'PATCH') return Promise.resolve({ ...withoutAlt, ...(options.body as object), revision: 2 });
      if (path.endsWith('/media')) return Promise.resolve({ items: [withAlt, withoutAlt], total: 2, page: 1, pageSize: 12 });
      return Promise.resolve({ ...withAlt, usage: [], hiddenUsageCount: 0 });
    }) as never);
  });

  it('should list only images and emit pick with the item chosen, then close', async () => {
    const { picked, open } = mountPicker();
    await flushPromises();
    expect(http).toHaveBeenCalledWith(`/sites/${SITE}/media`, { query: { page: 1, pageSize: 12, kind: 'image', q: undefined, missingAlt: undefined } });
    expect(cards()).toHaveLength(2);
    cards()[0]!.click();
    await flushPromises();
    expect(picked.map((m) => m.id)).toEqual(['i1']);
    expect(open.value).toBe(false);
  });

  it('should move through the grid with the arrow keys', async () => {
    mountPicker();
    await flushPromises();
    cards()[0]!.focus();
    cards()[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(document.activeElement).toBe(cards()[1]);
  });

  it('should ask for the alt text of an image without one before handing it over', async () => {
    const { picked } = mountPicker();
    await flushPromises();
    cards()[1]!.click();
    await flushPromises();
    expect(picked).toEqual([]);
    const step = document.querySelector('[data-testid="media-picker-alt"]')!;
    expect(step).not.toBeNull();

    // Empty: refused here, nothing sent.
    step.querySelector('form')!.dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(step.querySelector('[data-testid="media-alt-error"]')!.textContent).toBe('Hãy viết mô tả cho ảnh.');

    const alt = step.querySelector<HTMLTextAreaElement>('[data-testid="media-alt-input"]')!;
    alt.value = 'Người dân dự lễ hội';
    alt.dispatchEvent(new Event('input'));
    step.querySelector('form')!.dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(http).toHaveBeenCalledWith(`/sites/${SITE}/media/i2`, { method: 'PATCH', body: { revision: 1, altText: 'Người dân dự lễ hội', caption: null } });
    expect(picked.map((m) => [m.id, m.altText])).toEqual([['i2', 'Người dân dự lễ hội']]);
  });
});

describe('CoverField', { timeout: 20_000 }, () => {
  beforeEach(() => {
    vi.clearAllMocks();
    document.body.innerHTML = '';
  });

  it('should show the chosen cover with its alt text, warn when it has none, and remove it', async () => {
    http.mockResolvedValue({ ...withoutAlt, usage: [], hiddenUsageCount: 0 });
    const value = ref<string | null>('i2');
    const Host = {
      render: () =>
        h(CoverField, { site: SITE, label: 'Ảnh đại diện', modelValue: value.value, 'onUpdate:modelValue': (v: string | null) => (value.value = v) }),
    };
    const wrapper = mount(Host, { global: setup(), attachTo: document.body });
    await flushPromises();
    expect(http).toHaveBeenCalledWith(`/sites/${SITE}/media/i2`, { signal: undefined });
    expect(wrapper.find('legend').text()).toBe('Ảnh đại diện');
    expect(wrapper.find('[data-testid="cover-img"]').attributes('src')).toBe('/api/v1/public/media/i2/w320.webp');
    expect(wrapper.find('[data-testid="cover-missing-alt"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="cover-choose"]').text()).toBe('Đổi ảnh bìa');

    await wrapper.find('[data-testid="cover-remove"]').trigger('click');
    await flushPromises();
    expect(value.value).toBeNull();
    expect(wrapper.find('[data-testid="cover-choose"]').text()).toBe('Chọn ảnh bìa');
  });
});

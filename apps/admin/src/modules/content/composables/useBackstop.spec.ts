import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { mount } from '@vue/test-utils';
import { backstopKey, clearDrafts, keepDraft, latestDraft, resetBackstopConnection, useBackstop, type BackstopItem } from './useBackstop';
import type { ItemForm } from './itemForm';

const item: BackstopItem = { user: 'u1', site: 'an-hao-dong', type: 'article', id: 'a1' };

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetBackstopConnection();
});
afterEach(() => vi.useRealTimers());

describe('backstop store', () => {
  it('should key a draft by user, site, type, item and base revision', () => {
    expect(backstopKey(item, 3)).toBe('u1|an-hao-dong|article|a1|3');
  });

  it('should give back the latest draft of the item for this person only', async () => {
    await keepDraft(item, 3, { title: 'Bản đầu' }, new Date('2026-12-05T03:30:00Z'));
    await keepDraft(item, 4, { title: 'Bản sau' }, new Date('2026-12-05T03:32:00Z'));
    await keepDraft({ ...item, user: 'u2' }, 4, { title: 'Của người khác' }, new Date('2026-12-05T03:40:00Z'));
    const found = await latestDraft(item);
    expect(found).toMatchObject({ baseRevision: 4, form: { title: 'Bản sau' }, savedAt: '2026-12-05T03:32:00.000Z' });
    await clearDrafts(item);
    expect(await latestDraft(item)).toBeNull();
    expect(await latestDraft({ ...item, user: 'u2' })).not.toBeNull();
  });
});

describe('useBackstop', () => {
  function setup(dirty = true) {
    const form = ref<ItemForm>({ title: 'Đang gõ dở' });
    let api!: ReturnType<typeof useBackstop>;
    const wrapper = mount(
      defineComponent({
        setup() {
          api = useBackstop({ item: () => item, revision: () => 3, form: () => form.value, dirty: () => dirty, intervalMs: 5000 });
          return () => h('div');
        },
      }),
    );
    return { form, api: () => api, wrapper };
  }

  it('should keep the form every few seconds while it is dirty', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { api, wrapper } = setup();
    api().start();
    vi.advanceTimersByTime(5000);
    await vi.waitFor(async () => expect(await latestDraft(item)).toMatchObject({ baseRevision: 3, form: { title: 'Đang gõ dở' } }));
    wrapper.unmount();
  });

  it('should keep the form at once when the page is hidden or goes away', async () => {
    const { api, form, wrapper } = setup();
    api().start();
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(async () => expect((await latestDraft(item))?.form.title).toBe('Đang gõ dở'));
    form.value = { title: 'Gõ thêm' };
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(async () => expect((await latestDraft(item))?.form.title).toBe('Gõ thêm'));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    wrapper.unmount();
  });

  it('should keep nothing while the form is clean and forget the drafts after a save', async () => {
    const clean = setup(false);
    await clean.api().flush();
    expect(await latestDraft(item)).toBeNull();
    clean.wrapper.unmount();

    const { api, wrapper } = setup();
    await api().flush();
    expect(await api().find()).not.toBeNull();
    await api().clear();
    expect(await api().find()).toBeNull();
    wrapper.unmount();
  });
});

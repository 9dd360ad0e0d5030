import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import type { NotificationResponse } from '@congxa/shared/dto/notifications';
import * as http from '../../../core/http';
import { createAppI18n } from '../../../i18n';
import { parseNotificationQuery } from '../composables/useNotificationList';
import { useNotificationsStore } from '../stores/notifications';

vi.mock('../../../core/http', async (importOriginal) => ({ ...(await importOriginal<typeof http>()), http: vi.fn() }));
const api = vi.mocked(http.http);
const SITE = { id: 's1', slug: 'an-hao-dong', name: 'Xã Ân Hảo Đông' };
const note = (id: string, readAt: string | null): NotificationResponse => ({
  id,
  site: SITE,
  kind: 'article.return',
  title: `Thông báo ${id}`,
  body: null,
  link: '',
  articleId: `a-${id}`,
  readAt,
  createdAt: '2026-12-05T03:32:00Z',
});
const Stub = { render: () => h('p', 'editor') };

async function mountPage(path = '/thong-bao') {
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/thong-bao', name: 'notifications', component: () => import('./NotificationsPage.vue') },
      { path: '/sites/:site/tin-bai/:id', name: 'article-edit', component: Stub },
    ],
  });
  await router.push(path);
  await router.isReady();
  const wrapper = mount(defineComponent({ render: () => h(RouterView) }), {
    global: { plugins: [pinia, createAppI18n('vi'), router] },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, router, store: useNotificationsStore() };
}

describe('parseNotificationQuery', () => {
  it('should ignore a page that is not a positive whole number', () => {
    expect(parseNotificationQuery({ page: '3', unread: '1' })).toEqual({ page: 3, unreadOnly: true });
    expect(parseNotificationQuery({ page: '0' })).toEqual({ page: 1, unreadOnly: false });
    expect(parseNotificationQuery({ page: 'abc', unread: 'yes' })).toEqual({ page: 1, unreadOnly: false });
  });
});

describe('NotificationsPage', { timeout: 20_000 }, () => {
  beforeEach(() => {
    vi.resetAllMocks();
    document.body.innerHTML = '';
    api.mockImplementation(async (path: string) => {
      if (path === '/me/notifications')
        return { items: [note('n1', null), note('n2', '2026-12-04T00:00:00Z')], total: 2, page: 1, pageSize: 20, unreadCount: 1 };
      if (path === '/me/notifications/read-all') return { updated: 1 };
      return note('n1', '2026-12-05T04:00:00Z');
    });
  });

  it('should mark the unread ones and open the item of one, marking it read', async () => {
    const { wrapper, router } = await mountPage('/thong-bao?page=abc');
    expect(api).toHaveBeenCalledWith('/me/notifications', { query: { page: 1, pageSize: 20, unread: undefined } });
    const rows = wrapper.findAll('[data-testid="notification-row"]');
    expect(rows[0].find('[data-testid="unread-mark"]').exists()).toBe(true);
    expect(rows[1].find('[data-testid="unread-mark"]').exists()).toBe(false);
    await rows[0].find('[data-testid="notification-open"]').trigger('click');
    await flushPromises();
    expect(api).toHaveBeenCalledWith('/me/notifications/n1/read', { method: 'POST' });
    expect(router.currentRoute.value.fullPath).toBe('/sites/an-hao-dong/tin-bai/a-n1');
  });

  it('should mark one read without leaving, and all read with one button', async () => {
    const { wrapper } = await mountPage();
    await wrapper.find('[data-testid="notification-read"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="unread-mark"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="unread-summary"]').text()).toBe('Bạn đã đọc hết thông báo.');

    const again = await mountPage('/thong-bao?unread=1');
    expect(api).toHaveBeenLastCalledWith('/me/notifications', { query: { page: 1, pageSize: 20, unread: 1 } });
    await again.wrapper.find('[data-testid="mark-all"]').trigger('click');
    await flushPromises();
    expect(api).toHaveBeenCalledWith('/me/notifications/read-all', { method: 'POST' });
    expect(again.wrapper.find('[data-testid="unread-mark"]').exists()).toBe(false);
  });
});

import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { NotificationPage, NotificationResponse } from '@congxa/shared/dto/notifications';
import * as api from '../api';
import { useNotificationsStore } from './notifications';

vi.mock('../api', () => ({ fetchUnread: vi.fn(), markRead: vi.fn(), markAllRead: vi.fn() }));
const mocked = vi.mocked(api);

const note = (id: string): NotificationResponse => ({
  id,
  site: { id: 's1', slug: 'an-hao-dong', name: 'Xã Ân Hảo Đông' },
  kind: 'article.unpublish',
  title: `Tin bài đã bị gỡ xuống ${id}`,
  body: null,
  link: `/admin/tin-bai/${id}`,
  articleId: id,
  readAt: null,
  createdAt: '2026-03-02T03:00:00.000Z',
});
const page = (items: NotificationResponse[]): NotificationPage => ({ items, total: items.length, page: 1, pageSize: 10, unreadCount: items.length });

describe('notifications store', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    setActivePinia(createPinia());
  });

  it('should count down at once when a notification is opened', async () => {
    mocked.fetchUnread.mockResolvedValue(page([note('a'), note('b')]));
    mocked.markRead.mockResolvedValue({ ...note('a'), readAt: '2026-03-02T04:00:00.000Z' });
    const store = useNotificationsStore();
    await store.refresh();
    expect(store.unreadCount).toBe(2);
    await store.markRead('a');
    expect(store.unreadCount).toBe(1);
    expect(store.unread.map((n) => n.id)).toEqual(['b']);
  });

  it('should not bring a read notification back when an older refresh answers late', async () => {
    let answer: (p: NotificationPage) => void = () => undefined;
    mocked.fetchUnread.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    mocked.markRead.mockResolvedValue({ ...note('a'), readAt: '2026-03-02T04:00:00.000Z' });
    const store = useNotificationsStore();
    store.unread = [note('a'), note('b')];
    store.unreadCount = 2;
    const late = store.refresh();
    await store.markRead('a');
    answer(page([note('a'), note('b')]));
    await late;
    expect(store.unreadCount).toBe(1);
    expect(store.unread.map((n) => n.id)).toEqual(['b']);
  });

  it('should keep quiet and flag the failure when the notifications cannot be loaded', async () => {
    mocked.fetchUnread.mockRejectedValue(new Error('offline'));
    const store = useNotificationsStore();
    await store.refresh();
    expect(store.failed).toBe(true);
    expect(store.unreadCount).toBe(0);
  });
});

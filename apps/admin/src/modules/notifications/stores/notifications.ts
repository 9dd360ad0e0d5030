import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { NotificationResponse } from '@congxa/shared/dto/notifications';
import * as api from '../api';

/** The signed-in user's unread notifications, for the header bell. */
export const useNotificationsStore = defineStore('notifications', () => {
  const unread = ref<NotificationResponse[]>([]);
  const unreadCount = ref(0);
  const failed = ref(false);
  let loading: Promise<void> | null = null;
  /** Bumped by every local change: an answer to a request sent before it is out of date and dropped. */
  let version = 0;

  function refresh(): Promise<void> {
    loading ??= (async () => {
      const started = version;
      try {
        const page = await api.fetchUnread();
        if (started !== version) return;
        unread.value = page.items;
        unreadCount.value = typeof page.unreadCount === 'number' ? page.unreadCount : page.total;
        failed.value = false;
      } catch {
        failed.value = true;
      } finally {
        loading = null;
      }
    })();
    return loading;
  }

  async function markRead(id: string): Promise<void> {
    version++;
    const had = unread.value.some((n) => n.id === id);
    unread.value = unread.value.filter((n) => n.id !== id);
    if (had) unreadCount.value = Math.max(0, unreadCount.value - 1);
    try {
      await api.markRead(id);
    } catch {
      await refresh();
    }
  }

  async function markAllRead(): Promise<void> {
    version++;
    await api.markAllRead();
    unread.value = [];
    unreadCount.value = 0;
  }

  function clear(): void {
    version++;
    unread.value = [];
    unreadCount.value = 0;
    failed.value = false;
  }

  return { unread, unreadCount, failed, refresh, markRead, markAllRead, clear };
});

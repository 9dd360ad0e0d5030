import { computed, ref, watch } from 'vue';
import { useRoute, useRouter, type LocationQuery, type RouteLocationRaw } from 'vue-router';
import type { NotificationResponse } from '@congxa/shared/dto/notifications';
import { useErrorMessage } from '../../../composables/useErrorMessage';
import * as api from '../api';
import { useNotificationsStore } from '../stores/notifications';

export const NOTIFICATIONS_PAGE_SIZE = 20;

export interface NotificationListState {
  page: number;
  unreadOnly: boolean;
}

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** `?page=&unread=1` of the notifications page; anything else is ignored. */
export function parseNotificationQuery(query: LocationQuery): NotificationListState {
  const page = String(first(query.page) ?? '');
  return { page: /^\d+$/.test(page) && Number(page) >= 1 ? Number(page) : 1, unreadOnly: first(query.unread) === '1' };
}

export function notificationQueryOf(state: NotificationListState): Record<string, string> {
  return { ...(state.page > 1 ? { page: String(state.page) } : {}), ...(state.unreadOnly ? { unread: '1' } : {}) };
}

/**
 * The notifications page: a page of them (state in the URL), marking one or all read — through the bell's
 * store, so the bell's count follows.
 */
export function useNotificationList() {
  const route = useRoute();
  const router = useRouter();
  const store = useNotificationsStore();
  const describe = useErrorMessage();
  const state = computed(() => parseNotificationQuery(route.query));
  const items = ref<NotificationResponse[]>([]);
  const total = ref(0);
  const unreadCount = ref(0);
  const loading = ref(false);
  const error = ref<string | null>(null);
  const pages = computed(() => Math.max(1, Math.ceil(total.value / NOTIFICATIONS_PAGE_SIZE)));

  let run = 0;
  async function load(): Promise<void> {
    const id = ++run;
    loading.value = true;
    error.value = null;
    try {
      const page = await api.fetchPage(state.value.page, NOTIFICATIONS_PAGE_SIZE, state.value.unreadOnly);
      if (id !== run) return;
      items.value = page.items;
      total.value = page.total;
      unreadCount.value = page.unreadCount;
    } catch (e) {
      if (id === run) error.value = describe(e);
    } finally {
      if (id === run) loading.value = false;
    }
  }
  watch(
    () => `${state.value.page}-${state.value.unreadOnly}`,
    () => void load(),
    { immediate: true },
  );

  const linkTo = (changes: Partial<NotificationListState>): RouteLocationRaw => ({
    name: 'notifications',
    query: notificationQueryOf({ ...state.value, page: 1, ...changes }),
  });

  async function markRead(n: NotificationResponse): Promise<void> {
    if (n.readAt) return;
    n.readAt = new Date().toISOString();
    unreadCount.value = Math.max(0, unreadCount.value - 1);
    await store.markRead(n.id);
  }

  async function markAllRead(): Promise<void> {
    error.value = null;
    try {
      await store.markAllRead();
      const now = new Date().toISOString();
      for (const n of items.value) n.readAt ??= now;
      unreadCount.value = 0;
    } catch (e) {
      error.value = describe(e);
    }
  }

  return { state, items, total, unreadCount, loading, error, pages, linkTo, markRead, markAllRead, reload: load, router };
}

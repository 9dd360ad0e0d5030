import type { NotificationPage, NotificationResponse, ReadAllNotificationsResponse } from '@congxa/shared/dto/notifications';
import { http } from '../../core/http';

export function fetchUnread(pageSize = 10): Promise<NotificationPage> {
  return http<NotificationPage>('/me/notifications', { query: { unread: 1, pageSize } });
}

export function markRead(id: string): Promise<NotificationResponse> {
  return http<NotificationResponse>(`/me/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' });
}

export function markAllRead(): Promise<ReadAllNotificationsResponse> {
  return http<ReadAllNotificationsResponse>('/me/notifications/read-all', { method: 'POST' });
}

/** One page of all my notifications (or only the unread ones), newest first. */
export function fetchPage(page: number, pageSize: number, unreadOnly = false): Promise<NotificationPage> {
  return http<NotificationPage>('/me/notifications', { query: { page, pageSize, unread: unreadOnly ? 1 : undefined } });
}

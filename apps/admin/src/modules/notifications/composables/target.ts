import type { NotificationResponse } from '@congxa/shared/dto/notifications';
import type { RouteLocationRaw } from 'vue-router';
import { itemEditorRoute } from '../../content/composables/itemRoutes';

/** The content type a notification is about: its kind is `<type>.<move>` (`article.submit`, `page.approve`). */
const typeOf = (kind: string): string => kind.split('.', 1)[0] ?? '';

/**
 * Where a notification leads in the admin: the editor of its item, by the type its kind names and on its
 * site (`articleId` carries the item's id for every type); else the admin path of its link when it points
 * into /admin/ (`/admin/trang/<id>?site=…` → `/trang/<id>?site=…`); else nowhere.
 */
export function notificationTarget(n: Pick<NotificationResponse, 'kind' | 'articleId' | 'link' | 'site'>): RouteLocationRaw | null {
  if (n.articleId) {
    const editor = itemEditorRoute(typeOf(n.kind), n.articleId, n.site?.slug);
    if (editor) return editor;
  }
  try {
    const url = new URL(n.link, 'http://admin.invalid');
    const match = /^\/admin(\/.*)$/.exec(url.pathname);
    if (match) return `${match[1]}${url.search}`;
  } catch {
    // Not a URL: nowhere to go.
  }
  return null;
}

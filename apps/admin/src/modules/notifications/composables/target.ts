import type { NotificationResponse } from '@congxa/shared/dto/notifications';
import type { RouteLocationRaw } from 'vue-router';
import { ITEM_ROUTES } from '../../content/composables/itemRoutes';
import { isContentType } from '../../content/composables/labels';

/** The content type a notification is about: its kind is `<type>.<move>` (`article.submit`, `page.approve`). */
const typeOf = (kind: string): string => kind.split('.', 1)[0] ?? '';

/**
 * Where a notification leads in the admin: the editor of its item, by the type its kind names and on its
 * site (`articleId` carries the item's id for every type); else the admin path of its link when it points
 * into /admin/ (`/admin/trang/<id>?site=…` → `/trang/<id>?site=…`); else nowhere.
 */
export function notificationTarget(n: Pick<NotificationResponse, 'kind' | 'articleId' | 'link' | 'site'>): RouteLocationRaw | null {
  const type = typeOf(n.kind);
  // The site is in the editor's path (`/sites/:site/tin-bai/:id`).
  if (n.articleId && n.site?.slug && isContentType(type)) return { name: ITEM_ROUTES[type].edit, params: { site: n.site.slug, id: n.articleId } };
  try {
    const url = new URL(n.link, 'http://admin.invalid');
    const match = /^\/admin(\/.*)$/.exec(url.pathname);
    if (match) return `${match[1]}${url.search}`;
  } catch {
    // Not a URL: nowhere to go.
  }
  return null;
}

import type { NotificationResponse } from '@congxa/shared/dto/notifications';
import type { RouteLocationRaw } from 'vue-router';

/**
 * Where a notification leads in the admin: its article's editor (with the site, so no guessing), else
 * the admin path of its link when it points into /admin/, else nowhere.
 */
export function notificationTarget(n: Pick<NotificationResponse, 'articleId' | 'link' | 'site'>): RouteLocationRaw | null {
  if (n.articleId) return { name: 'article-edit', params: { id: n.articleId }, query: n.site?.slug ? { site: n.site.slug } : {} };
  try {
    const url = new URL(n.link, 'http://admin.invalid');
    const match = /^\/admin(\/.*)$/.exec(url.pathname);
    if (match) return `${match[1]}${url.search}`;
  } catch {
    // Not a URL: nowhere to go.
  }
  return null;
}

import type { RouteLocationRaw } from 'vue-router';
import type { ContentType } from '@congxa/shared/content';
import { isContentType } from './labels';

/** The admin's list and editor of each content type (route names; paths in each module's routes.ts). */
export const ITEM_ROUTES: Record<ContentType, { list: string; edit: string }> = {
  article: { list: 'articles', edit: 'article-edit' },
  page: { list: 'pages', edit: 'page-edit' },
  document: { list: 'documents', edit: 'document-edit' },
};

/** The editor of an item of any type, on its site; null for a type this SPA does not know. */
export function itemEditorRoute(type: string, id: string, site: string): RouteLocationRaw | null {
  if (!isContentType(type)) return null;
  return { name: ITEM_ROUTES[type].edit, params: { site, id } };
}

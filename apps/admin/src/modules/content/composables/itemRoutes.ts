import type { RouteLocationRaw } from 'vue-router';
import type { ContentType } from '@congxa/shared/content';
import { isContentType } from './labels';

/**
 * The admin's list and editor of each content type (route names; paths in each module's routes.ts), and
 * the API's path segment of its staff routes (where a relation to the type searches).
 */
export const ITEM_ROUTES: Record<ContentType, { list: string; edit: string; api: string }> = {
  article: { list: 'articles', edit: 'article-edit', api: 'articles' },
  page: { list: 'pages', edit: 'page-edit', api: 'pages' },
  document: { list: 'documents', edit: 'document-edit', api: 'documents' },
  procedure: { list: 'procedures', edit: 'procedure-edit', api: 'procedures' },
  schedule: { list: 'schedules', edit: 'schedule-edit', api: 'schedules' },
};

/** The editor of an item of any type, on its site; null for a type this SPA does not know. */
export function itemEditorRoute(type: string, id: string, site: string): RouteLocationRaw | null {
  if (!isContentType(type)) return null;
  return { name: ITEM_ROUTES[type].edit, params: { site, id } };
}

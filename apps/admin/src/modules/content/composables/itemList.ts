import type { Component } from 'vue';
import type { ContentTypeSchema } from '@congxa/shared/content';
import { refFields } from '@congxa/shared/content';
import type { Page } from '@congxa/shared/dto/common';
import type { ItemSummaryResponse } from '@congxa/shared/dto/content';
import type { Permission } from '@congxa/shared/authz';
import { http } from '../../../core/http';
import type { ItemListRequest } from './useListQuery';

/**
 * What a type tells the generic list page (`ItemListPage.vue`): its schema, its API and admin routes, the
 * i18n keys of its words, and how a new item is created. Everything else is the same for every type.
 */
export interface ItemListDefinition {
  schema: ContentTypeSchema;
  /** The API's path segment: `articles`, `pages`. */
  apiRoute: string;
  /** The admin's list route (by name). */
  routeName: string;
  /** The i18n section holding `title`, `newItem`, `newTitle`, `pageInfo`, `tabs.*`, `empty.*`: `articles`, `pages`. */
  messages: 'articles' | 'pages' | 'documents' | 'procedures' | 'schedules';
  /** Message key of the "new item" button and heading (default: the articles' or pages' own). */
  newLabel?: string;
  /** Message key of the title column's header (legal documents: "Trích yếu"). */
  titleLabel?: string;
  /** Columns of the type's own (a register's number, type, date of issue): before and after the title. */
  leadColumns?: ListColumn[];
  columns?: ListColumn[];
  /** Leave out the author and assignee columns (a register keeps to its own facts). */
  hidePeople?: boolean;
  /** Show the slug column (pages: their address is what people recognise). */
  showSlug?: boolean;
  /** The permission the type adds to `content.create` (pages: `page.create`). */
  createPermission?: Permission | null;
  /**
   * The type's own "new item" form instead of the title form (schedules: a week), given the site and the
   * heading; it emits `created` with the new item (the list opens its editor) and `close`.
   */
  newItemPanel?: Component;
}

/** One column a type adds to the list: its header and what a row shows (null: "—"). */
export interface ListColumn {
  key: string;
  /** Message key of the header. */
  label: string;
  value: (row: ItemSummaryResponse & Record<string, unknown>, lang: 'vi' | 'en') => string | null;
  /** Keep on one line (numbers, days). */
  nowrap?: boolean;
}

/** Does the type have a category (articles), so the list can filter by it? */
export function hasCategory(schema: ContentTypeSchema): boolean {
  return refFields(schema).some((f) => f.to === 'category');
}

/** `GET /sites/:site/<type>` with every filter, sort and page of the list. */
export function fetchItemList(apiRoute: string, site: string, req: ItemListRequest, signal?: AbortSignal): Promise<Page<ItemSummaryResponse>> {
  return http<Page<ItemSummaryResponse>>(`/sites/${encodeURIComponent(site)}/${apiRoute}`, { query: { ...req }, signal });
}

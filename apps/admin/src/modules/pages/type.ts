import { PAGE_MAX_POSITION, PAGE_SCHEMA } from '@congxa/shared/content';
import type { PageResponse } from '@congxa/shared/dto/pages';
import { listAll } from '../content/api';
import { defineItemType } from '../content/itemType';
import { pageApi } from './api';
import { pageFormAdapter, parentOptions } from './composables/pageForm';

/** The page editor: `PAGE_SCHEMA`'s fields, then the page's place in the tree (slug, parent, menu position). */
export const pageType = defineItemType<PageResponse>({
  schema: PAGE_SCHEMA,
  api: pageApi,
  form: pageFormAdapter,
  idPrefix: 'page',
  routes: { list: 'pages', edit: 'page-edit' },
  labels: { back: 'pages.editor.back', notFound: 'pages.editor.notFound' },
  hints: {
    summary: 'pages.editor.summaryHint',
    fieldId: 'pages.editor.fieldHint',
    coverMediaId: 'items.editor.coverHint',
  },
  panels: [
    { key: 'content', legend: 'items.editor.content', fields: ['title', 'summary', 'body', 'fieldId', 'coverMediaId'] },
    {
      key: 'placement',
      legend: 'pages.editor.placement',
      intro: (page) => ({ key: 'pages.editor.path', params: { path: (page as PageResponse).path } }),
      fields: ['slug', 'parentId', 'position'],
    },
  ],
  extras: [
    {
      key: 'parentId',
      label: 'pages.editor.parent',
      hint: { key: 'pages.editor.parentHint' },
      control: 'select',
      emptyLabel: 'pages.editor.topLevel',
      // Every page of the site but this one; the current parent stays listed even when the user cannot see it.
      options: (page, loaded, t) => {
        const options = parentOptions(
          (loaded.pages ?? []).map((o) => ({ id: o.value, title: o.label })),
          page.id,
        );
        const parent = page.parentId;
        return parent && !options.some((o) => o.value === parent) ? [{ value: parent, label: t('pages.editor.parentHidden') }, ...options] : options;
      },
    },
    {
      key: 'position',
      label: 'pages.editor.position',
      hint: { key: 'pages.editor.positionHint', params: { max: PAGE_MAX_POSITION } },
      control: 'number',
      min: 0,
      max: PAGE_MAX_POSITION,
    },
  ],
  async lookups(site) {
    const pages = await listAll(pageApi, site).catch(() => []);
    return { pages: pages.map((p) => ({ value: p.id, label: p.title })) };
  },
});

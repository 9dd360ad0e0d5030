import { defineContentType, type ContentValues } from './schema';

/**
 * Trang (pages): the commune's introduction pages (QC Điều 5.4) — geography, history, structure, contact —
 * in a tree, each at its path (`/gioi-thieu/lich-su`). The tree (parent, menu position) belongs to the item;
 * the text goes through the chain like every item.
 */
export const PAGE_SCHEMA = defineContentType({
  type: 'page',
  label: { vi: 'Trang', en: 'Page' },
  labelPlural: { vi: 'Trang giới thiệu', en: 'Pages' },
  createPermission: 'page.create',
  fields: {
    title: { kind: 'text', label: { vi: 'Tiêu đề', en: 'Title' }, min: 3, max: 300, default: '', requiredToSubmit: true, searchable: 'title', public: true },
    summary: { kind: 'text', label: { vi: 'Tóm tắt', en: 'Summary' }, max: 2000, multiline: true, default: '', searchable: 'text', public: true },
    body: { kind: 'html', label: { vi: 'Nội dung', en: 'Body' }, max: 500_000, default: '', requiredToSubmit: true, searchable: 'text', public: true },
    fieldId: { kind: 'ref', to: 'field', label: { vi: 'Lĩnh vực', en: 'Field' }, default: null, requiredToSubmit: true },
    coverMediaId: { kind: 'ref', to: 'image', label: { vi: 'Ảnh đại diện', en: 'Cover image' }, default: null, public: true },
  },
});

export type PageContent = ContentValues<typeof PAGE_SCHEMA.fields>;

/** Where a page sits in the tree and the menu. */
export const PAGE_MAX_DEPTH = 4;
export const PAGE_MAX_POSITION = 10_000;

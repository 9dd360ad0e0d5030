import { defineContentType, type ContentValues } from './schema';

/** Kinds of article (thể loại) and origins of the material. */
export const ARTICLE_KINDS = ['tin', 'bai', 'anh', 'video', 'thong_bao'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];
export const ARTICLE_KIND_LABELS: Record<ArticleKind, { vi: string; en: string }> = {
  tin: { vi: 'Tin', en: 'News item' },
  bai: { vi: 'Bài', en: 'Article' },
  anh: { vi: 'Ảnh', en: 'Photo story' },
  video: { vi: 'Video', en: 'Video' },
  thong_bao: { vi: 'Thông báo', en: 'Notice' },
};

export const ORIGINS = ['original', 'collected'] as const;
export type Origin = (typeof ORIGINS)[number];
export const ORIGIN_LABELS: Record<Origin, { vi: string; en: string }> = {
  original: { vi: 'Tự viết', en: 'Original' },
  collected: { vi: 'Sưu tầm, tổng hợp', en: 'Collected' },
};

const collected = (c: Record<string, unknown>) => c.origin === 'collected';

/** Tin bài (QC Điều 5): news with the provenance form of QC Điều 11. */
export const ARTICLE_SCHEMA = defineContentType({
  type: 'article',
  label: { vi: 'Tin bài', en: 'Article' },
  labelPlural: { vi: 'Tin bài', en: 'Articles' },
  createPermission: null,
  fields: {
    title: { kind: 'text', label: { vi: 'Tiêu đề', en: 'Title' }, min: 3, max: 300, default: '', requiredToSubmit: true, searchable: 'title', public: true },
    summary: { kind: 'text', label: { vi: 'Tóm tắt', en: 'Summary' }, max: 2000, multiline: true, default: '', searchable: 'text', public: true },
    body: { kind: 'html', label: { vi: 'Nội dung', en: 'Body' }, max: 500_000, default: '', requiredToSubmit: true, searchable: 'text', public: true },
    categoryId: { kind: 'ref', to: 'category', label: { vi: 'Chuyên mục', en: 'Category' }, default: null, requiredToSubmit: true, public: true },
    fieldId: { kind: 'ref', to: 'field', label: { vi: 'Lĩnh vực', en: 'Field' }, default: null, requiredToSubmit: true, public: true },
    kind: { kind: 'enum', label: { vi: 'Thể loại', en: 'Kind' }, values: ARTICLE_KINDS, labels: ARTICLE_KIND_LABELS, default: 'tin', public: true },
    tags: { kind: 'tags', label: { vi: 'Từ khóa', en: 'Tags' }, maxItems: 20, maxLength: 60, default: [], searchable: 'text', public: true },
    featured: { kind: 'boolean', label: { vi: 'Tin nổi bật', en: 'Featured' }, default: false, public: true },
    coverMediaId: { kind: 'ref', to: 'image', label: { vi: 'Ảnh đại diện', en: 'Cover image' }, default: null, public: true },
    authorName: {
      kind: 'text',
      label: { vi: 'Họ tên tác giả', en: "Author's full name" },
      max: 200,
      default: '',
      requiredToSubmit: true,
      group: 'provenance',
      public: true,
    },
    authorAddress: {
      kind: 'text',
      label: { vi: 'Địa chỉ, đơn vị của tác giả', en: "Author's address or unit" },
      max: 300,
      default: '',
      requiredToSubmit: true,
      group: 'provenance',
    },
    origin: { kind: 'enum', label: { vi: 'Nguồn gốc', en: 'Origin' }, values: ORIGINS, labels: ORIGIN_LABELS, default: 'original' },
    sourceReference: {
      kind: 'text',
      label: { vi: 'Nguồn, tài liệu tham khảo', en: 'Source or references' },
      max: 2000,
      multiline: true,
      nullable: true,
      default: null,
      requiredToSubmit: collected,
      group: 'provenance',
      public: true,
    },
    collectorName: {
      kind: 'text',
      label: { vi: 'Người sưu tầm', en: 'Collected by' },
      max: 200,
      nullable: true,
      default: null,
      requiredToSubmit: collected,
      group: 'provenance',
    },
    collectorAddress: {
      kind: 'text',
      label: { vi: 'Địa chỉ người sưu tầm', en: "Collector's address" },
      max: 300,
      nullable: true,
      default: null,
      requiredToSubmit: collected,
      group: 'provenance',
    },
  },
});

export type ArticleContent = ContentValues<typeof ARTICLE_SCHEMA.fields>;

/** Kinds of article (thể loại) and origins of the material — plain data, safe for the public and admin bundles. */
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

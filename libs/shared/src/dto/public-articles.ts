export interface PublicArticleSummary {
  id: string;
  slug: string;
  title: string;
  summary: string;
  publishedAt: string;
  category: { name: string; slug: string } | null;
}

export interface PublicArticle extends PublicArticleSummary {
  /** Sanitised HTML. */
  body: string;
  author: string | null;
  updatedAt: string;
}

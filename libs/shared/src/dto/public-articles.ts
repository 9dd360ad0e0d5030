import { Matches, MaxLength } from 'class-validator';
import { PageQuery } from './common';
import { IsOptionalNotNull } from './validators';

export class PublicArticleQuery extends PageQuery {
  /** Category slug (its direct subcategories included). */
  @IsOptionalNotNull()
  @Matches(/^[a-z0-9-]+$/)
  @MaxLength(120)
  category?: string;

  /** Subject field slug. */
  @IsOptionalNotNull()
  @Matches(/^[a-z0-9-]+$/)
  @MaxLength(120)
  field?: string;
}

export interface PublicArticleSummary {
  id: string;
  slug: string;
  title: string;
  summary: string;
  kind: string;
  featured: boolean;
  publishedAt: string;
  category: { name: string; slug: string } | null;
  field: { name: string; slug: string } | null;
  /** First variant of the cover image, when there is one. */
  coverImageId: string | null;
}

export interface PublicArticle extends PublicArticleSummary {
  /** Sanitised HTML. */
  body: string;
  tags: string[];
  /** Provenance shown with every item: the author's name (never their address) and the source. */
  author: string | null;
  source: string | null;
  /** When the live content last changed. */
  updatedAt: string;
  archived: boolean;
}

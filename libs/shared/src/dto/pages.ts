import { IsUUID, ValidateIf } from 'class-validator';
import { PAGE_MAX_POSITION, PAGE_SCHEMA } from '../content/page';
import { contentRequestClasses, ItemSaveFields, type ItemResponse } from './content';
import { IsIntBetween, IsOptionalNotNull } from './validators';

/** A page's place in the tree and the menu (the item's own, not part of the approved text). */
export class PagePlacementFields extends ItemSaveFields {
  /** The parent page; null for a top-level page. */
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsUUID()
  parentId?: string | null;

  @IsOptionalNotNull()
  @IsIntBetween(0, PAGE_MAX_POSITION)
  position?: number;
}

export const { Create: CreatePageRequest, Update: UpdatePageRequest } = contentRequestClasses(PAGE_SCHEMA, PagePlacementFields);

export type PageResponse = ItemResponse<typeof PAGE_SCHEMA.fields> & {
  parentId: string | null;
  position: number;
  /** `/gioi-thieu/lich-su`: the slugs from the top of the tree. */
  path: string;
};

/** The published tree (`GET /api/v1/public/pages`). */
export interface PublicPageNode {
  id: string;
  slug: string;
  path: string;
  title: string;
  summary: string;
  position: number;
  children: PublicPageNode[];
}

/** One published page (`GET /api/v1/public/pages/:path`). */
export interface PublicPage {
  id: string;
  slug: string;
  path: string;
  title: string;
  summary: string;
  /** Sanitised HTML. */
  body: string;
  coverImageId: string | null;
  /** From the top of the tree down to this page's parent. */
  breadcrumb: { title: string; path: string }[];
  children: { title: string; path: string }[];
  publishedAt: string;
  updatedAt: string;
}

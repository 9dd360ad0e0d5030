/**
 * One category of the portal's tree as residents see it (`GET /api/v1/public/categories`): every category
 * of the site (categories have no hidden state), siblings in the order the editors gave them. Its page is
 * `/chuyen-muc/<slug>`, its feed `/chuyen-muc/<slug>/rss.xml`.
 */
export interface PublicCategoryNode {
  id: string;
  parentId: string | null;
  name: string;
  slug: string;
  /** Place among its siblings (smaller first; equal ones by name). */
  position: number;
  children: PublicCategoryNode[];
}

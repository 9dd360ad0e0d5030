import type { CategoryResponse, CreateCategoryRequest, UpdateCategoryRequest } from '@congxa/shared/dto/categories';
import type { Page } from '@congxa/shared/dto/common';
import { http } from '../../core/http';

const base = (site: string) => `/sites/${encodeURIComponent(site)}/categories`;

/** GET /sites/:site/categories — every category of the site, parents before children (`category.read`). */
export async function listCategories(site: string, signal?: AbortSignal): Promise<CategoryResponse[]> {
  return (await http<Page<CategoryResponse>>(base(site), { signal })).items;
}

/** POST /sites/:site/categories — the slug comes from the name when absent; 409 SLUG_TAKEN (`category.manage`). */
export function createCategory(site: string, body: CreateCategoryRequest): Promise<CategoryResponse> {
  return http<CategoryResponse>(base(site), { method: 'POST', body });
}

/** PATCH /sites/:site/categories/:id — rename, move (`parentId`, null = top level), reorder (`position`); revision required. */
export function updateCategory(site: string, id: string, body: UpdateCategoryRequest): Promise<CategoryResponse> {
  return http<CategoryResponse>(`${base(site)}/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

/** DELETE /sites/:site/categories/:id — 409 CATEGORY_HAS_CHILDREN or CATEGORY_IN_USE when it cannot go. */
export function deleteCategory(site: string, id: string): Promise<void> {
  return http<void>(`${base(site)}/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

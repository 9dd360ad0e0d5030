import { Injectable } from '@nestjs/common';
import type { CategoryResponse, CreateCategoryRequest, UpdateCategoryRequest } from '@congxa/shared/dto/categories';
import type { Page } from '@congxa/shared/dto/common';
import { slugify } from '@congxa/shared/text';
import type { Actor } from '../../common/auth/actor';
import { AuditService } from '../../common/audit/audit.service';
import { PublicCache } from '../../common/cache/public-cache';
import { Db } from '../../common/database/db.service';
import { conflict, notFound, revisionConflict, unprocessable } from '../../common/errors/app-exception';
import { ValidationFailed } from '../../common/errors/error.filter';
import type { CategoryEntity } from './category.entity';
import { CategoriesRepository } from './categories.repository';

export const toCategoryResponse = (c: CategoryEntity): CategoryResponse => ({
  id: c.id,
  parentId: c.parentId,
  name: c.name,
  slug: c.slug,
  position: c.position,
  revision: c.revision,
});

const collator = new Intl.Collator('vi');

/** Depth-first order: each parent followed by its children, siblings by position then name. */
export function treeOrder(rows: CategoryEntity[]): CategoryEntity[] {
  const byParent = new Map<string | null, CategoryEntity[]>();
  for (const r of rows) byParent.set(r.parentId, [...(byParent.get(r.parentId) ?? []), r]);
  const out: CategoryEntity[] = [];
  const walk = (parent: string | null) => {
    for (const c of (byParent.get(parent) ?? []).sort((a, b) => a.position - b.position || collator.compare(a.name, b.name))) {
      out.push(c);
      walk(c.id);
    }
  };
  walk(null);
  return out;
}

@Injectable()
export class CategoriesService {
  constructor(
    private readonly db: Db,
    private readonly categories: CategoriesRepository,
    private readonly audit: AuditService,
    private readonly cache: PublicCache,
  ) {}

  async list(actor: Actor): Promise<Page<CategoryResponse>> {
    const rows = treeOrder(await this.categories.listForSite(actor.site!.id));
    return { items: rows.map(toCategoryResponse), total: rows.length, page: 1, pageSize: Math.max(rows.length, 1) };
  }

  async create(actor: Actor, dto: CreateCategoryRequest): Promise<CategoryResponse> {
    const siteId = actor.site!.id;
    const slug = dto.slug ?? slugify(dto.name);
    if (!slug) throw new ValidationFailed([{ field: 'slug', rule: 'matches' }]);
    return this.db.transaction(async () => {
      if (dto.parentId && !(await this.categories.findInSite(siteId, dto.parentId))) throw unprocessable('CATEGORY_NOT_FOUND', { field: 'parentId' });
      if (await this.categories.existsWithSlug(siteId, slug)) throw conflict('SLUG_TAKEN', { field: 'slug' });
      const c = await this.categories.create({ siteId, parentId: dto.parentId ?? null, name: dto.name, slug, position: dto.position ?? 0 });
      // The portal's menu and lists show the categories.
      await this.cache.invalidate(siteId);
      await this.audit.record(actor, {
        action: 'category.create',
        targetType: 'category',
        targetId: c.id,
        details: { name: c.name, slug, parentId: c.parentId },
      });
      return toCategoryResponse(c);
    });
  }

  async update(actor: Actor, id: string, dto: UpdateCategoryRequest): Promise<CategoryResponse> {
    const siteId = actor.site!.id;
    return this.db.transaction(async () => {
      const c = await this.categories.lock(siteId, id);
      if (!c) throw notFound('CATEGORY_NOT_FOUND');
      if (c.revision !== dto.revision) throw revisionConflict(toCategoryResponse(c));
      const before = toCategoryResponse(c);
      if (dto.parentId !== undefined && dto.parentId !== c.parentId) {
        if (dto.parentId !== null) {
          if (!(await this.categories.findInSite(siteId, dto.parentId))) throw unprocessable('CATEGORY_NOT_FOUND', { field: 'parentId' });
          if ((await this.categories.ancestry(dto.parentId)).includes(c.id)) throw unprocessable('CATEGORY_CYCLE');
        }
        c.parentId = dto.parentId;
      }
      if (dto.slug !== undefined && dto.slug !== c.slug) {
        if (await this.categories.existsWithSlug(siteId, dto.slug, c.id)) throw conflict('SLUG_TAKEN', { field: 'slug' });
        c.slug = dto.slug;
      }
      if (dto.name !== undefined) c.name = dto.name;
      if (dto.position !== undefined) c.position = dto.position;
      const saved = await this.categories.save(c);
      await this.cache.invalidate(siteId);
      await this.audit.record(actor, {
        action: 'category.update',
        targetType: 'category',
        targetId: c.id,
        details: { before, after: toCategoryResponse(saved) },
      });
      return toCategoryResponse(saved);
    });
  }

  /** Every category of the site as a reference (for other modules: public lists, filters). */
  async refs(siteId: string): Promise<{ id: string; parentId: string | null; name: string; slug: string }[]> {
    return (await this.categories.listForSite(siteId)).map((c) => ({ id: c.id, parentId: c.parentId, name: c.name, slug: c.slug }));
  }

  /** The name of one of the site's categories, or null when it is not the site's (for other modules). */
  nameInSite(siteId: string, id: string): Promise<string | null> {
    return this.categories.nameInSite(siteId, id);
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.db.transaction(async () => {
      const c = await this.categories.lock(actor.site!.id, id);
      if (!c) throw notFound('CATEGORY_NOT_FOUND');
      if (await this.categories.hasChildren(c.id)) throw conflict('CATEGORY_HAS_CHILDREN');
      if (!(await this.categories.removeUnlessUsed(c.id))) throw conflict('CATEGORY_IN_USE');
      await this.cache.invalidate(c.siteId);
      await this.audit.record(actor, { action: 'category.delete', targetType: 'category', targetId: c.id, details: { name: c.name, slug: c.slug } });
    });
  }
}

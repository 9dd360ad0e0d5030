import { Injectable } from '@nestjs/common';
import { Db } from '../../common/database/db.service';
import { CategoryEntity } from './category.entity';

@Injectable()
export class CategoriesRepository {
  constructor(private readonly db: Db) {}

  listForSite(siteId: string): Promise<CategoryEntity[]> {
    return this.db.repo(CategoryEntity).find({ where: { siteId }, order: { position: 'ASC' } });
  }

  findInSite(siteId: string, id: string): Promise<CategoryEntity | null> {
    return this.db.repo(CategoryEntity).findOneBy({ siteId, id });
  }

  lock(siteId: string, id: string): Promise<CategoryEntity | null> {
    return this.db
      .repo(CategoryEntity)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.id = :id AND c.site_id = :siteId', { id, siteId })
      .getOne();
  }

  existsWithSlug(siteId: string, slug: string, exceptId?: string): Promise<boolean> {
    const qb = this.db.repo(CategoryEntity).createQueryBuilder('c').where('c.site_id = :siteId AND c.slug = :slug', { siteId, slug });
    if (exceptId) qb.andWhere('c.id <> :exceptId', { exceptId });
    return qb.getExists();
  }

  hasChildren(id: string): Promise<boolean> {
    return this.db.repo(CategoryEntity).existsBy({ parentId: id });
  }

  /** Ids of `id` and all its ancestors (to refuse moving a category under its own descendant). */
  async ancestry(id: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.manager.query(
      `WITH RECURSIVE up(id, parent_id) AS (
         SELECT id, parent_id FROM categories WHERE id = $1
         UNION ALL SELECT c.id, c.parent_id FROM categories c JOIN up ON c.id = up.parent_id)
       SELECT id FROM up`,
      [id],
    );
    return rows.map((r) => r.id);
  }

  create(data: Pick<CategoryEntity, 'siteId' | 'parentId' | 'name' | 'slug' | 'position'>): Promise<CategoryEntity> {
    const repo = this.db.repo(CategoryEntity);
    return repo.save(repo.create(data));
  }

  save(c: CategoryEntity): Promise<CategoryEntity> {
    return this.db.repo(CategoryEntity).save(c);
  }

  /** Delete the category unless content (any revision: history keeps pointing somewhere real) refers to it. */
  removeUnlessUsed(id: string): Promise<boolean> {
    return this.db.unlessReferenced(() => this.db.repo(CategoryEntity).delete({ id }));
  }

  async nameInSite(siteId: string, id: string): Promise<string | null> {
    return (await this.findInSite(siteId, id))?.name ?? null;
  }
}

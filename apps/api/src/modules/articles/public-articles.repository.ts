import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Db } from '../../common/database/db.service';
import { CategoryEntity } from '../categories/category.entity';
import { FieldEntity } from '../fields/field.entity';
import { ArticleRevisionEntity } from './article-revision.entity';
import { ArticleEntity } from './article.entity';

export interface LiveArticle {
  article: ArticleEntity;
  live: ArticleRevisionEntity;
  category: CategoryEntity | null;
  field: FieldEntity | null;
}

export interface PublicListFilter {
  categorySlug?: string;
  fieldSlug?: string;
}

/**
 * Published content only: the approved (live) revision of articles whose live status is `published`.
 * Working editions, drafts, notes and provenance addresses are never read here.
 */
@Injectable()
export class PublicArticlesRepository {
  constructor(private readonly db: Db) {}

  private live(siteId: string) {
    return this.db
      .repo(ArticleEntity)
      .createQueryBuilder('a')
      .innerJoin(ArticleRevisionEntity, 'r', 'r.id = a.live_revision_id')
      .where("a.site_id = :siteId AND a.live_status = 'published'", { siteId });
  }

  async list(siteId: string, filter: PublicListFilter, page: number, pageSize: number): Promise<[LiveArticle[], number]> {
    const qb = this.live(siteId);
    if (filter.categorySlug) {
      // A category and its direct subcategories.
      qb.andWhere(
        `r.category_id IN (SELECT c.id FROM categories c LEFT JOIN categories p ON p.id = c.parent_id
           WHERE c.site_id = :siteId AND (c.slug = :cat OR p.slug = :cat))`,
        { cat: filter.categorySlug },
      );
    }
    if (filter.fieldSlug) qb.andWhere('r.field_id IN (SELECT f.id FROM fields f WHERE f.site_id = :siteId AND f.slug = :field)', { field: filter.fieldSlug });
    const [articles, total] = await qb
      .orderBy('a.published_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return [await this.withLive(articles), total];
  }

  /** The live article by slug, whatever its live status (the service tells published from withdrawn). */
  async findBySlug(siteId: string, slug: string): Promise<LiveArticle | null> {
    const a = await this.db.repo(ArticleEntity).findOneBy({ siteId, slug });
    if (!a?.liveRevisionId) return null;
    return (await this.withLive([a]))[0] ?? null;
  }

  private async withLive(articles: ArticleEntity[]): Promise<LiveArticle[]> {
    if (articles.length === 0) return [];
    const revisions = await this.db.repo(ArticleRevisionEntity).findBy({ id: In(articles.map((a) => a.liveRevisionId!)) });
    const byId = new Map(revisions.map((r) => [r.id, r]));
    const catIds = [...new Set(revisions.map((r) => r.content.categoryId).filter((x): x is string => !!x))];
    const fieldIds = [...new Set(revisions.map((r) => r.content.fieldId).filter((x): x is string => !!x))];
    const cats = new Map((catIds.length ? await this.db.repo(CategoryEntity).findBy({ id: In(catIds) }) : []).map((c) => [c.id, c]));
    const fields = new Map((fieldIds.length ? await this.db.repo(FieldEntity).findBy({ id: In(fieldIds) }) : []).map((f) => [f.id, f]));
    return articles.map((article) => {
      const live = byId.get(article.liveRevisionId!)!;
      return { article, live, category: cats.get(live.content.categoryId ?? '') ?? null, field: fields.get(live.content.fieldId ?? '') ?? null };
    });
  }
}

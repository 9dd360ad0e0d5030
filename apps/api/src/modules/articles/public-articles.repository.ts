import { Injectable } from '@nestjs/common';
import { Db } from '../../common/database/db.service';
import { ArticleEntity } from './article.entity';

/** Published articles only: the public side can never reach anything else through this class. */
@Injectable()
export class PublicArticlesRepository {
  constructor(private readonly db: Db) {}

  private published(siteId: string) {
    return this.db
      .repo(ArticleEntity)
      .createQueryBuilder('a')
      .leftJoinAndSelect('a.category', 'c')
      .leftJoinAndSelect('a.author', 'u')
      .where("a.site_id = :siteId AND a.status = 'published' AND a.published_at <= now()", { siteId });
  }

  list(siteId: string, page: number, pageSize: number): Promise<[ArticleEntity[], number]> {
    return this.published(siteId)
      .orderBy('a.published_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
  }

  findBySlug(siteId: string, slug: string): Promise<ArticleEntity | null> {
    return this.published(siteId).andWhere('a.slug = :slug', { slug }).getOne();
  }
}

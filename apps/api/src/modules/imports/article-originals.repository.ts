import { Injectable } from '@nestjs/common';
import { Db } from '../../common/database/db.service';
import { ArticleOriginalEntity } from './article-original.entity';

@Injectable()
export class ArticleOriginalsRepository {
  constructor(private readonly db: Db) {}

  async insert(data: Omit<ArticleOriginalEntity, 'createdAt' | 'site' | 'article' | 'uploadedBy'>): Promise<ArticleOriginalEntity> {
    const repo = this.db.repo(ArticleOriginalEntity);
    await repo.insert(repo.create(data));
    return (await repo.findOneBy({ id: data.id }))!;
  }
}

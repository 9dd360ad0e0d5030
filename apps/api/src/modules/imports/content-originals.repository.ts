import { Injectable } from '@nestjs/common';
import { Db } from '../../common/database/db.service';
import { ContentOriginalEntity } from './content-original.entity';

@Injectable()
export class ContentOriginalsRepository {
  constructor(private readonly db: Db) {}

  async insert(data: Omit<ContentOriginalEntity, 'createdAt' | 'site' | 'item' | 'uploadedBy'>): Promise<ContentOriginalEntity> {
    const repo = this.db.repo(ContentOriginalEntity);
    await repo.insert(data);
    return (await repo.findOneBy({ id: data.id }))!;
  }
}

import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { MediaKind } from '@congxa/shared/dto/media';
import { Db } from '../../common/database/db.service';
import { MediaEntity } from './media.entity';

@Injectable()
export class MediaRepository {
  constructor(private readonly db: Db) {}

  /**
   * The items among `ids` that belong to the site (others are simply absent from the answer). For the
   * article workflow: e.g. refuse to publish while an image has no `altText`.
   */
  findInSite(siteId: string, ids: string[]): Promise<MediaEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.repo(MediaEntity).findBy({ siteId, id: In([...new Set(ids)]) });
  }

  findOneInSite(siteId: string, id: string): Promise<MediaEntity | null> {
    return this.db.repo(MediaEntity).findOne({ where: { siteId, id }, relations: { uploadedBy: true } });
  }

  findBySha256(siteId: string, sha256: string): Promise<MediaEntity | null> {
    return this.db.repo(MediaEntity).findOne({ where: { siteId, sha256 }, relations: { uploadedBy: true } });
  }

  /** For public serving: any site's item, by its (unguessable) id. */
  findById(id: string): Promise<MediaEntity | null> {
    return this.db.repo(MediaEntity).findOneBy({ id });
  }

  list(siteId: string, kind: MediaKind | undefined, page: number, pageSize: number): Promise<[MediaEntity[], number]> {
    return this.db.repo(MediaEntity).findAndCount({
      where: kind ? { siteId, kind } : { siteId },
      relations: { uploadedBy: true },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
  }

  async lockInSite(siteId: string, id: string): Promise<MediaEntity | null> {
    const locked = await this.db
      .repo(MediaEntity)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .where('m.id = :id AND m.site_id = :siteId', { id, siteId })
      .getOne();
    return locked ? this.findOneInSite(siteId, id) : null;
  }

  async insert(data: Omit<MediaEntity, 'revision' | 'createdAt' | 'updatedAt' | 'site' | 'uploadedBy'>): Promise<MediaEntity> {
    const repo = this.db.repo(MediaEntity);
    await repo.insert(repo.create(data));
    return (await this.findOneInSite(data.siteId, data.id))!;
  }

  save(m: MediaEntity): Promise<MediaEntity> {
    return this.db.repo(MediaEntity).save(m);
  }
}

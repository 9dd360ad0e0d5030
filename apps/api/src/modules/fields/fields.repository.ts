import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Db } from '../../common/database/db.service';
import { FieldEntity } from './field.entity';

export interface FieldRow {
  field: FieldEntity;
  memberCount: number;
}

@Injectable()
export class FieldsRepository {
  constructor(private readonly db: Db) {}

  async list(siteId: string): Promise<FieldRow[]> {
    const { entities, raw } = await this.db
      .repo(FieldEntity)
      .createQueryBuilder('f')
      .addSelect((sq) => sq.select('COUNT(*)::int').from('membership_fields', 'mf').where('mf.field_id = f.id'), 'member_count')
      .where('f.site_id = :siteId', { siteId })
      .getRawAndEntities<{ member_count: number }>();
    return entities.map((field, i) => ({ field, memberCount: raw[i]?.member_count ?? 0 }));
  }

  findInSite(siteId: string, id: string): Promise<FieldEntity | null> {
    return this.db.repo(FieldEntity).findOneBy({ siteId, id });
  }

  /** The site's fields among `ids` (others are simply absent from the answer). */
  findManyInSite(siteId: string, ids: string[]): Promise<FieldEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.repo(FieldEntity).findBy({ siteId, id: In([...new Set(ids)]) });
  }

  async lock(siteId: string, id: string): Promise<FieldEntity | null> {
    return this.db.repo(FieldEntity).createQueryBuilder('f').setLock('pessimistic_write').where('f.id = :id AND f.site_id = :siteId', { id, siteId }).getOne();
  }

  existsWithSlug(siteId: string, slug: string, exceptId?: string): Promise<boolean> {
    const qb = this.db.repo(FieldEntity).createQueryBuilder('f').where('f.site_id = :siteId AND f.slug = :slug', { siteId, slug });
    if (exceptId) qb.andWhere('f.id <> :exceptId', { exceptId });
    return qb.getExists();
  }

  async memberCount(id: string): Promise<number> {
    const rows: { n: number }[] = await this.db.manager.query('SELECT COUNT(*)::int AS n FROM membership_fields WHERE field_id = $1', [id]);
    return rows[0]?.n ?? 0;
  }

  create(data: Pick<FieldEntity, 'siteId' | 'name' | 'slug'>): Promise<FieldEntity> {
    const repo = this.db.repo(FieldEntity);
    return repo.save(repo.create(data));
  }

  save(f: FieldEntity): Promise<FieldEntity> {
    return this.db.repo(FieldEntity).save(f);
  }

  /** Delete the field unless content (any revision) refers to it. */
  removeUnlessUsed(id: string): Promise<boolean> {
    return this.db.unlessReferenced(() => this.db.repo(FieldEntity).delete({ id }));
  }
}

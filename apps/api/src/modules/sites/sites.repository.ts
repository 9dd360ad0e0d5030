import { Injectable } from '@nestjs/common';
import { SLUG_PATTERN } from '@congxa/shared/dto/sites';
import { Db } from '../../common/database/db.service';
import { SiteEntity } from './site.entity';

@Injectable()
export class SitesRepository {
  constructor(private readonly db: Db) {}

  /** `:site` in routes is the slug or the 5-digit code; anything that can be neither finds nothing. */
  async findBySlugOrCode(key: string): Promise<SiteEntity | null> {
    const repo = this.db.repo(SiteEntity);
    if (/^\d{5}$/.test(key)) return repo.findOneBy({ code: key });
    const slug = key.toLowerCase();
    return slug.length <= 60 && SLUG_PATTERN.test(slug) ? repo.findOneBy({ slug }) : null;
  }

  findById(id: string): Promise<SiteEntity | null> {
    return this.db.repo(SiteEntity).findOneBy({ id });
  }

  findByDomain(host: string): Promise<SiteEntity | null> {
    return this.db.repo(SiteEntity).createQueryBuilder('s').where(':host = ANY(s.domains)', { host }).getOne();
  }

  /** Every claimed domain and the id of the site that claims it. */
  async domainTable(): Promise<Record<string, string>> {
    const rows: { id: string; domain: string }[] = await this.db.manager.query('SELECT id, unnest(domains) AS domain FROM sites');
    const table: Record<string, string> = {};
    for (const r of rows) table[r.domain] = r.id;
    return table;
  }

  /** Sites other than `exceptId` that already claim one of `domains`. */
  findDomainOwners(domains: string[], exceptId: string | null): Promise<SiteEntity[]> {
    const qb = this.db.repo(SiteEntity).createQueryBuilder('s').where('s.domains && :domains::text[]', { domains });
    if (exceptId) qb.andWhere('s.id <> :exceptId', { exceptId });
    return qb.getMany();
  }

  /** Serialise site creation and domain changes, so two sites can never claim one domain. */
  async lockForDomainChange(): Promise<void> {
    await this.db.manager.query('LOCK TABLE sites IN SHARE ROW EXCLUSIVE MODE');
  }

  async lockById(id: string): Promise<SiteEntity | null> {
    return this.db.repo(SiteEntity).createQueryBuilder('s').setLock('pessimistic_write').where('s.id = :id', { id }).getOne();
  }

  /**
   * Write the site's settings and step their revision, leaving the site's own `revision` (the platform
   * admin's edits) alone. Answers the row as saved.
   */
  async saveSettings(id: string, settings: Record<string, string>): Promise<SiteEntity> {
    await this.db.manager.query('UPDATE sites SET settings = $2::jsonb, settings_revision = settings_revision + 1, settings_updated_at = now() WHERE id = $1', [
      id,
      JSON.stringify(settings),
    ]);
    return (await this.findById(id))!;
  }

  list(page: number, pageSize: number): Promise<[SiteEntity[], number]> {
    return this.db.repo(SiteEntity).findAndCount({ order: { name: 'ASC' }, skip: (page - 1) * pageSize, take: pageSize });
  }

  save(site: SiteEntity): Promise<SiteEntity> {
    return this.db.repo(SiteEntity).save(site);
  }

  create(data: Pick<SiteEntity, 'code' | 'slug' | 'name' | 'domains'>): Promise<SiteEntity> {
    const repo = this.db.repo(SiteEntity);
    return repo.save(repo.create(data));
  }

  existsBy(where: { code?: string; slug?: string }): Promise<boolean> {
    return this.db.repo(SiteEntity).existsBy(where);
  }
}

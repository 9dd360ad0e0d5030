import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { SiteRole } from '@congxa/shared/authz';
import { Db } from '../../common/database/db.service';
import { MembershipEntity } from './membership.entity';

@Injectable()
export class MembersRepository {
  constructor(private readonly db: Db) {}

  findForUser(siteId: string, userId: string): Promise<MembershipEntity | null> {
    return this.db.repo(MembershipEntity).findOne({ where: { siteId, userId }, relations: { fields: true } });
  }

  /** All memberships of a user, with site and fields (for /me). */
  listForUser(userId: string): Promise<MembershipEntity[]> {
    return this.db.repo(MembershipEntity).find({ where: { userId }, relations: { site: true, fields: true }, order: { createdAt: 'ASC' } });
  }

  findInSite(siteId: string, id: string): Promise<MembershipEntity | null> {
    return this.db.repo(MembershipEntity).findOne({ where: { siteId, id }, relations: { user: true, fields: true } });
  }

  async lockInSite(siteId: string, id: string): Promise<MembershipEntity | null> {
    const locked = await this.db
      .repo(MembershipEntity)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .where('m.id = :id AND m.site_id = :siteId', { id, siteId })
      .getOne();
    return locked ? this.findInSite(siteId, id) : null;
  }

  list(siteId: string, page: number, pageSize: number): Promise<[MembershipEntity[], number]> {
    return this.db.repo(MembershipEntity).findAndCount({
      where: { siteId },
      relations: { user: true, fields: true },
      order: { createdAt: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
  }

  /** Chiefs of the site, locked so two concurrent demotions cannot both pass the last-chief check. */
  async lockChiefs(siteId: string): Promise<MembershipEntity[]> {
    return this.db
      .repo(MembershipEntity)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .where('m.site_id = :siteId AND m.role = :role', { siteId, role: 'chief' satisfies SiteRole })
      .orderBy('m.id')
      .getMany();
  }

  /** Memberships of the site with their fields (assignment checks, intake priority). */
  withFields(siteId: string, userIds: string[]): Promise<MembershipEntity[]> {
    if (userIds.length === 0) return Promise.resolve([]);
    return this.db.repo(MembershipEntity).find({ where: { siteId, userId: In([...new Set(userIds)]) }, relations: { fields: true } });
  }

  /** Who holds one of `roles` in the site (who hears about a step of the chain). */
  async userIdsWithRoles(siteId: string, roles: SiteRole[]): Promise<string[]> {
    if (roles.length === 0) return [];
    return (await this.db.repo(MembershipEntity).find({ where: { siteId, role: In(roles) }, select: { userId: true } })).map((m) => m.userId);
  }

  create(data: Pick<MembershipEntity, 'siteId' | 'userId' | 'role' | 'isStaff' | 'fields'>): Promise<MembershipEntity> {
    const repo = this.db.repo(MembershipEntity);
    return repo.save(repo.create(data));
  }

  save(m: MembershipEntity): Promise<MembershipEntity> {
    return this.db.repo(MembershipEntity).save(m);
  }

  async remove(m: MembershipEntity): Promise<void> {
    await this.db.repo(MembershipEntity).delete({ id: m.id });
  }
}

import { Injectable } from '@nestjs/common';
import { Db } from '../../common/database/db.service';
import { AuditEntryEntity } from '../../common/audit/audit-entry.entity';
import { UserEntity } from '../users/user.entity';

export interface AuditFilter {
  siteId: string;
  action?: string;
  actorId?: string;
  targetType?: string;
  targetId?: string;
  from?: Date;
  to?: Date;
}

export interface AuditRow {
  entry: AuditEntryEntity;
  actor: Pick<UserEntity, 'id' | 'fullName' | 'email'> | null;
}

@Injectable()
export class AuditLogRepository {
  constructor(private readonly db: Db) {}

  async search(f: AuditFilter, page: number, pageSize: number): Promise<[AuditRow[], number]> {
    const qb = this.db.repo(AuditEntryEntity).createQueryBuilder('a').where('a.site_id = :siteId', { siteId: f.siteId });
    if (f.action) qb.andWhere('(a.action = :action OR a.action LIKE :prefix)', { action: f.action, prefix: `${f.action.replace(/[%_\\]/g, '\\$&')}.%` });
    if (f.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: f.actorId });
    if (f.targetType) qb.andWhere('a.target_type = :targetType', { targetType: f.targetType });
    if (f.targetId) qb.andWhere('a.target_id = :targetId', { targetId: f.targetId });
    if (f.from) qb.andWhere('a.created_at >= :from', { from: f.from });
    if (f.to) qb.andWhere('a.created_at < :to', { to: f.to });
    const [entries, total] = await qb
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    const actorIds = [...new Set(entries.map((e) => e.actorId).filter((x): x is string => !!x))];
    const actors = actorIds.length
      ? await this.db.repo(UserEntity).createQueryBuilder('u').select(['u.id', 'u.fullName', 'u.email']).where('u.id IN (:...ids)', { ids: actorIds }).getMany()
      : [];
    const byId = new Map(actors.map((a) => [a.id, a]));
    return [entries.map((entry) => ({ entry, actor: entry.actorId ? (byId.get(entry.actorId) ?? null) : null })), total];
  }
}

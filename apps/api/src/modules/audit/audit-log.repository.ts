import { Injectable } from '@nestjs/common';
import { Db } from '../../common/database/db.service';
import { AuditEntryEntity } from '../../common/audit/audit-entry.entity';

export interface AuditFilter {
  siteId: string;
  action?: string;
  actorId?: string;
  targetType?: string;
  targetId?: string;
  from?: Date;
  to?: Date;
}

@Injectable()
export class AuditLogRepository {
  constructor(private readonly db: Db) {}

  search(f: AuditFilter, page: number, pageSize: number): Promise<[AuditEntryEntity[], number]> {
    return this.filtered(f)
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
  }

  /** The first `limit` matching rows, newest first (an export). */
  firstRows(f: AuditFilter, limit: number): Promise<AuditEntryEntity[]> {
    return this.filtered(f).orderBy('a.created_at', 'DESC').addOrderBy('a.id', 'DESC').limit(limit).getMany();
  }

  /** The action names present in the site's log, sorted. */
  async actions(siteId: string): Promise<string[]> {
    const rows: { action: string }[] = await this.db.manager.query('SELECT DISTINCT action FROM audit_log WHERE site_id = $1 ORDER BY action', [siteId]);
    return rows.map((r) => r.action);
  }

  private filtered(f: AuditFilter) {
    const qb = this.db.repo(AuditEntryEntity).createQueryBuilder('a').where('a.site_id = :siteId', { siteId: f.siteId });
    if (f.action) qb.andWhere('(a.action = :action OR a.action LIKE :prefix)', { action: f.action, prefix: `${f.action.replace(/[%_\\]/g, '\\$&')}.%` });
    if (f.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: f.actorId });
    if (f.targetType) qb.andWhere('a.target_type = :targetType', { targetType: f.targetType });
    if (f.targetId) qb.andWhere('a.target_id = :targetId', { targetId: f.targetId });
    if (f.from) qb.andWhere('a.created_at >= :from', { from: f.from });
    if (f.to) qb.andWhere('a.created_at < :to', { to: f.to });
    return qb;
  }
}

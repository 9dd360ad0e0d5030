import { Injectable } from '@nestjs/common';
import { Db } from '../database/db.service';
import { AuditEntryEntity } from './audit-entry.entity';

export type NewAuditEntry = Pick<AuditEntryEntity, 'siteId' | 'actorId' | 'action' | 'targetType' | 'targetId' | 'clientAddress' | 'details'>;

/** Writes audit rows (append-only: nothing here updates or deletes). Joins the caller's transaction through Db. */
@Injectable()
export class AuditEntriesRepository {
  constructor(private readonly db: Db) {}

  async insert(entry: NewAuditEntry): Promise<void> {
    const repo = this.db.repo(AuditEntryEntity);
    await repo.save(repo.create(entry));
  }
}

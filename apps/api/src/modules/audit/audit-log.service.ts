import { Injectable } from '@nestjs/common';
import type { AuditEntryResponse, AuditQuery } from '@congxa/shared/dto/audit';
import type { Page } from '@congxa/shared/dto/common';
import { filterInstant } from '@congxa/shared/dto/dates';
import type { Actor } from '../../common/auth/actor';
import type { AuditEntryEntity } from '../../common/audit/audit-entry.entity';
import { paging, toPage } from '../../common/http/paging';
import { UsersService } from '../users/users.service';
import { AuditLogRepository } from './audit-log.repository';

/** One audit row with the person who acted (their name and address), when there was one. */
interface AuditRow {
  entry: AuditEntryEntity;
  actor: { id: string; fullName: string; email: string } | null;
}

const toAuditResponse = ({ entry, actor }: AuditRow): AuditEntryResponse => ({
  id: entry.id,
  action: entry.action,
  actor: actor ? { id: actor.id, fullName: actor.fullName, email: actor.email } : null,
  targetType: entry.targetType,
  targetId: entry.targetId,
  clientAddress: entry.clientAddress,
  details: entry.details,
  createdAt: entry.createdAt.toISOString(),
});

@Injectable()
export class AuditLogService {
  constructor(
    private readonly log: AuditLogRepository,
    private readonly users: UsersService,
  ) {}

  async search(actor: Actor, q: AuditQuery): Promise<Page<AuditEntryResponse>> {
    const p = paging(q);
    const [entries, total] = await this.log.search(
      {
        siteId: actor.site!.id,
        action: q.action,
        actorId: q.actorId,
        targetType: q.targetType,
        targetId: q.targetId,
        // A plain date is that day in Vietnam: `from` its first moment, `to` up to its end.
        from: (q.from && filterInstant(q.from, 'start')) || undefined,
        to: (q.to && filterInstant(q.to, 'end')) || undefined,
      },
      p.page,
      p.pageSize,
    );
    const byId = new Map((await this.users.contactsOf(entries.map((e) => e.actorId))).map((u) => [u.id, u]));
    const rows = entries.map((entry) => ({ entry, actor: entry.actorId ? (byId.get(entry.actorId) ?? null) : null }));
    return toPage([rows, total], p, toAuditResponse);
  }
}

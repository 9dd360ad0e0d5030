import { Injectable } from '@nestjs/common';
import { AUDIT_EXPORT_MAX_ROWS, type AuditActionsResponse, type AuditEntryResponse, type AuditFilterQuery, type AuditQuery } from '@congxa/shared/dto/audit';
import type { Page } from '@congxa/shared/dto/common';
import { filterInstant } from '@congxa/shared/dto/dates';
import type { Actor } from '../../common/auth/actor';
import type { AuditEntryEntity } from '../../common/audit/audit-entry.entity';
import { AuditService } from '../../common/audit/audit.service';
import { paging, toPage } from '../../common/http/paging';
import { UsersService } from '../users/users.service';
import { auditCsv } from './audit-csv';
import { type AuditFilter, AuditLogRepository } from './audit-log.repository';

/** A CSV export: the file, its name, and whether rows were left out (more than AUDIT_EXPORT_MAX_ROWS). */
export interface AuditExport {
  filename: string;
  csv: string;
  rows: number;
  truncated: boolean;
}

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
    private readonly audit: AuditService,
  ) {}

  async search(actor: Actor, q: AuditQuery): Promise<Page<AuditEntryResponse>> {
    const p = paging(q);
    const [entries, total] = await this.log.search(filterOf(actor, q), p.page, p.pageSize);
    return toPage([await this.withActors(entries), total], p, toAuditResponse);
  }

  /**
   * The filtered log as a CSV file for Excel, newest first, at most AUDIT_EXPORT_MAX_ROWS rows. The export
   * is itself recorded (after the rows are read, so it is not in its own file).
   */
  async exportCsv(actor: Actor, q: AuditFilterQuery): Promise<AuditExport> {
    const entries = await this.log.firstRows(filterOf(actor, q), AUDIT_EXPORT_MAX_ROWS + 1);
    const truncated = entries.length > AUDIT_EXPORT_MAX_ROWS;
    if (truncated) entries.length = AUDIT_EXPORT_MAX_ROWS;
    const rows = await this.withActors(entries);
    const csv = auditCsv(
      rows.map(({ entry, actor: who }) => ({
        createdAt: entry.createdAt,
        actorName: who?.fullName ?? (typeof entry.details.system === 'string' ? `Hệ thống (${entry.details.system})` : ''),
        actorEmail: who?.email ?? '',
        action: entry.action,
        targetType: entry.targetType,
        targetId: entry.targetId,
        clientAddress: entry.clientAddress,
        details: entry.details,
      })),
    );
    const filters = Object.fromEntries(Object.entries(q).filter(([k, v]) => v !== undefined && k !== 'page' && k !== 'pageSize'));
    await this.audit.record(actor, {
      action: 'audit.export',
      targetType: 'site',
      targetId: actor.site!.id,
      details: { filters, rows: rows.length, truncated },
    });
    const day = new Date().toISOString().slice(0, 10);
    return { filename: `nhat-ky-${actor.site!.slug}-${day}.csv`, csv, rows: rows.length, truncated };
  }

  /** The action names present in the site's log (the filter's choices). */
  async actions(actor: Actor): Promise<AuditActionsResponse> {
    return { actions: await this.log.actions(actor.site!.id) };
  }

  private async withActors(entries: AuditEntryEntity[]): Promise<AuditRow[]> {
    const byId = new Map((await this.users.contactsOf(entries.map((e) => e.actorId))).map((u) => [u.id, u]));
    return entries.map((entry) => ({ entry, actor: entry.actorId ? (byId.get(entry.actorId) ?? null) : null }));
  }
}

function filterOf(actor: Actor, q: AuditFilterQuery): AuditFilter {
  return {
    siteId: actor.site!.id,
    action: q.action,
    actorId: q.actorId,
    targetType: q.targetType,
    targetId: q.targetId,
    // A plain date is that day in Vietnam: `from` its first moment, `to` up to its end.
    from: (q.from && filterInstant(q.from, 'start')) || undefined,
    to: (q.to && filterInstant(q.to, 'end')) || undefined,
  };
}

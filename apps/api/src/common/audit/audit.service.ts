import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { AuditEntriesRepository } from './audit-entries.repository';

export interface AuditRecord {
  action: string;
  siteId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown>;
}

/**
 * Appends audit rows. Called inside the service's transaction, so the row commits or rolls back together
 * with the change it describes. Never log secrets in `details`.
 */
@Injectable()
export class AuditService {
  constructor(private readonly entries: AuditEntriesRepository) {}

  async record(actor: Actor, entry: AuditRecord): Promise<void> {
    const details = { ...(entry.details ?? {}) };
    if (actor.kind === 'system') details.system = actor.fullName;
    await this.entries.insert({
      siteId: entry.siteId ?? actor.site?.id ?? null,
      actorId: actor.userId,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      clientAddress: actor.clientAddress,
      details,
    });
  }
}

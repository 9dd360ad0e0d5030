import type { AuditEntryResponse } from '@congxa/shared/dto/audit';
import type { Page } from '@congxa/shared/dto/common';
import { http } from '../../core/http';

/** The latest entries of the site's audit log, newest first (`audit.read`: deputy, chief). */
export function fetchRecentAudit(site: string, pageSize = 30): Promise<Page<AuditEntryResponse>> {
  return http<Page<AuditEntryResponse>>(`/sites/${encodeURIComponent(site)}/audit`, { query: { pageSize } });
}

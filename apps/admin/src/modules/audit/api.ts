import type { AuditEntryResponse } from '@congxa/shared/dto/audit';
import type { Page } from '@congxa/shared/dto/common';
import { download, http, type Download } from '../../core/http';

const base = (site: string) => `/sites/${encodeURIComponent(site)}/audit`;

/** The filters of the log as the API takes them (`from`/`to` are days in Vietnam, `YYYY-MM-DD`). */
export interface AuditFilterParams {
  action?: string;
  actorId?: string;
  targetType?: string;
  targetId?: string;
  from?: string;
  to?: string;
}

/** GET /sites/:site/audit — newest first (`audit.read`). */
export function listAudit(
  site: string,
  params: AuditFilterParams & { page?: number; pageSize?: number },
  signal?: AbortSignal,
): Promise<Page<AuditEntryResponse>> {
  return http<Page<AuditEntryResponse>>(base(site), { query: { ...params }, signal });
}

/** The action names of an answer of /audit/actions, whichever shape it has (`{actions}`, `{items}` or a bare list). */
export function actionNamesOf(answer: unknown): string[] {
  const list = Array.isArray(answer)
    ? answer
    : ((answer as { actions?: unknown; items?: unknown } | null)?.actions ?? (answer as { items?: unknown } | null)?.items);
  return Array.isArray(list) ? list.filter((a): a is string => typeof a === 'string') : [];
}

/** GET /sites/:site/audit/actions — the action names present in the site's log (the filter's choices). */
export async function listAuditActions(site: string, signal?: AbortSignal): Promise<string[]> {
  return actionNamesOf(await http<unknown>(`${base(site)}/actions`, { signal }));
}

/** GET /sites/:site/audit/export.csv — the filtered log as a CSV file for Excel (the export is itself logged). */
export function exportAuditCsv(site: string, params: AuditFilterParams): Promise<Download> {
  return download(`${base(site)}/export.csv`, { query: { ...params }, accept: 'text/csv' });
}

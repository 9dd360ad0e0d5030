import { IsString, IsUUID, MaxLength } from 'class-validator';
import { MAX_PAGE, MAX_PAGE_SIZE, type PageQuery } from './common';
import { IsDateOrDateTime } from './dates';
import { IsIntBetween, IsOptionalNotNull, QueryInt } from './validators';

/** The filters of the audit log: `?action=&actorId=&targetType=&targetId=&from=&to=` (the list and the CSV export). */
export class AuditFilterQuery {
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(80)
  action?: string;

  @IsOptionalNotNull()
  @IsUUID()
  actorId?: string;

  @IsOptionalNotNull()
  @IsString()
  @MaxLength(80)
  targetType?: string;

  @IsOptionalNotNull()
  @IsUUID()
  targetId?: string;

  /** From this moment, or from the start of this day in Vietnam (`YYYY-MM-DD`). */
  @IsOptionalNotNull()
  @IsDateOrDateTime()
  from?: string;

  /** Before this moment, or up to the end of this day in Vietnam (`YYYY-MM-DD`). */
  @IsOptionalNotNull()
  @IsDateOrDateTime()
  to?: string;
}

/** The audit list: the filters plus `?page=&pageSize=` (the same rules as PageQuery). */
export class AuditQuery extends AuditFilterQuery implements PageQuery {
  @IsOptionalNotNull()
  @QueryInt()
  @IsIntBetween(1, MAX_PAGE)
  page?: number;

  @IsOptionalNotNull()
  @QueryInt()
  @IsIntBetween(1, MAX_PAGE_SIZE)
  pageSize?: number;
}

/** The most rows one CSV export holds; beyond it the answer says `X-Truncated: true`. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;

/** `GET /sites/:site/audit/actions`: the action names present in the site's log (for the filter list). */
export interface AuditActionsResponse {
  actions: string[];
}

export interface AuditEntryResponse {
  id: string;
  action: string;
  actor: { id: string; fullName: string; email: string } | null;
  targetType: string | null;
  targetId: string | null;
  clientAddress: string | null;
  details: Record<string, unknown>;
  createdAt: string;
}

import { IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from './common';
import { IsDateOrDateTime } from './dates';
import { IsOptionalNotNull } from './validators';

export class AuditQuery extends PageQuery {
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

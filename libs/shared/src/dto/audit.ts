import { IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from './common';

export class AuditQuery extends PageQuery {
  @IsOptional()
  @IsString()
  @MaxLength(80)
  action?: string;

  @IsOptional()
  @IsUUID()
  actorId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(80)
  targetType?: string;

  @IsOptional()
  @IsUUID()
  targetId?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
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

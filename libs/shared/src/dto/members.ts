import { ArrayMaxSize, ArrayUnique, IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { Trim } from './common';
import { SITE_ROLES, type SiteRole } from '../authz';
import type { FieldRef } from './auth';

export class InviteMemberRequest {
  @Trim()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @IsString()
  @MinLength(2)
  @MaxLength(200)
  fullName!: string;

  @IsIn(SITE_ROLES)
  role!: SiteRole;

  @IsOptional()
  @IsBoolean()
  isStaff?: boolean;

  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayUnique()
  @ArrayMaxSize(50)
  fieldIds?: string[];
}

export class UpdateMemberRequest {
  @IsInt()
  @Min(1)
  revision!: number;

  @IsOptional()
  @IsIn(SITE_ROLES)
  role?: SiteRole;

  @IsOptional()
  @IsBoolean()
  isStaff?: boolean;

  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayUnique()
  @ArrayMaxSize(50)
  fieldIds?: string[];
}

export interface MemberResponse {
  id: string;
  userId: string;
  email: string;
  fullName: string;
  role: SiteRole;
  isStaff: boolean;
  fields: FieldRef[];
  revision: number;
  createdAt: string;
  updatedAt: string;
}

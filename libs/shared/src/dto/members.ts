import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsEmail, IsIn, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Trim } from './common';
import { IsIntBetween, IsOptionalNotNull } from './validators';
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

  @IsOptionalNotNull()
  @IsBoolean()
  isStaff?: boolean;

  @IsOptionalNotNull()
  @IsArray()
  @IsUUID('all', { each: true })
  @ArrayUnique()
  @ArrayMaxSize(50)
  fieldIds?: string[];
}

export class UpdateMemberRequest {
  @IsIntBetween(1)
  revision!: number;

  @IsOptionalNotNull()
  @IsIn(SITE_ROLES)
  role?: SiteRole;

  @IsOptionalNotNull()
  @IsBoolean()
  isStaff?: boolean;

  @IsOptionalNotNull()
  @IsArray()
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
  /** Has the person set a password (accepted the invitation)? Until then the invitation can be resent. */
  activated: boolean;
  fields: FieldRef[];
  revision: number;
  createdAt: string;
  updatedAt: string;
}

/** `POST /sites/:site/members/:id/invitation`: a new set-password link was mailed (through the outbox). */
export interface ResendInvitationResponse {
  memberId: string;
  /** Where the invitation went. */
  email: string;
  /** How many earlier links of the person were still valid and are now spent. */
  revokedLinks: number;
}

import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Trim } from './common';
import type { Permission, SiteRole } from '../authz';

export class LoginRequest {
  @Trim()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password!: string;
}

export class PasswordResetRequest {
  @Trim()
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

export class SetPasswordRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token!: string;

  @IsString()
  @MaxLength(200)
  password!: string;
}

export class ChangePasswordRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  currentPassword!: string;

  @IsString()
  @MaxLength(200)
  newPassword!: string;
}

export interface UserSummary {
  id: string;
  email: string;
  fullName: string;
  isPlatformAdmin: boolean;
}

export interface LoginResponse {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  user: UserSummary;
}

export interface SiteRef {
  id: string;
  code: string;
  slug: string;
  name: string;
}

export interface FieldRef {
  id: string;
  name: string;
}

export interface MembershipView {
  site: SiteRef;
  role: SiteRole;
  isStaff: boolean;
  fields: FieldRef[];
  permissions: Permission[];
}

export interface MeResponse {
  user: UserSummary;
  /** Permissions held outside any site (account, and platform ones for administrators). */
  permissions: Permission[];
  memberships: MembershipView[];
}

/** Passwords: at least 10 characters with a letter and a digit. */
export function isAcceptablePassword(password: string): boolean {
  return password.length >= 10 && /\p{L}/u.test(password) && /\d/.test(password);
}

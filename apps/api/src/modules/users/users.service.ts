import { Injectable } from '@nestjs/common';
import { type SessionUser, UserLookup } from '../../common/auth/lookups';
import type { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';

/** What other modules may ask about people (they never use UsersRepository: style rule 5, docs/architecture.md). */
@Injectable()
export class UsersService implements UserLookup {
  constructor(private readonly users: UsersRepository) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findById(id);
  }

  /** `email` must already be normalised (normalizeEmail). */
  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findByEmail(email);
  }

  /** A new account without a password (an invitation sets it). */
  create(data: Pick<UserEntity, 'email' | 'fullName'>): Promise<UserEntity> {
    return this.users.create(data);
  }

  /** Set the password hash; every access token issued before stops working. */
  setPassword(id: string, passwordHash: string): Promise<void> {
    return this.users.setPassword(id, passwordHash);
  }

  /** Workflow notifications by e-mail on or off (invitations and resets are always mailed). */
  setEmailNotifications(id: string, value: boolean): Promise<void> {
    return this.users.setEmailNotifications(id, value);
  }

  /** Invalidate every access token the user holds. */
  bumpSessionVersion(id: string): Promise<void> {
    return this.users.bumpSessionVersion(id);
  }

  /** Sites the user is a member of now. */
  siteIdsOf(userId: string): Promise<string[]> {
    return this.users.siteIdsOf(userId);
  }

  /** Names of people, for showing who did what. */
  namesOf(ids: (string | null | undefined)[]): Promise<{ id: string; fullName: string }[]> {
    return this.users.namesOf(ids);
  }

  /** Names and addresses of people (the audit log shows both). */
  contactsOf(ids: (string | null | undefined)[]): Promise<{ id: string; fullName: string; email: string }[]> {
    return this.users.contactsOf(ids);
  }

  /** For the JWT strategy (UserLookup, common/auth): the token's subject as it is now. */
  async sessionUser(userId: string): Promise<SessionUser | null> {
    const u = await this.users.findById(userId);
    return u
      ? { id: u.id, email: u.email, fullName: u.fullName, isPlatformAdmin: u.isPlatformAdmin, isActive: u.isActive, sessionVersion: u.sessionVersion }
      : null;
  }
}

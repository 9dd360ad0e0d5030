import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { LoginResponse, UserSummary } from '@congxa/shared/dto/auth';
import { isAcceptablePassword } from '@congxa/shared/dto/auth';
import { normalizeEmail } from '@congxa/shared/text';
import type { Actor } from '../../common/auth/actor';
import type { AccessTokenPayload } from '../../common/auth/jwt.strategy';
import { LiveSessions } from '../../common/auth/live-sessions';
import { TokenSecret } from '../../common/auth/token-secret.service';
import { AuditService } from '../../common/audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../../common/config/config';
import { Db } from '../../common/database/db.service';
import { AppException } from '../../common/errors/app-exception';
import { ValidationFailed } from '../../common/errors/error.filter';
import { Notifier } from '../../common/notify/notifier';
import type { UserEntity } from '../users/user.entity';
import { hashPassword, verifyPassword } from '../users/passwords';
import { UsersService } from '../users/users.service';
import { AuthTokensRepository, sha256 } from './auth-tokens.repository';
import { ACCOUNT_SLOWDOWN, slowdownDelayMs } from './login-slowdown';
import { LoginThrottleRepository, type ThrottleRule } from './login-throttle.repository';

/**
 * Sign-in failures, counted in 15-minute windows. Per client address: 30 block that address for 15 minutes.
 * Per account from one address: 5 block that address for that account for 15 minutes. Per account from
 * any address nothing is refused (anyone could lock anyone out): attempts are slowed (ACCOUNT_SLOWDOWN).
 */
export const ADDRESS_THROTTLE: ThrottleRule = { maxFailures: 30, windowSeconds: 900, blockSeconds: 900 };
export const ACCOUNT_ADDRESS_THROTTLE: ThrottleRule = { maxFailures: 5, windowSeconds: 900, blockSeconds: 900 };
/** Reset links: 10 requests per address in 15 minutes; 3 links per account (beyond that, silently none). */
export const RESET_ADDRESS_THROTTLE: ThrottleRule = { maxFailures: 10, windowSeconds: 900, blockSeconds: 900 };
export const RESET_ACCOUNT_THROTTLE: ThrottleRule = { maxFailures: 3, windowSeconds: 900, blockSeconds: 900 };

export const INVITE_TTL_HOURS = 7 * 24;
export const RESET_TTL_HOURS = 2;

/** A session handed to the client: the body, and the refresh token for the cookie. */
export interface IssuedSession {
  body: LoginResponse;
  refreshToken: string;
}

export function toUserSummary(u: Pick<UserEntity, 'id' | 'email' | 'fullName' | 'isPlatformAdmin'>): UserSummary {
  return { id: u.id, email: u.email, fullName: u.fullName, isPlatformAdmin: u.isPlatformAdmin };
}

@Injectable()
export class AuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Db,
    private readonly users: UsersService,
    private readonly tokens: AuthTokensRepository,
    private readonly throttle: LoginThrottleRepository,
    private readonly audit: AuditService,
    private readonly jwt: JwtService,
    private readonly secret: TokenSecret,
    private readonly notifier: Notifier,
    private readonly sessions: LiveSessions,
  ) {}

  async login(actor: Actor, emailInput: string, password: string): Promise<IssuedSession> {
    const email = normalizeEmail(emailInput);
    const address = actor.clientAddress ?? 'unknown';
    const keys = {
      address: `address:${address}`,
      // Hashed: an email (254) and an address together may not fit the key column.
      accountAddress: `account-address:${sha256(`${email}\n${address}`)}`,
      account: `account:${email}`,
    };
    const wait = Math.max(await this.throttle.blockedFor(keys.accountAddress), await this.throttle.blockedFor(keys.address));
    if (wait > 0) throw new AppException(429, 'TOO_MANY_ATTEMPTS', undefined, { 'Retry-After': String(wait) });
    // Every attempt on the account waits alike, right or wrong, so the wait tells nothing.
    const delay = slowdownDelayMs(await this.throttle.failures(keys.account, ACCOUNT_SLOWDOWN.windowSeconds), ACCOUNT_SLOWDOWN);
    if (delay > 0) await sleep(delay);

    const user = await this.users.findByEmail(email);
    const ok = await verifyPassword(user?.isActive ? user.passwordHash : null, password);
    if (!user || !ok) {
      await this.db.transaction(async () => {
        await this.throttle.recordFailure(keys.accountAddress, ACCOUNT_ADDRESS_THROTTLE);
        await this.throttle.recordFailure(keys.address, ADDRESS_THROTTLE);
        await this.throttle.countFailure(keys.account, ACCOUNT_SLOWDOWN.windowSeconds);
        await this.auditAccount(actor, user?.id ?? null, 'auth.login_failed', { email });
      });
      throw new AppException(401, 'INVALID_CREDENTIALS');
    }
    return this.db.transaction(async () => {
      await this.throttle.clear(keys.accountAddress);
      const session = await this.issue(user, actor.clientAddress);
      await this.auditAccount({ ...actor, userId: user.id }, user.id, 'auth.login');
      return session;
    });
  }

  /** Rotate: the presented token is spent and a new one of the same family issued. Reuse revokes the family. */
  async refresh(actor: Actor, token: string | undefined): Promise<IssuedSession> {
    if (!token) throw new AppException(401, 'INVALID_REFRESH_TOKEN');
    const outcome = await this.db.transaction(async () => {
      const row = await this.tokens.lockRefresh(token);
      if (!row || row.revokedAt || row.expiresAt.getTime() <= Date.now()) return null;
      if (row.rotatedAt) {
        await this.tokens.revokeFamily(row.familyId);
        await this.auditAccount({ ...actor, userId: row.userId }, row.userId, 'auth.refresh_reused', { familyId: row.familyId });
        return { reusedFamily: row.familyId };
      }
      const user = await this.users.findById(row.userId);
      if (!user?.isActive) return null;
      await this.tokens.markRotated(row.id);
      return this.issue(user, actor.clientAddress, row.familyId);
    });
    // Once committed, the access tokens of the revoked session (thief's and victim's alike) stop at once.
    if (outcome && 'reusedFamily' in outcome) this.sessions.ended(outcome.reusedFamily);
    if (!outcome || 'reusedFamily' in outcome) throw new AppException(401, 'INVALID_REFRESH_TOKEN');
    return outcome;
  }

  async logout(actor: Actor, token: string | undefined): Promise<void> {
    if (!token) return;
    const ended = await this.db.transaction(async () => {
      const row = await this.tokens.findRefresh(token);
      if (!row || row.revokedAt) return null;
      await this.tokens.revokeFamily(row.familyId);
      await this.auditAccount({ ...actor, userId: row.userId }, row.userId, 'auth.logout');
      return row.familyId;
    });
    // Once committed, the session's access tokens stop at once in this process (others: LIVE_SESSION_TTL_MS).
    if (ended) this.sessions.ended(ended);
  }

  /** Always answers the same way, whether the account exists or not. */
  async requestPasswordReset(actor: Actor, emailInput: string): Promise<void> {
    const email = normalizeEmail(emailInput);
    const addressKey = `reset:${actor.clientAddress ?? 'unknown'}`;
    const wait = await this.throttle.blockedFor(addressKey);
    if (wait > 0) throw new AppException(429, 'TOO_MANY_ATTEMPTS', undefined, { 'Retry-After': String(wait) });
    await this.throttle.recordFailure(addressKey, RESET_ADDRESS_THROTTLE);
    const user = await this.users.findByEmail(email);
    if (!user?.isActive) return;
    // Per account the answer stays the same (no hint), but no more links are sent for a while.
    const accountKey = `reset-account:${email}`;
    if ((await this.throttle.blockedFor(accountKey)) > 0) return;
    await this.throttle.recordFailure(accountKey, RESET_ACCOUNT_THROTTLE);
    await this.db.transaction(async () => {
      const token = await this.tokens.issueAction(user.id, 'reset', RESET_TTL_HOURS);
      await this.auditAccount({ ...actor, userId: null }, user.id, 'auth.password_reset_requested');
      await this.notifier.sendLink({ to: user.email, kind: 'reset', url: this.setPasswordUrl(token) });
    });
  }

  /** Set a password from an invitation or reset link; every existing session of the user ends. */
  async setPasswordWithToken(actor: Actor, token: string, password: string): Promise<void> {
    if (!isAcceptablePassword(password)) throw new ValidationFailed([{ field: 'password', rule: 'strongPassword' }]);
    const passwordHash = await hashPassword(password);
    await this.db.transaction(async () => {
      const row = await this.tokens.lockAction(token);
      if (!row || row.usedAt || row.expiresAt.getTime() <= Date.now()) throw new AppException(400, 'INVALID_TOKEN');
      await this.tokens.markActionUsed(row.id);
      // The password is set: any other outstanding link (an earlier invitation, a reset) is spent with it.
      await this.tokens.revokeActions(row.userId);
      await this.users.setPassword(row.userId, passwordHash);
      await this.tokens.revokeAllForUser(row.userId);
      await this.auditAccount({ ...actor, userId: row.userId }, row.userId, 'auth.password_set', { via: row.purpose });
    });
  }

  /** Change one's own password: other sessions end, this one continues with new tokens. */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<IssuedSession> {
    const user = actor.userId ? await this.users.findById(actor.userId) : null;
    if (!user) throw new AppException(401, 'UNAUTHENTICATED');
    if (!(await verifyPassword(user.passwordHash, currentPassword))) throw new ValidationFailed([{ field: 'currentPassword', rule: 'currentPassword' }]);
    if (!isAcceptablePassword(newPassword)) throw new ValidationFailed([{ field: 'newPassword', rule: 'strongPassword' }]);
    const passwordHash = await hashPassword(newPassword);
    return this.db.transaction(async () => {
      await this.users.setPassword(user.id, passwordHash);
      await this.tokens.revokeAllForUser(user.id);
      await this.auditAccount(actor, user.id, 'auth.password_changed');
      const fresh = await this.users.findById(user.id);
      return this.issue(fresh!, actor.clientAddress);
    });
  }

  /**
   * Sign out everywhere else: every session of the caller but the one their access token names ends, and
   * its access tokens stop (at once in this process, within LIVE_SESSION_TTL_MS in others). Answers how many
   * sessions were open.
   */
  async revokeOtherSessions(actor: Actor): Promise<number> {
    if (!actor.userId || !actor.sessionId) throw new AppException(401, 'UNAUTHENTICATED');
    const userId = actor.userId;
    const keep = actor.sessionId;
    const ended = await this.db.transaction(async () => {
      const families = await this.tokens.revokeOtherFamilies(userId, keep);
      await this.auditAccount(actor, userId, 'auth.other_sessions_revoked', { ended: families.length });
      return families;
    });
    ended.forEach((familyId) => this.sessions.ended(familyId));
    return ended.length;
  }

  /** A set-password link for an invitation (used by the members service), with its token's id for the outbox row. */
  async issueInvitation(userId: string): Promise<{ url: string; tokenId: string }> {
    const { id, token } = await this.tokens.issueActionWithId(userId, 'invite', INVITE_TTL_HOURS);
    return { url: this.setPasswordUrl(token), tokenId: id };
  }

  /**
   * Spend a person's outstanding invitation links (their role or sites changed, so a link issued before would
   * let its holder in with powers its readers may not grant). Answers how many were still valid.
   */
  revokeInvitations(userId: string): Promise<number> {
    return this.tokens.revokeActions(userId, 'invite');
  }

  /** End every session of a user (member removed, account disabled). */
  async endAllSessions(userId: string): Promise<void> {
    await this.tokens.revokeAllForUser(userId);
    await this.users.bumpSessionVersion(userId);
  }

  /**
   * Account events belong to no site: one row goes to each site the person is a member of at that moment
   * (so each board sees its own members' sign-ins, and keeps them after a member leaves), or one row
   * without a site for someone in none.
   */
  private async auditAccount(actor: Actor, userId: string | null, action: string, details?: Record<string, unknown>): Promise<void> {
    const siteIds = userId ? await this.users.siteIdsOf(userId) : [];
    for (const siteId of siteIds.length ? siteIds : [null]) {
      await this.audit.record(actor, { action, siteId, targetType: userId ? 'user' : null, targetId: userId, details });
    }
  }

  private setPasswordUrl(token: string): string {
    return `${this.config.publicUrl}/admin/dat-mat-khau?token=${encodeURIComponent(token)}`;
  }

  /** The refresh-token family is the session: access tokens name it (`sid`) and end with it. */
  private async issue(user: UserEntity, clientAddress: string | null, familyId: string = randomUUID()): Promise<IssuedSession> {
    const payload: AccessTokenPayload = { sub: user.id, sv: user.sessionVersion, sid: familyId };
    const accessToken = await this.jwt.signAsync(payload, {
      secret: await this.secret.get(),
      expiresIn: this.config.accessTokenTtlSeconds,
      algorithm: 'HS256',
    });
    const refreshToken = await this.tokens.issueRefresh(user.id, this.config.refreshTokenTtlDays, clientAddress, familyId);
    return { body: { accessToken, expiresIn: this.config.accessTokenTtlSeconds, user: toUserSummary(user) }, refreshToken };
  }
}

import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import type { SessionLookup } from '../../common/auth/live-sessions';
import { Db } from '../../common/database/db.service';
import { type ActionTokenPurpose, ActionTokenEntity } from './action-token.entity';
import { RefreshTokenEntity } from './refresh-token.entity';

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const newSecret = () => randomBytes(32).toString('base64url');

/** Refresh tokens and one-time links. Only hashes are stored; the clear value exists once, in the answer. */
@Injectable()
export class AuthTokensRepository implements SessionLookup {
  constructor(private readonly db: Db) {}

  async issueRefresh(userId: string, ttlDays: number, clientAddress: string | null, familyId: string = randomUUID()): Promise<string> {
    const token = newSecret();
    await this.db.repo(RefreshTokenEntity).insert({
      userId,
      familyId,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + ttlDays * 86_400_000),
      clientAddress,
    });
    return token;
  }

  lockRefresh(token: string): Promise<RefreshTokenEntity | null> {
    return this.db
      .repo(RefreshTokenEntity)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.token_hash = :h', { h: sha256(token) })
      .getOne();
  }

  findRefresh(token: string): Promise<RefreshTokenEntity | null> {
    return this.db.repo(RefreshTokenEntity).findOneBy({ tokenHash: sha256(token) });
  }

  async markRotated(id: string): Promise<void> {
    await this.db.repo(RefreshTokenEntity).update({ id }, { rotatedAt: new Date() });
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.db.repo(RefreshTokenEntity).update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** A session is a refresh-token family: open while one of its tokens is neither revoked nor expired. */
  async isSessionOpen(userId: string, familyId: string): Promise<boolean> {
    return this.db
      .repo(RefreshTokenEntity)
      .createQueryBuilder('t')
      .where('t.family_id = :familyId AND t.user_id = :userId AND t.revoked_at IS NULL AND t.expires_at > now()', { familyId, userId })
      .getExists();
  }

  /**
   * End every session of the user but `keepFamilyId`: their unrevoked tokens are revoked. Answers the
   * sessions that were still open (a family with an unexpired token), whose access tokens must stop.
   */
  async revokeOtherFamilies(userId: string, keepFamilyId: string): Promise<string[]> {
    const rows: { family_id: string }[] = await this.db.manager.query(
      `WITH ended AS (
         UPDATE refresh_tokens SET revoked_at = now()
          WHERE user_id = $1 AND family_id <> $2 AND revoked_at IS NULL
         RETURNING family_id, expires_at
       )
       SELECT DISTINCT family_id FROM ended WHERE expires_at > now() ORDER BY family_id`,
      [userId, keepFamilyId],
    );
    return rows.map((r) => r.family_id);
  }

  async revokeAllForUser(userId: string): Promise<void> {
    await this.db.repo(RefreshTokenEntity).update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async issueAction(userId: string, purpose: ActionTokenPurpose, ttlHours: number): Promise<string> {
    return (await this.issueActionWithId(userId, purpose, ttlHours)).token;
  }

  /** As issueAction, also giving the new row's id (the outbox mail carrying the link records it). */
  async issueActionWithId(userId: string, purpose: ActionTokenPurpose, ttlHours: number): Promise<{ id: string; token: string }> {
    const token = newSecret();
    // A new link replaces the user's earlier unused ones of the same purpose.
    await this.db.repo(ActionTokenEntity).update({ userId, purpose, usedAt: IsNull() }, { usedAt: new Date() });
    const inserted = await this.db
      .repo(ActionTokenEntity)
      .insert({ userId, purpose, tokenHash: sha256(token), expiresAt: new Date(Date.now() + ttlHours * 3_600_000) });
    return { id: (inserted.identifiers[0] as { id: string }).id, token };
  }

  /** Spend the user's still-valid links (of `purpose`, or of any purpose); answers how many there were. */
  async revokeActions(userId: string, purpose?: ActionTokenPurpose): Promise<number> {
    const qb = this.db
      .repo(ActionTokenEntity)
      .createQueryBuilder()
      .update()
      .set({ usedAt: () => 'now()' })
      .where('user_id = :userId AND used_at IS NULL AND expires_at > now()', { userId });
    if (purpose) qb.andWhere('purpose = :purpose', { purpose });
    return (await qb.execute()).affected ?? 0;
  }

  lockAction(token: string): Promise<ActionTokenEntity | null> {
    return this.db
      .repo(ActionTokenEntity)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.token_hash = :h', { h: sha256(token) })
      .getOne();
  }

  async markActionUsed(id: string): Promise<void> {
    await this.db.repo(ActionTokenEntity).update({ id }, { usedAt: new Date() });
  }
}

import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { Db } from '../../common/database/db.service';
import { type ActionTokenPurpose, ActionTokenEntity } from './action-token.entity';
import { RefreshTokenEntity } from './refresh-token.entity';

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const newSecret = () => randomBytes(32).toString('base64url');

/** Refresh tokens and one-time links. Only hashes are stored; the clear value exists once, in the answer. */
@Injectable()
export class AuthTokensRepository {
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

  async revokeAllForUser(userId: string): Promise<void> {
    await this.db.repo(RefreshTokenEntity).update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async issueAction(userId: string, purpose: ActionTokenPurpose, ttlHours: number): Promise<string> {
    const token = newSecret();
    // A new link replaces the user's earlier unused ones of the same purpose.
    await this.db.repo(ActionTokenEntity).update({ userId, purpose, usedAt: IsNull() }, { usedAt: new Date() });
    await this.db.repo(ActionTokenEntity).insert({ userId, purpose, tokenHash: sha256(token), expiresAt: new Date(Date.now() + ttlHours * 3_600_000) });
    return token;
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

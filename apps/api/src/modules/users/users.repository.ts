import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Db } from '../../common/database/db.service';
import { UserEntity } from './user.entity';

@Injectable()
export class UsersRepository {
  constructor(private readonly db: Db) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.db.repo(UserEntity).findOneBy({ id });
  }

  /** `email` must already be normalised (normalizeEmail). */
  findByEmail(email: string): Promise<UserEntity | null> {
    return this.db.repo(UserEntity).findOneBy({ email });
  }

  create(data: Pick<UserEntity, 'email' | 'fullName'> & Partial<Pick<UserEntity, 'passwordHash' | 'isPlatformAdmin'>>): Promise<UserEntity> {
    const repo = this.db.repo(UserEntity);
    return repo.save(repo.create(data));
  }

  save(user: UserEntity): Promise<UserEntity> {
    return this.db.repo(UserEntity).save(user);
  }

  /** Name and address of people, for showing who did what (the audit log). */
  contactsOf(ids: (string | null | undefined)[]): Promise<Pick<UserEntity, 'id' | 'fullName' | 'email'>[]> {
    const unique = [...new Set(ids.filter((x): x is string => !!x))];
    if (unique.length === 0) return Promise.resolve([]);
    return this.db.repo(UserEntity).find({ where: { id: In(unique) }, select: { id: true, fullName: true, email: true } });
  }

  async setPassword(id: string, passwordHash: string): Promise<void> {
    await this.db.repo(UserEntity).update({ id }, { passwordHash, sessionVersion: () => 'session_version + 1' });
  }

  async setEmailNotifications(id: string, value: boolean): Promise<void> {
    await this.db.repo(UserEntity).update({ id }, { emailNotifications: value });
  }

  /** Invalidate every access token the user holds. */
  async bumpSessionVersion(id: string): Promise<void> {
    await this.db.repo(UserEntity).update({ id }, { sessionVersion: () => 'session_version + 1' });
  }

  /** Sites the user is a member of now. */
  async siteIdsOf(userId: string): Promise<string[]> {
    const rows: { site_id: string }[] = await this.db.manager.query('SELECT site_id FROM memberships WHERE user_id = $1 ORDER BY site_id', [userId]);
    return rows.map((r) => r.site_id);
  }

  /** Names of people, for showing who did what. */
  namesOf(ids: (string | null | undefined)[]): Promise<Pick<UserEntity, 'id' | 'fullName'>[]> {
    const unique = [...new Set(ids.filter((x): x is string => !!x))];
    if (unique.length === 0) return Promise.resolve([]);
    return this.db.repo(UserEntity).find({ where: { id: In(unique) }, select: { id: true, fullName: true } });
  }

  count(): Promise<number> {
    return this.db.repo(UserEntity).count();
  }
}

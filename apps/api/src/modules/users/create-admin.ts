import { isAcceptablePassword } from '@congxa/shared/dto/auth';
import { normalizeEmail, normalizeText } from '@congxa/shared/text';
import type { Db } from '../../common/database/db.service';
import type { UserEntity } from './user.entity';
import { hashPassword } from './passwords';
import { UsersRepository } from './users.repository';

/**
 * The CLI's `admin:create`: the first platform administrator of an installation (no default password).
 * The CLI has no Nest application: it hands in a `Db` over its own data source.
 */
export async function createPlatformAdmin(db: Db, input: { email: string; fullName: string; password: string }): Promise<UserEntity> {
  const email = normalizeEmail(input.email);
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new Error(`Not an email address: ${input.email}`);
  if (!isAcceptablePassword(input.password)) throw new Error('The password needs at least 10 characters with letters and digits.');
  const passwordHash = await hashPassword(input.password);
  const users = new UsersRepository(db);
  return db.transaction(async () => {
    const existing = await users.findByEmail(email);
    if (existing) {
      existing.isPlatformAdmin = true;
      existing.passwordHash = passwordHash;
      existing.sessionVersion += 1;
      return users.save(existing);
    }
    return users.create({ email, fullName: normalizeText(input.fullName), passwordHash, isPlatformAdmin: true });
  });
}

import type { DataSource } from 'typeorm';
import { isAcceptablePassword } from '@congxa/shared/dto/auth';
import { normalizeEmail, normalizeText } from '@congxa/shared/text';
import { UserEntity } from './user.entity';
import { hashPassword } from './passwords';

/** The CLI's `admin:create`: the first platform administrator of an installation (no default password). */
export async function createPlatformAdmin(ds: DataSource, input: { email: string; fullName: string; password: string }): Promise<UserEntity> {
  const email = normalizeEmail(input.email);
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new Error(`Not an email address: ${input.email}`);
  if (!isAcceptablePassword(input.password)) throw new Error('The password needs at least 10 characters with letters and digits.');
  const passwordHash = await hashPassword(input.password);
  return ds.transaction(async (m) => {
    const repo = m.getRepository(UserEntity);
    const existing = await repo.findOneBy({ email });
    if (existing) {
      existing.isPlatformAdmin = true;
      existing.passwordHash = passwordHash;
      existing.sessionVersion += 1;
      return repo.save(existing);
    }
    return repo.save(repo.create({ email, fullName: normalizeText(input.fullName), passwordHash, isPlatformAdmin: true }));
  });
}

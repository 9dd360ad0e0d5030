import { Injectable } from '@nestjs/common';
import { slugify } from '@congxa/shared/text';
import { Db } from '../../common/database/db.service';
// The demo fixtures are the one place that writes other modules' rows directly, as a migration would (an
// empty database, before anyone can sign in); the modules' services would audit, mail and authorise people
// who do not exist yet. Content is not written here: it goes through the publishing core.
/* eslint-disable no-restricted-imports */
import { CategoryEntity } from '../categories/category.entity';
import { FieldEntity } from '../fields/field.entity';
import { MembershipEntity } from '../members/membership.entity';
import { SiteEntity } from '../sites/site.entity';
import { UserEntity } from '../users/user.entity';
/* eslint-enable no-restricted-imports */
import { DEMO_ACCOUNTS, DEMO_CATEGORIES, DEMO_FIELDS, DEMO_SITE } from './demo-content';

export interface DemoPerson {
  user: UserEntity;
  membership: MembershipEntity | null;
}

/**
 * The demo commune's fixture rows (site, fields, categories, people) written straight in, as a migration
 * would: the one place that writes other modules' tables, and only on an empty database. Content is not
 * written here: it goes through the publishing core like anyone's.
 */
@Injectable()
export class DemoSeedRepository {
  constructor(private readonly db: Db) {}

  /** Locks out a concurrent seeder and tells whether the database is empty. */
  async lockAndCheckEmpty(): Promise<boolean> {
    const m = this.db.manager;
    await m.query('LOCK TABLE users IN EXCLUSIVE MODE');
    return (await m.count(UserEntity)) === 0 && (await m.count(SiteEntity)) === 0;
  }

  async insertFixtures(siteCode: string, passwordHash: string) {
    const m = this.db.manager;
    const site = await m.save(m.create(SiteEntity, { ...DEMO_SITE, code: siteCode }));
    const fields = new Map<string, FieldEntity>();
    for (const name of DEMO_FIELDS) fields.set(name, await m.save(m.create(FieldEntity, { siteId: site.id, name, slug: slugify(name) })));
    const categories = new Map<string, CategoryEntity>();
    let position = 0;
    for (const [name, children] of DEMO_CATEGORIES) {
      const parent = await m.save(m.create(CategoryEntity, { siteId: site.id, parentId: null, name, slug: slugify(name), position: position++ }));
      categories.set(name, parent);
      let childPosition = 0;
      for (const child of children) {
        categories.set(
          child,
          await m.save(m.create(CategoryEntity, { siteId: site.id, parentId: parent.id, name: child, slug: slugify(child), position: childPosition++ })),
        );
      }
    }
    const people = new Map<string, DemoPerson>();
    for (const a of DEMO_ACCOUNTS) {
      const user = await m.save(m.create(UserEntity, { email: a.email, fullName: a.fullName, passwordHash, isPlatformAdmin: a.isPlatformAdmin ?? false }));
      const membership = a.role
        ? await m.save(
            m.create(MembershipEntity, {
              siteId: site.id,
              userId: user.id,
              role: a.role,
              isStaff: a.isStaff ?? false,
              fields: (a.fields ?? []).map((f) => fields.get(f)!),
            }),
          )
        : null;
      people.set(a.email, { user, membership });
    }
    return { site, fields, categories, people };
  }
}

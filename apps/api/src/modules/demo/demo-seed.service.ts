import { Inject, Injectable, Logger } from '@nestjs/common';
import { slugify } from '@congxa/shared/text';
import { systemActor } from '../../common/auth/actor';
import { AuditService } from '../../common/audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../../common/config/config';
import { Db } from '../../common/database/db.service';
import type { ArticleContent } from '../articles/article-content';
import { ArticleRevisionEntity } from '../articles/article-revision.entity';
import { ArticleEntity } from '../articles/article.entity';
import { CategoryEntity } from '../categories/category.entity';
import { FieldEntity } from '../fields/field.entity';
import { MembershipEntity } from '../members/membership.entity';
import { SiteEntity } from '../sites/site.entity';
import { UserEntity } from '../users/user.entity';
import { hashPassword } from '../users/passwords';
import { DEMO_ACCOUNTS, DEMO_ARTICLES, DEMO_CATEGORIES, DEMO_FIELDS, DEMO_PASSWORD, DEMO_SITE } from './demo-content';

/** Seeds the demo commune on an empty database, for trying the system only. */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger('Demo');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  /** True when it seeded (the database had no users and no sites). */
  async seedIfEmpty(): Promise<boolean> {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const seeded = await this.db.transaction(async () => {
      const m = this.db.manager;
      // Lock out a concurrent seeder (a second process starting at the same moment).
      await m.query('LOCK TABLE users IN EXCLUSIVE MODE');
      if ((await m.count(UserEntity)) > 0 || (await m.count(SiteEntity)) > 0) return false;

      const site = await m.save(m.create(SiteEntity, { ...DEMO_SITE, code: this.config.demoSiteCode }));
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

      let chief: UserEntity | null = null;
      for (const a of DEMO_ACCOUNTS) {
        const user = await m.save(m.create(UserEntity, { email: a.email, fullName: a.fullName, passwordHash, isPlatformAdmin: a.isPlatformAdmin ?? false }));
        if (a.role === 'chief') chief = user;
        if (a.role) {
          await m.save(
            m.create(MembershipEntity, {
              siteId: site.id,
              userId: user.id,
              role: a.role,
              isStaff: a.isStaff ?? false,
              fields: (a.fields ?? []).map((f) => fields.get(f)!),
            }),
          );
        }
      }

      for (const a of DEMO_ARTICLES) {
        const publishedAt = new Date(Date.now() - a.daysAgo * 86_400_000);
        const content: ArticleContent = {
          title: a.title,
          summary: a.summary,
          body: a.body,
          categoryId: categories.get(a.category)?.id ?? null,
          fieldId: fields.get(a.field)?.id ?? null,
          kind: a.kind,
          tags: [],
          featured: false,
          coverMediaId: null,
          authorName: chief?.fullName ?? '',
          authorAddress: 'Ủy ban nhân dân xã Ân Hảo Đông',
          origin: 'original',
          sourceReference: null,
          collectorName: null,
          collectorAddress: null,
        };
        const slug = slugify(a.title);
        const article = await m.save(
          m.create(ArticleEntity, {
            siteId: site.id,
            slug,
            content,
            authorId: chief?.id ?? null,
            editionAuthorId: chief?.id ?? null,
            status: 'published',
            liveStatus: 'published',
            noSecretConfirmed: true,
            publishedAt,
            liveUpdatedAt: publishedAt,
            approvedById: chief?.id ?? null,
            approvedAt: publishedAt,
          }),
        );
        const rev = await m.save(
          m.create(ArticleRevisionEntity, {
            articleId: article.id,
            siteId: site.id,
            number: 1,
            edition: 1,
            slug,
            content: { ...content },
            createdById: chief?.id ?? null,
            reason: 'create',
          }),
        );
        await m.update(ArticleEntity, { id: article.id }, { liveRevisionId: rev.id });
      }
      await this.audit.record(systemActor('demo-seed'), { action: 'demo.seed', siteId: site.id, targetType: 'site', targetId: site.id });
      return true;
    });
    if (seeded) this.printLogins();
    return seeded;
  }

  private printLogins(): void {
    const lines = DEMO_ACCOUNTS.map(
      (a) => `  ${a.email.padEnd(26)} ${a.isPlatformAdmin ? 'platform admin' : a.role}${a.fields?.length ? ` (${a.fields.join(', ')})` : ''}`,
    );
    this.logger.warn(
      [
        `Đã tạo dữ liệu mẫu "${DEMO_SITE.name}" — CHỈ ĐỂ DÙNG THỬ, không dùng cho trang thật. / Demo data created — FOR TRYING THE SYSTEM ONLY.`,
        `Mật khẩu chung / password for all: ${DEMO_PASSWORD}`,
        ...lines,
        `Quản trị / admin: ${this.config.publicUrl}/admin/   Cổng thông tin / portal: ${this.config.publicUrl}/`,
      ].join('\n'),
    );
  }
}

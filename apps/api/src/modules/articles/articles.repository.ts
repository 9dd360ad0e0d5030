import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { ArticleState } from '@congxa/shared/workflow';
import { Db } from '../../common/database/db.service';
import { CategoryEntity } from '../categories/category.entity';
import { FieldEntity } from '../fields/field.entity';
import { MembershipEntity } from '../members/membership.entity';
import { UserEntity } from '../users/user.entity';
import { ArticleRevisionEntity } from './article-revision.entity';
import { ArticleTransitionEntity } from './article-transition.entity';
import { ArticleEntity } from './article.entity';

export interface ArticleListFilter {
  siteId: string;
  readable: { all: true } | { userId: string; assigned: boolean };
  status?: ArticleState;
  mineUserId?: string;
}

@Injectable()
export class ArticlesRepository {
  constructor(private readonly db: Db) {}

  findInSite(siteId: string, id: string): Promise<ArticleEntity | null> {
    return this.db.repo(ArticleEntity).findOneBy({ siteId, id });
  }

  lock(siteId: string, id: string): Promise<ArticleEntity | null> {
    return this.db
      .repo(ArticleEntity)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.id = :id AND a.site_id = :siteId', { id, siteId })
      .getOne();
  }

  slugTaken(siteId: string, slug: string): Promise<boolean> {
    return this.db.repo(ArticleEntity).existsBy({ siteId, slug });
  }

  save(a: ArticleEntity): Promise<ArticleEntity> {
    return this.db.repo(ArticleEntity).save(a);
  }

  create(a: Partial<ArticleEntity>): Promise<ArticleEntity> {
    const repo = this.db.repo(ArticleEntity);
    return repo.save(repo.create(a));
  }

  async list(f: ArticleListFilter, page: number, pageSize: number): Promise<[ArticleEntity[], number]> {
    const qb = this.db.repo(ArticleEntity).createQueryBuilder('a').where('a.site_id = :siteId', { siteId: f.siteId });
    if (!('all' in f.readable)) {
      const own = '(a.author_id = :uid OR a.edition_author_id = :uid)';
      qb.andWhere(f.readable.assigned ? `(${own} OR a.assignee_id = :uid)` : own, { uid: f.readable.userId });
    }
    if (f.status) qb.andWhere('a.status = :status', { status: f.status });
    if (f.mineUserId) qb.andWhere('(a.author_id = :mine OR a.edition_author_id = :mine)', { mine: f.mineUserId });
    return qb
      .orderBy('a.updated_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
  }

  /** Items in the given states (a queue), oldest submission first. */
  inStates(siteId: string, states: ArticleState[], extra?: { assigneeId?: string; editionAuthorId?: string }): Promise<ArticleEntity[]> {
    const qb = this.db.repo(ArticleEntity).createQueryBuilder('a').where('a.site_id = :siteId AND a.status IN (:...states)', { siteId, states });
    if (extra?.assigneeId) qb.andWhere('a.assignee_id = :assignee', { assignee: extra.assigneeId });
    if (extra?.editionAuthorId) qb.andWhere('a.edition_author_id = :ea', { ea: extra.editionAuthorId });
    return qb.orderBy('a.submitted_at', 'ASC', 'NULLS LAST').addOrderBy('a.updated_at', 'ASC').limit(200).getMany();
  }

  categoryInSite(siteId: string, id: string): Promise<boolean> {
    return this.db.repo(CategoryEntity).existsBy({ siteId, id });
  }

  fieldInSite(siteId: string, id: string): Promise<boolean> {
    return this.db.repo(FieldEntity).existsBy({ siteId, id });
  }

  async categoryName(id: string | null): Promise<string | null> {
    return id ? ((await this.db.repo(CategoryEntity).findOneBy({ id }))?.name ?? null) : null;
  }

  async fieldName(id: string | null): Promise<string | null> {
    return id ? ((await this.db.repo(FieldEntity).findOneBy({ id }))?.name ?? null) : null;
  }

  // --- revisions ---

  addRevision(r: Partial<ArticleRevisionEntity>): Promise<ArticleRevisionEntity> {
    const repo = this.db.repo(ArticleRevisionEntity);
    return repo.save(repo.create(r));
  }

  revision(articleId: string, number: number): Promise<ArticleRevisionEntity | null> {
    return this.db.repo(ArticleRevisionEntity).findOneBy({ articleId, number });
  }

  revisionById(id: string): Promise<ArticleRevisionEntity | null> {
    return this.db.repo(ArticleRevisionEntity).findOneBy({ id });
  }

  revisions(articleId: string): Promise<ArticleRevisionEntity[]> {
    return this.db.repo(ArticleRevisionEntity).find({ where: { articleId }, order: { number: 'ASC' } });
  }

  // --- transitions ---

  addTransition(t: Partial<ArticleTransitionEntity>): Promise<ArticleTransitionEntity> {
    const repo = this.db.repo(ArticleTransitionEntity);
    return repo.save(repo.create(t));
  }

  transitions(articleId: string): Promise<ArticleTransitionEntity[]> {
    return this.db.repo(ArticleTransitionEntity).find({ where: { articleId }, order: { createdAt: 'ASC' } });
  }

  lastNotes(articleIds: string[]): Promise<ArticleTransitionEntity[]> {
    if (articleIds.length === 0) return Promise.resolve([]);
    return this.db
      .repo(ArticleTransitionEntity)
      .createQueryBuilder('t')
      .distinctOn(['t.article_id'])
      .where('t.article_id IN (:...ids) AND t.note IS NOT NULL', { ids: articleIds })
      .orderBy('t.article_id')
      .addOrderBy('t.created_at', 'DESC')
      .getMany();
  }

  // --- people ---

  people(ids: (string | null | undefined)[]): Promise<UserEntity[]> {
    const unique = [...new Set(ids.filter((x): x is string => !!x))];
    if (unique.length === 0) return Promise.resolve([]);
    return this.db.repo(UserEntity).find({ where: { id: In(unique) }, select: { id: true, fullName: true, email: true } });
  }

  /** Memberships of the site with their fields, for assignment checks and intake priority. */
  memberships(siteId: string, userIds: string[]): Promise<MembershipEntity[]> {
    if (userIds.length === 0) return Promise.resolve([]);
    return this.db.repo(MembershipEntity).find({ where: { siteId, userId: In([...new Set(userIds)]) }, relations: { fields: true } });
  }

  membersWithRoles(siteId: string, roles: string[]): Promise<MembershipEntity[]> {
    return this.db.repo(MembershipEntity).find({ where: { siteId, role: In(roles) as never } });
  }

  // --- scheduler ---

  /** Articles whose scheduled publication or take-down is due, locked and skipped by other workers. */
  async claimDue(limit: number): Promise<ArticleEntity[]> {
    return this.db
      .repo(ArticleEntity)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where("(a.status = 'scheduled' AND a.publish_at <= now()) OR (a.live_status = 'published' AND a.unpublish_at <= now())")
      .orderBy('a.publish_at', 'ASC', 'NULLS LAST')
      .limit(limit)
      .getMany();
  }
}

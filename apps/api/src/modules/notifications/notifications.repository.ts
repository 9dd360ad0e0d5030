import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { Db } from '../../common/database/db.service';
import { NotificationEntity } from './notification.entity';

export type NewNotification = Pick<NotificationEntity, 'userId' | 'siteId' | 'kind' | 'title' | 'body' | 'link' | 'articleId'>;

@Injectable()
export class NotificationsRepository {
  constructor(private readonly db: Db) {}

  async insertMany(rows: NewNotification[]): Promise<void> {
    if (rows.length === 0) return;
    const repo = this.db.repo(NotificationEntity);
    await repo.insert(rows.map((r) => repo.create(r)));
  }

  listForUser(userId: string, unreadOnly: boolean, page: number, pageSize: number): Promise<[NotificationEntity[], number]> {
    return this.db.repo(NotificationEntity).findAndCount({
      where: { userId, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      relations: { site: true },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
  }

  countUnread(userId: string): Promise<number> {
    return this.db.repo(NotificationEntity).countBy({ userId, readAt: IsNull() });
  }

  findForUser(userId: string, id: string): Promise<NotificationEntity | null> {
    return this.db.repo(NotificationEntity).findOne({ where: { userId, id }, relations: { site: true } });
  }

  /** Marks it read once: a second call keeps the first time. */
  async markRead(userId: string, id: string): Promise<void> {
    await this.db.repo(NotificationEntity).update({ userId, id, readAt: IsNull() }, { readAt: () => 'now()' });
  }

  async markAllRead(userId: string): Promise<number> {
    const result = await this.db.repo(NotificationEntity).update({ userId, readAt: IsNull() }, { readAt: () => 'now()' });
    return result.affected ?? 0;
  }
}

import { Injectable } from '@nestjs/common';
import { Db } from '../../common/database/db.service';
import { ContentPresenceEntity } from './content-presence.entity';

/** Heartbeats older than this are deleted by the next heartbeat (any item, any process). */
const PRUNE_AFTER = '5 minutes';

export interface PresenceRow {
  userId: string;
  fullName: string;
  since: Date;
  editing: boolean;
}

/** The SQL of "who has this item open": one upsert per heartbeat, one select of the others. */
@Injectable()
export class PresenceRepository {
  constructor(private readonly db: Db) {}

  /**
   * Record a heartbeat. `since` restarts when the previous heartbeat is older than `windowSeconds` (the person
   * had left); `editing_at` moves only when this heartbeat says "editing", so two tabs of one person, one
   * editing and one reading, count once and as editing. Stale rows of others are pruned in the same statement.
   */
  async beat(itemId: string, userId: string, editing: boolean, windowSeconds: number): Promise<void> {
    await this.db.manager.query(
      `WITH pruned AS (
         DELETE FROM content_presence
          WHERE seen_at < now() - interval '${PRUNE_AFTER}' AND NOT (item_id = $1 AND user_id = $2)
       )
       INSERT INTO content_presence AS p (item_id, user_id, since, seen_at, editing_at)
       VALUES ($1, $2, now(), now(), CASE WHEN $3::boolean THEN now() END)
       ON CONFLICT (item_id, user_id) DO UPDATE SET
         since = CASE WHEN p.seen_at < now() - make_interval(secs => $4) THEN now() ELSE p.since END,
         seen_at = now(),
         editing_at = CASE WHEN $3::boolean THEN now() WHEN p.seen_at < now() - make_interval(secs => $4) THEN NULL ELSE p.editing_at END`,
      [itemId, userId, editing, windowSeconds],
    );
  }

  /** The other people whose latest heartbeat on the item is younger than `windowSeconds`, longest here first. */
  async others(itemId: string, userId: string, windowSeconds: number): Promise<PresenceRow[]> {
    const rows: { userId: string; fullName: string; since: Date; editing: boolean | null }[] = await this.db
      .repo(ContentPresenceEntity)
      .createQueryBuilder('p')
      .innerJoin('p.user', 'u')
      .select('p.user_id', 'userId')
      .addSelect('u.full_name', 'fullName')
      .addSelect('p.since', 'since')
      .addSelect('(p.editing_at > now() - make_interval(secs => :window))', 'editing')
      .where('p.item_id = :itemId AND p.user_id <> :userId', { itemId, userId })
      .andWhere('p.seen_at > now() - make_interval(secs => :window)', { window: windowSeconds })
      .orderBy('p.since', 'ASC')
      .addOrderBy('p.user_id', 'ASC')
      .getRawMany();
    return rows.map((r) => ({ userId: r.userId, fullName: r.fullName, since: new Date(r.since), editing: r.editing === true }));
  }

  async leave(itemId: string, userId: string): Promise<void> {
    await this.db.repo(ContentPresenceEntity).delete({ itemId, userId });
  }
}

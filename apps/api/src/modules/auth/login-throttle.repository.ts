import { Injectable } from '@nestjs/common';
import { Db } from '../../common/database/db.service';

export interface ThrottleRule {
  /** Failures allowed inside the window before the key is blocked. */
  maxFailures: number;
  windowSeconds: number;
  blockSeconds: number;
}

@Injectable()
export class LoginThrottleRepository {
  constructor(private readonly db: Db) {}

  /** Seconds the key stays blocked, or 0. */
  async blockedFor(key: string): Promise<number> {
    const rows: { s: number }[] = await this.db.manager.query(
      `SELECT CEIL(EXTRACT(EPOCH FROM (blocked_until - now())))::int AS s FROM login_throttle WHERE key = $1 AND blocked_until > now()`,
      [key],
    );
    return rows[0]?.s ?? 0;
  }

  /** Failures counted for the key in its current window (0 once the window is over). */
  async failures(key: string, windowSeconds: number): Promise<number> {
    const rows: { n: number }[] = await this.db.manager.query(
      `SELECT failures AS n FROM login_throttle WHERE key = $1 AND window_started_at >= now() - make_interval(secs => $2)`,
      [key, windowSeconds],
    );
    return rows[0]?.n ?? 0;
  }

  /** Count one failure atomically (several API processes may race); block when the rule says so. */
  async recordFailure(key: string, rule: ThrottleRule): Promise<void> {
    await this.upsertFailure(key, rule.windowSeconds, rule.maxFailures, rule.blockSeconds);
  }

  /** Count one failure in the window without ever blocking the key. */
  async countFailure(key: string, windowSeconds: number): Promise<void> {
    await this.upsertFailure(key, windowSeconds, null, 0);
  }

  /** A null `maxFailures` never blocks (`x >= NULL` is not true). */
  private async upsertFailure(key: string, windowSeconds: number, maxFailures: number | null, blockSeconds: number): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO login_throttle AS t (key, failures, window_started_at, blocked_until)
       VALUES ($1, 1, now(), CASE WHEN 1 >= $2 THEN now() + make_interval(secs => $4) END)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN t.window_started_at < now() - make_interval(secs => $3) THEN 1 ELSE t.failures + 1 END,
         window_started_at = CASE WHEN t.window_started_at < now() - make_interval(secs => $3) THEN now() ELSE t.window_started_at END,
         blocked_until = CASE
           WHEN (CASE WHEN t.window_started_at < now() - make_interval(secs => $3) THEN 1 ELSE t.failures + 1 END) >= $2
           THEN now() + make_interval(secs => $4)
           ELSE t.blocked_until END`,
      [key, maxFailures, windowSeconds, blockSeconds],
    );
  }

  async clear(key: string): Promise<void> {
    await this.db.manager.query('DELETE FROM login_throttle WHERE key = $1', [key]);
  }
}

import { Injectable } from '@nestjs/common';
import { Db } from '../database/db.service';

/** The public cache's one statement: a notification on the current transaction's connection (delivered at its commit). */
@Injectable()
export class PublicCacheRepository {
  constructor(private readonly db: Db) {}

  async notify(channel: string, payload: string): Promise<void> {
    await this.db.manager.query('SELECT pg_notify($1, $2)', [channel, payload]);
  }
}

import { Injectable } from '@nestjs/common';
import { Db } from '../../common/database/db.service';

@Injectable()
export class HealthRepository {
  constructor(private readonly db: Db) {}

  /** Resolves when the database answers a trivial query; rejects when it does not. */
  async ping(): Promise<void> {
    await this.db.manager.query('SELECT 1');
  }
}

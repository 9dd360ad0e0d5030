import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral, type Repository } from 'typeorm';

/** The transaction an async context runs in, and what is to happen once it has committed. */
interface Scope {
  manager: EntityManager;
  afterCommit: (() => void | Promise<void>)[];
}

/**
 * The one door to the database for repositories. Inside `transaction()` every repository call made in
 * that async context uses the transaction's connection — so multi-step writes are atomic, and the
 * embedded database (a single connection) never waits on itself.
 */
@Injectable()
export class Db {
  private readonly current = new AsyncLocalStorage<Scope>();
  private readonly logger = new Logger('Db');

  constructor(readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.current.getStore()?.manager ?? this.dataSource.manager;
  }

  /**
   * Run `work` once the surrounding transaction has committed (never if it rolls back); at once when there
   * is none. A failure of `work` is logged, not thrown: the transaction's answer stands.
   */
  async afterCommit(work: () => void | Promise<void>): Promise<void> {
    const scope = this.current.getStore();
    if (scope) scope.afterCommit.push(work);
    else await this.runSafely(work);
  }

  private async runSafely(work: () => void | Promise<void>): Promise<void> {
    try {
      await work();
    } catch (err) {
      this.logger.error(`after-commit work failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  repo<T extends ObjectLiteral>(entity: EntityTarget<T>): Repository<T> {
    return this.manager.getRepository(entity);
  }

  /**
   * Run one statement that the database may refuse with a foreign-key violation (something still refers
   * to the row) inside the current transaction, under a savepoint: true when it ran, false when refused.
   */
  async unlessReferenced(work: () => Promise<unknown>): Promise<boolean> {
    const m = this.manager;
    await m.query('SAVEPOINT unless_referenced');
    try {
      await work();
      await m.query('RELEASE SAVEPOINT unless_referenced');
      return true;
    } catch (err) {
      await m.query('ROLLBACK TO SAVEPOINT unless_referenced');
      if ((err as { driverError?: { code?: string }; code?: string }).driverError?.code === '23503') return false;
      throw err;
    }
  }

  /** Apply the pending migrations on this pool, one transaction each; the names of those applied. */
  async migrate(): Promise<string[]> {
    return (await this.dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
  }

  /** Run `work` in one transaction (joining the surrounding one, if any). */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.current.getStore()) return work();
    const afterCommit: Scope['afterCommit'] = [];
    const result = await this.dataSource.transaction((manager) => this.current.run({ manager, afterCommit }, work));
    for (const next of afterCommit) await this.runSafely(next);
    return result;
  }
}

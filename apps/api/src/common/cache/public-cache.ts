import { randomInt, randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { DATABASE_TARGET, type DatabaseTarget } from '../database/database.module';
import { Db } from '../database/db.service';
import { AppException } from '../errors/app-exception';
import { BoundedLru } from './lru';
import { PgListener } from './pg-listener';
import { PublicCacheRepository } from './public-cache.repository';

/** The PostgreSQL channel every API process listens on; the payload is `<sender>|<site id>`. */
export const PUBLIC_CACHE_CHANNEL = 'congxa_public';

/**
 * The scope of the host → site lookups and other values about sites in general (not one site's content):
 * invalidated when a site is created or its domains, slug, name or settings change.
 */
export const SITES_SCOPE = 'sites';

/** Every scope at once (a process that missed notifications, or a change that touches every site). */
const ALL = '*';

/**
 * How the cache keeps itself right:
 * - `listening`: PostgreSQL LISTEN/NOTIFY tells this process of every other process's changes;
 * - `local`: the embedded database — one process by definition, so its own invalidations are all there are
 *   (notifications do not cross pglite-socket connections anyway, see docs/caching.md);
 * - `degraded`: PostgreSQL, but not listening (yet, or the connection was lost): nothing is served from
 *   the cache, since another process's change would go unnoticed;
 * - `off`: PUBLIC_CACHE_ENTRIES=0.
 */
export type PublicCacheMode = 'listening' | 'local' | 'degraded' | 'off';

interface Entry {
  gen: number;
  value: unknown;
}

interface Flight {
  gen: number;
  promise: Promise<unknown>;
}

/** A generation: a random 48-bit integer, so two processes practically never hand out the same one. */
const fresh = (): number => randomInt(2 ** 47) * 2 + 1;

/** The bytes a value is taken to hold: texts and buffers by length, the rest by the size of its JSON. */
export function estimateSize(value: unknown): number {
  const overhead = 96;
  if (typeof value === 'string') return overhead + value.length * 2;
  if (value instanceof Uint8Array) return overhead + value.byteLength;
  try {
    return overhead + (JSON.stringify(value)?.length ?? 0) * 2;
  } catch {
    return overhead + 1024;
  }
}

/** What `getOrThrow` keeps: a value, or the refusal (a 4xx) computing it ended with. */
type Outcome<T> = { value: T } | { error: AppException };

/**
 * The public reads' cache: a value per site and key, computed once (concurrent callers share one
 * computation) and kept until the site's public content changes. Each site has a generation; an entry
 * serves only while the generation it was computed under is current, so invalidating a site is O(1) and
 * a computation that raced a change is never kept. Memory is bounded by an LRU (PUBLIC_CACHE_ENTRIES,
 * PUBLIC_CACHE_MB).
 *
 * `invalidate()` inside a transaction sends `pg_notify` on the transaction's connection — PostgreSQL
 * delivers it to every listening process only when the transaction commits, and never if it rolls back —
 * and bumps this process's generation after the commit. So nothing read between the change and its commit
 * can outlive the commit, here or elsewhere. See docs/caching.md.
 */
@Injectable()
export class PublicCache implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly lru: BoundedLru<Entry>;
  private readonly pending = new Map<string, Flight>();
  private readonly gens = new Map<string, number>();
  private epoch = fresh();
  private readonly sender = randomUUID();
  private readonly listener: PgListener | null;
  private state: PublicCacheMode;
  private hits = 0;
  private misses = 0;
  private readonly timers = new Map<string, { at: number; timer: NodeJS.Timeout }>();

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(DATABASE_TARGET) database: DatabaseTarget,
    private readonly db: Db,
    private readonly repo: PublicCacheRepository,
  ) {
    this.lru = new BoundedLru(config.publicCache.maxEntries, config.publicCache.maxBytes);
    const embedded = database.embedded ?? database.poolSize === 1;
    if (config.publicCache.maxEntries <= 0) this.state = 'off';
    else this.state = embedded ? 'local' : 'degraded';
    this.listener =
      embedded || this.state === 'off'
        ? null
        : new PgListener(database.url, PUBLIC_CACHE_CHANNEL, {
            message: (payload) => this.received(payload),
            up: () => {
              // Whatever was kept may have missed a notification while nobody listened.
              this.dropAll();
              this.state = 'listening';
            },
            down: () => {
              this.state = 'degraded';
              this.dropAll();
            },
          });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.listener) await this.listener.start();
  }

  async onApplicationShutdown(): Promise<void> {
    for (const { timer } of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await this.listener?.stop();
  }

  /** How the cache keeps itself right now (see PublicCacheMode). */
  get mode(): PublicCacheMode {
    return this.state;
  }

  /** Counters for tests and diagnostics. */
  stats(): { mode: PublicCacheMode; entries: number; bytes: number; hits: number; misses: number } {
    return { mode: this.state, entries: this.lru.size, bytes: this.lru.bytes, hits: this.hits, misses: this.misses };
  }

  /** The cached value of `key` for the site, or compute it once (concurrent callers share one computation) and keep it until the site's public content changes. */
  async get<T>(siteId: string, key: string, compute: () => Promise<T>): Promise<T> {
    if (!this.serving) return compute();
    const k = `${siteId}\u0000${key}`;
    const gen = this.current(siteId);
    const hit = this.lru.get(k);
    if (hit) {
      if (hit.gen === gen) {
        this.hits++;
        return hit.value as T;
      }
      this.lru.delete(k);
    }
    const running = this.pending.get(k);
    if (running && running.gen === gen) return running.promise as Promise<T>;
    this.misses++;
    const flight: Flight = { gen, promise: Promise.resolve().then(compute) };
    this.pending.set(k, flight);
    try {
      const value = (await flight.promise) as T;
      // A change that committed meanwhile moved the generation on: what was read may predate it.
      if (this.serving && this.current(siteId) === gen) this.lru.set(k, { gen, value }, estimateSize(value));
      return value;
    } finally {
      if (this.pending.get(k) === flight) this.pending.delete(k);
    }
  }

  /**
   * The value kept for `key` under the site's current generation, without computing anything; for values
   * made elsewhere (a response seen on its way out) and stored with `keep()`.
   */
  peek<T>(siteId: string, key: string): T | undefined {
    if (!this.serving) return undefined;
    const k = `${siteId}\u0000${key}`;
    const hit = this.lru.get(k);
    if (hit && hit.gen === this.current(siteId)) {
      this.hits++;
      return hit.value as T;
    }
    this.misses++;
    return undefined;
  }

  /**
   * Keep a value made outside `get()`: `gen` is `generation(siteId)` taken before it was made, so a value
   * that raced a change (the generation moved on meanwhile) is not kept.
   */
  keep(siteId: string, key: string, gen: number, value: unknown): void {
    if (this.serving && this.current(siteId) === gen) this.lru.set(`${siteId}\u0000${key}`, { gen, value }, estimateSize(value));
  }

  /**
   * `get()` for a computation that may answer with a refusal (a 404 for a missing or withdrawn item): the
   * refusal is kept like a value and thrown to every caller until the site changes (a publish makes the
   * item appear at once). Server errors (5xx) and other failures are not kept.
   */
  async getOrThrow<T>(siteId: string, key: string, compute: () => Promise<T>): Promise<T> {
    const outcome = await this.get<Outcome<T>>(siteId, key, async () => {
      try {
        return { value: await compute() };
      } catch (err) {
        if (err instanceof AppException && err.getStatus() < 500) return { error: err };
        throw err;
      }
    });
    if ('error' in outcome) throw outcome.error;
    return outcome.value;
  }

  /** The site's public content changed: drop its entries here and in every other process. */
  async invalidate(siteId: string): Promise<void> {
    if (this.listener) {
      // Inside a transaction: delivered at its commit, not at all on rollback. Outside one: at once.
      await this.repo.notify(PUBLIC_CACHE_CHANNEL, `${this.sender}|${siteId}`);
    }
    await this.db.afterCommit(() => this.drop(siteId));
  }

  /**
   * The site's public content changes by itself at `when` (a banner's end time): its entries in this process
   * drop then. Call it while computing a value that holds such a time; every process that keeps one sets
   * its own timer, so nothing needs to be sent.
   */
  expireAt(siteId: string, when: Date): void {
    const at = when.getTime();
    const known = this.timers.get(siteId);
    if (known && known.at <= at) return;
    if (known) clearTimeout(known.timer);
    // setTimeout holds at most ~24.8 days: a later time drops the entries then, and the next computation sets the timer again.
    const timer = setTimeout(
      () => {
        this.timers.delete(siteId);
        this.drop(siteId);
      },
      Math.min(Math.max(at - Date.now(), 0), 2 ** 31 - 1),
    );
    timer.unref();
    this.timers.set(siteId, { at, timer });
  }

  /** Current generation number of a site (changes on every invalidation); usable in ETags. */
  generation(siteId: string): number {
    // Not serving (not listening, or off): another process's change could go unheard, so no two calls agree.
    return this.serving ? this.current(siteId) : fresh();
  }

  private get serving(): boolean {
    return this.state === 'listening' || this.state === 'local';
  }

  private current(siteId: string): number {
    return this.gens.get(siteId) ?? this.epoch;
  }

  private received(payload: string): void {
    const bar = payload.indexOf('|');
    if (bar < 0) return;
    // This process's own change was dropped after its commit already.
    if (payload.slice(0, bar) === this.sender) return;
    this.drop(payload.slice(bar + 1));
  }

  private drop(siteId: string): void {
    if (siteId === ALL) return this.dropAll();
    let next = fresh();
    while (next === this.current(siteId)) next = fresh();
    this.gens.set(siteId, next);
  }

  private dropAll(): void {
    this.gens.clear();
    this.epoch = fresh();
    this.lru.clear();
    this.pending.clear();
  }
}

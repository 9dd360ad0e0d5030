import { loadConfig } from '../config/config';
import type { Db } from '../database/db.service';
import { AppException } from '../errors/app-exception';
import { BoundedLru } from './lru';
import { PublicCache } from './public-cache';
import { PublicCacheRepository } from './public-cache.repository';

/** A Db stand-in: no transaction, so after-commit work runs at once (as Db does outside one); queries are recorded. */
function fakeDb(): Db & { queries: unknown[][] } {
  const queries: unknown[][] = [];
  return {
    queries,
    manager: { query: async (...args: unknown[]) => void queries.push(args) },
    afterCommit: async (work: () => void | Promise<void>) => {
      await work();
    },
  } as unknown as Db & { queries: unknown[][] };
}

/** The cache as in the embedded mode (one process: it serves from memory without a listener). */
function cache(env: Record<string, string> = {}, embedded = true, db = fakeDb()): PublicCache {
  return new PublicCache(loadConfig(env), { url: 'postgres://unused', poolSize: embedded ? 1 : 5, embedded }, db, new PublicCacheRepository(db));
}

function counter<T>(value: (n: number) => T) {
  let calls = 0;
  const compute = async () => value(++calls);
  return { compute, calls: () => calls };
}

const deferred = <T>() => {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

describe('BoundedLru', () => {
  it('should drop the least recently used entry when past its entry count', () => {
    const lru = new BoundedLru<number>(2, 1_000);
    lru.set('a', 1, 10);
    lru.set('b', 2, 10);
    expect(lru.get('a')).toBe(1); // a is now the most recent
    lru.set('c', 3, 10);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe(1);
    expect(lru.get('c')).toBe(3);
    expect(lru.size).toBe(2);
  });

  it('should drop entries until the bytes fit, and keep nothing larger than the whole budget', () => {
    const lru = new BoundedLru<string>(100, 100);
    lru.set('a', 'x', 40);
    lru.set('b', 'y', 40);
    lru.set('c', 'z', 40);
    expect([lru.get('a'), lru.get('b'), lru.get('c')]).toEqual([undefined, 'y', 'z']);
    expect(lru.bytes).toBe(80);
    lru.set('huge', 'w', 101);
    expect(lru.get('huge')).toBeUndefined();
    expect(lru.size).toBe(2);
  });

  it('should count a replaced entry once', () => {
    const lru = new BoundedLru<string>(10, 100);
    lru.set('a', 'x', 30);
    lru.set('a', 'y', 50);
    expect(lru.bytes).toBe(50);
    expect(lru.size).toBe(1);
  });
});

describe('PublicCache', () => {
  it('should compute a value once and serve it until the site changes', async () => {
    const c = cache();
    const n = counter((i) => ({ version: i }));
    expect(await c.get('site-a', 'k', n.compute)).toEqual({ version: 1 });
    expect(await c.get('site-a', 'k', n.compute)).toEqual({ version: 1 });
    expect(n.calls()).toBe(1);
    await c.invalidate('site-a');
    expect(await c.get('site-a', 'k', n.compute)).toEqual({ version: 2 });
    expect(c.stats()).toMatchObject({ mode: 'local', hits: 1, misses: 2 });
  });

  it('should keep sites apart: invalidating one leaves the others cached', async () => {
    const c = cache();
    const a = counter((i) => `a${i}`);
    const b = counter((i) => `b${i}`);
    await c.get('site-a', 'k', a.compute);
    await c.get('site-b', 'k', b.compute);
    await c.invalidate('site-a');
    expect(await c.get('site-a', 'k', a.compute)).toBe('a2');
    expect(await c.get('site-b', 'k', b.compute)).toBe('b1');
  });

  it('should change the generation of the invalidated site only, on every invalidation', async () => {
    const c = cache();
    const a0 = c.generation('site-a');
    const b0 = c.generation('site-b');
    expect(c.generation('site-a')).toBe(a0);
    await c.invalidate('site-a');
    const a1 = c.generation('site-a');
    expect(a1).not.toBe(a0);
    expect(c.generation('site-b')).toBe(b0);
    await c.invalidate('site-a');
    expect(c.generation('site-a')).not.toBe(a1);
    expect(Number.isSafeInteger(a1)).toBe(true);
  });

  it('should share one computation among concurrent callers', async () => {
    const c = cache();
    const gate = deferred<string>();
    let calls = 0;
    const compute = () => {
      calls++;
      return gate.promise;
    };
    const all = Promise.all([c.get('s', 'k', compute), c.get('s', 'k', compute), c.get('s', 'k', compute)]);
    gate.resolve('done');
    expect(await all).toEqual(['done', 'done', 'done']);
    expect(calls).toBe(1);
  });

  it('should not keep a value computed across an invalidation (it may have read what the change replaced)', async () => {
    const c = cache();
    const gate = deferred<string>();
    const first = c.get('s', 'k', () => gate.promise);
    await c.invalidate('s');
    // A caller after the change does not join the computation that started before it.
    const n = counter((i) => `new${i}`);
    expect(await c.get('s', 'k', n.compute)).toBe('new1');
    gate.resolve('old');
    expect(await first).toBe('old');
    expect(await c.get('s', 'k', n.compute)).toBe('new1');
    expect(n.calls()).toBe(1);
  });

  it('should hand a failure to every waiting caller and keep nothing', async () => {
    const c = cache();
    const gate = deferred<string>();
    const both = Promise.allSettled([c.get('s', 'k', () => gate.promise), c.get('s', 'k', () => gate.promise)]);
    gate.reject(new Error('database down'));
    expect((await both).map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await c.get('s', 'k', async () => 'recovered')).toBe('recovered');
  });

  it('should keep a 404 until the site changes, and never a server error', async () => {
    const c = cache();
    let calls = 0;
    const missing = async (): Promise<string> => {
      calls++;
      throw new AppException(404, 'NOT_FOUND');
    };
    await expect(c.getOrThrow('s', 'article:x', missing)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(c.getOrThrow('s', 'article:x', missing)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(calls).toBe(1);
    await c.invalidate('s');
    expect(await c.getOrThrow('s', 'article:x', async () => 'published now')).toBe('published now');

    let failures = 0;
    const broken = async (): Promise<string> => {
      failures++;
      throw new AppException(503, 'DATABASE_UNAVAILABLE');
    };
    await expect(c.getOrThrow('s', 'y', broken)).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    await expect(c.getOrThrow('s', 'y', broken)).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    expect(failures).toBe(2);
  });

  it('should hold no more entries than PUBLIC_CACHE_ENTRIES, dropping the least recently used', async () => {
    const c = cache({ PUBLIC_CACHE_ENTRIES: '3' });
    const n = counter((i) => i);
    for (const k of ['a', 'b', 'c', 'd']) await c.get('s', k, n.compute);
    expect(c.stats().entries).toBe(3);
    expect(await c.get('s', 'd', n.compute)).toBe(4);
    expect(await c.get('s', 'a', n.compute)).toBe(5); // evicted, computed again
    expect(n.calls()).toBe(5);
  });

  it('should hold no more bytes than PUBLIC_CACHE_MB', async () => {
    const c = cache({ PUBLIC_CACHE_MB: '1' });
    const big = 'x'.repeat(200 * 1024); // ~400 KB as UTF-16
    for (const k of ['a', 'b', 'c', 'd']) await c.get('s', k, async () => big);
    expect(c.stats().entries).toBe(2);
    expect(c.stats().bytes).toBeLessThanOrEqual(1024 * 1024);
  });

  it('should compute every time when turned off (PUBLIC_CACHE_ENTRIES=0), with a generation that never repeats', async () => {
    const c = cache({ PUBLIC_CACHE_ENTRIES: '0' });
    const n = counter((i) => i);
    await c.get('s', 'k', n.compute);
    await c.get('s', 'k', n.compute);
    expect(n.calls()).toBe(2);
    expect(c.mode).toBe('off');
    expect(c.generation('s')).not.toBe(c.generation('s'));
  });

  it('should serve nothing from memory on PostgreSQL until it listens for other processes (it may miss their changes)', async () => {
    const c = cache({}, false);
    expect(c.mode).toBe('degraded');
    const n = counter((i) => i);
    await c.get('s', 'k', n.compute);
    await c.get('s', 'k', n.compute);
    expect(n.calls()).toBe(2);
    expect(c.generation('s')).not.toBe(c.generation('s'));
  });

  it('should tell the other processes with pg_notify when on PostgreSQL, and not on the embedded database', async () => {
    const db = fakeDb();
    await cache({}, false, db).invalidate('site-a');
    expect(db.queries).toHaveLength(1);
    expect(db.queries[0]![0]).toBe('SELECT pg_notify($1, $2)');
    expect(db.queries[0]![1]).toEqual(['congxa_public', expect.stringMatching(/^[0-9a-f-]{36}\|site-a$/)]);

    const local = fakeDb();
    await cache({}, true, local).invalidate('site-a');
    expect(local.queries).toHaveLength(0);
  });

  it('should drop a site at the time expireAt names (a banner that ends)', async () => {
    const c = cache();
    const n = counter((i) => i);
    await c.get('s', 'k', n.compute);
    c.expireAt('s', new Date(Date.now() + 30));
    expect(await c.get('s', 'k', n.compute)).toBe(1);
    await new Promise((r) => setTimeout(r, 60));
    expect(await c.get('s', 'k', n.compute)).toBe(2);
    await c.onApplicationShutdown();
  });
});

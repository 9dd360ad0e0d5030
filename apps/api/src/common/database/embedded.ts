import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * Embedded PostgreSQL: PGlite (PostgreSQL compiled to WebAssembly) served on a loopback port by
 * pglite-socket, so the ordinary `pg` driver, TypeORM and every migration run unchanged.
 * PGlite is one session: the pg pool must hold exactly one connection (`POOL_SIZE`).
 */
export interface EmbeddedDatabase {
  url: string;
  /** An image of the whole database (tar), loadable with `loadDataDir`. */
  dump(): Promise<Blob>;
  stop(): Promise<void>;
}

export const EMBEDDED_POOL_SIZE = 1;

export async function startEmbeddedDatabase(options: { dataDir?: string; loadDataDir?: Blob | File }): Promise<EmbeddedDatabase> {
  let dataDir: string | undefined;
  if (options.dataDir) {
    dataDir = join(options.dataDir, 'pg');
    mkdirSync(dataDir, { recursive: true });
  }
  const db = await PGlite.create({
    dataDir,
    loadDataDir: options.loadDataDir,
    extensions: { unaccent, pg_trgm },
  });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: EMBEDDED_POOL_SIZE });
  await server.start();
  const conn = server.getServerConn();
  return {
    url: `postgres://postgres@${conn}/postgres`,
    dump: async () => db.dumpDataDir('none'),
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

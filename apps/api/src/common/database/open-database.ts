import type { AppConfig } from '../config/config';
import { EMBEDDED_POOL_SIZE, startEmbeddedDatabase } from './embedded';

export interface DatabaseEndpoint {
  url: string;
  poolSize: number;
  embedded: boolean;
  stop(): Promise<void>;
}

/** PostgreSQL at DATABASE_URL, or the embedded PGlite database in the data dir. */
export async function openDatabase(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>): Promise<DatabaseEndpoint> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, poolSize: 10, embedded: false, stop: async () => undefined };
  }
  const embedded = await startEmbeddedDatabase({ dataDir: config.dataDir });
  return { url: embedded.url, poolSize: EMBEDDED_POOL_SIZE, embedded: true, stop: () => embedded.stop() };
}

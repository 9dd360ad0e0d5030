import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap';
import { loadConfig } from './common/config/config';
import { Db } from './common/database/db.service';
import { openDatabase } from './common/database/open-database';
import { DemoSeedService } from './modules/demo/demo-seed.service';

async function main(): Promise<void> {
  const logger = new Logger('CongXa');
  const config = loadConfig();
  const database = await openDatabase(config);
  logger.log(database.embedded ? `Cơ sở dữ liệu nhúng (PGlite) / embedded database in ${config.dataDir}` : 'PostgreSQL: DATABASE_URL');

  const app = await createApp(config, database);
  // Migrations run before the server listens, on the app's own pool (the embedded database has one connection).
  const applied = await app.get(Db).migrate();
  if (applied.length) logger.log(`Migrations applied: ${applied.join(', ')}`);
  if (config.demo) await app.get(DemoSeedService).seedIfEmpty();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: đang dừng / shutting down`);
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  logger.log(`CongXa: ${config.publicUrl}/  (API ${config.publicUrl}/api/v1, docs ${config.publicUrl}/api/docs, admin ${config.publicUrl}/admin/)`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});

/**
 * Runs the embedded database in a process of its own, for tests (jest cannot load PGlite's WebAssembly
 * ESM build in-process) and for tools:
 *   node embedded-server.js --serve [--data-dir DIR | --load FILE]   prints {"url": ...}, serves until stdin closes or SIGTERM
 *   node embedded-server.js --migrate-dump FILE                       migrates an empty database and writes its image to FILE
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { createDataSource } from './data-source';
import { EMBEDDED_POOL_SIZE, startEmbeddedDatabase } from './embedded';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const dumpTo = value('--migrate-dump');
  if (dumpTo) {
    const db = await startEmbeddedDatabase({});
    // Migrations are SQL: they need no entities (and common/ does not know the modules' entities).
    const ds = createDataSource(db.url, [], EMBEDDED_POOL_SIZE);
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    await ds.destroy();
    writeFileSync(dumpTo, Buffer.from(await (await db.dump()).arrayBuffer()));
    await db.stop();
    return;
  }
  const load = value('--load');
  const db = await startEmbeddedDatabase({ dataDir: value('--data-dir'), loadDataDir: load ? new Blob([readFileSync(load)]) : undefined });
  process.stdout.write(`${JSON.stringify({ url: db.url })}\n`);
  const stop = async () => {
    await db.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.stdin.on('end', () => void stop());
  process.stdin.resume();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

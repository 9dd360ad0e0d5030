import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createDataSource } from '../common/database/data-source';
import { ENTITIES } from '../entities';
import { adminUrl, CREATE_DB_OPTIONS, EMBEDDED_SERVER, requirePg, type TestDbState, urlForDatabase } from './test-env';

async function pgReachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Migrates one template database per run. On PostgreSQL each test file then clones it (CREATE DATABASE
 * ... TEMPLATE); without a reachable server (a user's fresh machine) the template is a PGlite image each
 * file loads into its own embedded server. With REQUIRE_PG=1 (CI) the fallback is an error.
 */
export default async function globalSetup(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'congxa-test-'));
  const stateFile = join(dir, 'state.json');
  process.env.CONGXA_TEST_STATE = stateFile;
  let state: TestDbState;
  if (await pgReachable(adminUrl())) {
    const template = `congxa_tpl_${process.pid}_${Date.now().toString(36)}`;
    const admin = new Client({ connectionString: adminUrl() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${template} ${CREATE_DB_OPTIONS} TEMPLATE template0`);
    await admin.end();
    const ds = createDataSource(urlForDatabase(adminUrl(), template), ENTITIES, 1);
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    await ds.destroy();
    state = { mode: 'pg', adminUrl: adminUrl(), template };
    console.log(`\n[tests] PostgreSQL at ${new URL(adminUrl()).host}, template ${template}`);
  } else {
    if (requirePg()) throw new Error(`REQUIRE_PG is set but PostgreSQL is not reachable at ${adminUrl()}`);
    if (!existsSync(EMBEDDED_SERVER)) throw new Error(`Build the API first (missing ${EMBEDDED_SERVER})`);
    const image = join(dir, 'template.tar');
    execFileSync(process.execPath, [EMBEDDED_SERVER, '--migrate-dump', image], { stdio: 'inherit' });
    state = { mode: 'pglite', image };
    console.log('\n[tests] PostgreSQL not reachable: using embedded PGlite (one image per test file)');
  }
  writeFileSync(stateFile, JSON.stringify(state));
}

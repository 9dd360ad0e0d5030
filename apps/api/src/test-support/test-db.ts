import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Client } from 'pg';
import { EMBEDDED_POOL_SIZE } from '../common/database/embedded';
import { CREATE_DB_OPTIONS, EMBEDDED_SERVER, type TestDbState, urlForDatabase } from './test-env';

export interface TestDatabase {
  url: string;
  poolSize: number;
  mode: TestDbState['mode'];
  drop(): Promise<void>;
}

function state(): TestDbState {
  const file = process.env.CONGXA_TEST_STATE;
  if (!file) throw new Error('CONGXA_TEST_STATE is not set: run tests through jest with the global setup');
  return JSON.parse(readFileSync(file, 'utf8')) as TestDbState;
}

/** 'pg' or 'pglite': for tests that only make sense on a real server (they are reported as skipped otherwise). */
export function testDbMode(): TestDbState['mode'] {
  return state().mode;
}

/** A fresh, migrated database for one test file: a clone of the template, or a PGlite server on its image. */
export async function openTestDatabase(): Promise<TestDatabase> {
  const s = state();
  if (s.mode === 'pg') {
    const name = `congxa_t_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: s.adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} ${CREATE_DB_OPTIONS} TEMPLATE ${s.template}`);
    await admin.end();
    return {
      url: urlForDatabase(s.adminUrl, name),
      poolSize: 5,
      mode: 'pg',
      async drop() {
        const c = new Client({ connectionString: s.adminUrl });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const child = spawn(process.execPath, [EMBEDDED_SERVER, '--serve', '--load', s.image], { stdio: ['pipe', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout });
    rl.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`embedded database exited with ${code}`)));
  });
  const { url } = JSON.parse(line) as { url: string };
  return {
    url,
    poolSize: EMBEDDED_POOL_SIZE,
    mode: 'pglite',
    async drop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.stdin.end();
      await exited;
    },
  };
}

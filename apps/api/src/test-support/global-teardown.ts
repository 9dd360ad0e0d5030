import { readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { Client } from 'pg';
import type { TestDbState } from './test-env';

export default async function globalTeardown(): Promise<void> {
  const file = process.env.CONGXA_TEST_STATE;
  if (!file) return;
  const state = JSON.parse(readFileSync(file, 'utf8')) as TestDbState;
  if (state.mode === 'pg') {
    const admin = new Client({ connectionString: state.adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${state.template}`);
    await admin.end();
  }
  rmSync(dirname(file), { recursive: true, force: true });
}

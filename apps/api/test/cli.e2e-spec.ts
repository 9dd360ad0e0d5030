import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { testDbMode } from '../src/test-support/test-db';
import { createTestApp, login, type TestApp } from '../src/test-support/test-app';

// The embedded test database serves one connection, which the app under test holds: the CLI needs PostgreSQL.
const itOnPg = testDbMode() === 'pg' ? it : it.skip;

const CLI = join(__dirname, '..', 'dist', 'cli.js');

describe('command line', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const run = (args: string[], input = '') =>
    spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', env: { ...process.env, DATABASE_URL: t.db.url }, timeout: 30000 });

  itOnPg('should report nothing to apply when migrations are current', () => {
    const res = run(['migrate']);
    expect(res.stdout).toContain('No pending migrations.');
    expect(res.status).toBe(0);
  });

  itOnPg('should create the first platform administrator with the password from stdin, and refuse a weak one', async () => {
    const weak = run(['admin:create', '--email', 'root@xa.gov.vn'], 'short\n');
    expect(weak.status).toBe(1);
    expect(weak.stderr).toMatch(/10 characters/);
    const ok = run(['admin:create', '--email', 'Root@Xa.Gov.VN', '--name', 'Quản trị tỉnh'], 'mat-khau-quan-tri-2026\n');
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    const token = await login(t, 'root@xa.gov.vn', 'mat-khau-quan-tri-2026');
    const me = await t
      .http()
      .get('/api/v1/me')
      .set({ Authorization: `Bearer ${token}` });
    expect(me.body.user).toMatchObject({ email: 'root@xa.gov.vn', fullName: 'Quản trị tỉnh', isPlatformAdmin: true });
    expect(me.body.permissions).toContain('platform.site.manage');
  });
});

import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { SiteRole } from '@congxa/shared/authz';
import { createApp } from '../bootstrap';
import { type AppConfig, loadConfig } from '../common/config/config';
import { DemoSeedService } from '../modules/demo/demo-seed.service';
import { DEMO_PASSWORD } from '../modules/demo/demo-content';
import { openTestDatabase, type TestDatabase } from './test-db';

export interface TestApp {
  app: NestFastifyApplication;
  db: TestDatabase;
  ds: DataSource;
  http: () => ReturnType<typeof request>;
  close(): Promise<void>;
}

/** The whole API (no SPAs) on a database of its own; `env` overrides configuration. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await openTestDatabase();
  const config: AppConfig = loadConfig({
    CONGXA_SERVE_APPS: '0',
    CONGXA_DEMO: '0',
    LOG_LEVEL: 'error',
    CONGXA_SCHEDULER_INTERVAL_MS: '0',
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
    DATABASE_URL: db.url,
    ...env,
  });
  const app = await createApp(config, { url: db.url, poolSize: db.poolSize, embedded: db.mode === 'pglite' });
  await app.getHttpAdapter().getInstance().ready();
  const ds = app.get(DataSource);
  return {
    app,
    db,
    ds,
    http: () => request(app.getHttpServer()),
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

/** Another API process on the same database (for exactly-once tests); close it yourself. */
export async function createSiblingApp(t: TestApp, env: Record<string, string> = {}): Promise<NestFastifyApplication> {
  const config = loadConfig({
    CONGXA_SERVE_APPS: '0',
    CONGXA_DEMO: '0',
    LOG_LEVEL: 'error',
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
    DATABASE_URL: t.db.url,
    ...env,
  });
  const app = await createApp(config, { url: t.db.url, poolSize: t.db.poolSize, embedded: t.db.mode === 'pglite' });
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

export const DEMO_SITE_SLUG = 'an-hao-dong';

export type DemoLogin = 'admin' | SiteRole | 'editor2' | 'contributor2';

export const DEMO_EMAILS: Record<DemoLogin, string> = {
  admin: 'admin@demo.local',
  chief: 'chief@demo.local',
  deputy: 'deputy@demo.local',
  editor: 'editor@demo.local',
  editor2: 'editor2@demo.local',
  contributor: 'contributor@demo.local',
  contributor2: 'contributor2@demo.local',
};

/** Seed the demo site and sign in once per role: `tokens.chief`, `tokens.contributor`, ... */
export async function seedDemoAndLogin(t: TestApp): Promise<Record<DemoLogin, string>> {
  await t.app.get(DemoSeedService).seedIfEmpty();
  const tokens = {} as Record<DemoLogin, string>;
  for (const [who, email] of Object.entries(DEMO_EMAILS) as [DemoLogin, string][]) {
    tokens[who] = await login(t, email, DEMO_PASSWORD);
  }
  return tokens;
}

export async function login(t: TestApp, email: string, password: string): Promise<string> {
  const res = await t.http().post('/api/v1/auth/login').send({ email, password });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { accessToken: string }).accessToken;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** The refresh cookie's value from a response's Set-Cookie. */
export function refreshCookie(res: { headers: Record<string, unknown> }): string | undefined {
  const raw = res.headers['set-cookie'];
  const cookies = Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
  const c = cookies.find((x) => x.startsWith('congxa_refresh='));
  return c?.split(';')[0];
}

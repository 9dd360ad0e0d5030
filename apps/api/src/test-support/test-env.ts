import { resolve } from 'node:path';

/** What the global setup prepared for the test files (written to a JSON file named by CONGXA_TEST_STATE). */
export type TestDbState = { mode: 'pg'; adminUrl: string; template: string } | { mode: 'pglite'; image: string };

export const API_DIST = resolve(__dirname, '..', '..', 'dist');
export const EMBEDDED_SERVER = resolve(API_DIST, 'common', 'database', 'embedded-server.js');

/** The PostgreSQL server tests use: TEST_PG_URL, else the local server with trust auth. */
export const adminUrl = () => process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const requirePg = () => ['1', 'true'].includes(process.env.REQUIRE_PG ?? '');

export function urlForDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** UTF-8 with a real character-class locale: `lower()`, ILIKE and trigrams work on Vietnamese. */
export const CREATE_DB_OPTIONS = "ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'";

import { readFileSync } from 'node:fs';
import { E2E_ENV } from './browser-env';

/** The app every browser test file shares (started once by the global setup). */
export interface SharedApp {
  /** "http://127.0.0.1:<port>" */
  baseUrl: string;
  /** Everything the app has printed since it started. */
  output(): string;
}

/** `describe`, or `describe.skip` when the global setup found no browser (it has said so, loudly, once). */
export const describeBrowser: jest.Describe = process.env[E2E_ENV.skipped] ? describe.skip : describe;

/** The shared app; call it in a hook (under describe.skip it is never needed). */
export function sharedApp(): SharedApp {
  const baseUrl = process.env[E2E_ENV.baseUrl];
  const log = process.env[E2E_ENV.appLog];
  if (!baseUrl || !log) {
    throw new Error('the browser tests use the app their global setup starts: run them with `npx jest -c test/jest.config.cjs`');
  }
  return { baseUrl, output: () => readFileSync(log, 'utf8') };
}

let counter = 0;

/**
 * A number no other test of this run (nor, in practice, of an earlier run on the same data) uses: for
 * titles and the slugs made from them, so that a test never depends on which files ran before it on the
 * shared app. Digits only, so it survives case changes and legacy-encoding conversions.
 */
export function uniqueNumber(): string {
  counter += 1;
  return `${Date.now() % 1_000_000}${counter}`;
}

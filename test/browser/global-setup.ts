import { join } from 'node:path';
import { REPO_ROOT, startApp, type RunningApp } from '../support/start-app';
import { E2E_ENV, e2eRequired, HOW_TO_GET_CHROMIUM, missingChromium } from './browser-env';

/** The log of the shared app (gitignored, kept after the run for a failed test's post-mortem). */
export const APP_LOG = join(REPO_ROOT, 'test-output/e2e-app.log');

/** Handed from the global setup to the global teardown (both run in jest's main process). */
export interface BrowserGlobals {
  congxaSharedApp?: RunningApp;
}

/**
 * Browser tests' global setup: without Chromium they are skipped with one loud line (or fail, with
 * E2E_REQUIRED=1); with it, ONE built app (embedded PGlite, demo data) is started for all of them.
 */
export default async function globalSetup(): Promise<void> {
  for (const name of Object.values(E2E_ENV)) delete process.env[name];
  const missing = missingChromium();
  if (missing) {
    if (e2eRequired()) {
      throw new Error(`E2E_REQUIRED=1 and the browser tests cannot run: ${missing}; ${HOW_TO_GET_CHROMIUM}.`);
    }
    process.env[E2E_ENV.skipped] = missing;
    process.stderr.write(`\n*** BROWSER TESTS SKIPPED: ${missing}; ${HOW_TO_GET_CHROMIUM} (E2E_REQUIRED=1 makes this a failure). ***\n`);
    return;
  }
  const app = await startApp({ logFile: APP_LOG });
  (globalThis as BrowserGlobals).congxaSharedApp = app;
  process.env[E2E_ENV.baseUrl] = app.baseUrl;
  process.env[E2E_ENV.appLog] = APP_LOG;
}

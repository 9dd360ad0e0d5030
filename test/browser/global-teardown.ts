import type { BrowserGlobals } from './global-setup';
import { APP_LOG } from './global-setup';

/** Stops the shared app; fails the run if it died while the tests were using it. */
export default async function globalTeardown(): Promise<void> {
  const globals = globalThis as BrowserGlobals;
  const app = globals.congxaSharedApp;
  if (!app) return;
  delete globals.congxaSharedApp;
  const crashed = app.exit();
  await app.stop();
  if (crashed) {
    throw new Error(`the shared app exited during the browser tests (code ${crashed.code}, signal ${crashed.signal}); its output is in ${APP_LOG}`);
  }
}

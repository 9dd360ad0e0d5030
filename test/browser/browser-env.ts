import { accessSync, constants, statSync } from 'node:fs';

/**
 * What the browser tests need from their surroundings, shared by their global setup and the test files.
 * The global setup checks for Chromium, starts ONE built app for every browser test file, and hands its
 * address to the files through these environment variables (set before the test files run, so jest's
 * workers inherit them).
 */
export const E2E_ENV = {
  /** "http://127.0.0.1:<port>" of the shared app. */
  baseUrl: 'CONGXA_E2E_BASE_URL',
  /** File the shared app's stdout and stderr go to (the tests read links from it). */
  appLog: 'CONGXA_E2E_APP_LOG',
  /** Set (to the reason) when there is no browser and the browser tests are skipped. */
  skipped: 'CONGXA_E2E_SKIPPED',
} as const;

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** Why no browser can be launched, or null when an executable is there. */
export function missingChromium(): string | null {
  const path = chromiumPath();
  try {
    if (!statSync(path).isFile()) return `${path} is not a file`;
    accessSync(path, constants.X_OK);
    return null;
  } catch {
    return `no Chromium executable at ${path}`;
  }
}

/** E2E_REQUIRED=1 (CI): a missing browser is a failure, not a skip. */
export function e2eRequired(): boolean {
  return ['1', 'true'].includes(process.env.E2E_REQUIRED ?? '');
}

export const HOW_TO_GET_CHROMIUM = 'install it (Debian/Ubuntu: `apt-get install chromium`) or point CHROMIUM_PATH at one';

import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { REPO_ROOT } from '../support/start-app';
import { chromiumPath } from './browser-env';

export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-output/screenshots');

/** Real Chromium (CHROMIUM_PATH, else the Debian package), headless. Never a browser downloaded by playwright. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Saves a full-page screenshot to test-output/screenshots/<name>.png (gitignored). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Collects what went wrong in the page: script errors, console errors, and failed sub-resource requests
 * ("HTTP 404 GET /favicon.svg"). The page's own document is left out: the server answers unknown paths
 * with 404 on purpose.
 */
export function watchConsole(page: Page): () => string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // Failed loads are reported below with their URL.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console.error: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    const request = response.request();
    if (response.status() >= 400 && request.resourceType() !== 'document') {
      problems.push(`HTTP ${response.status()} ${request.method()} ${new URL(response.url()).pathname}`);
    }
  });
  page.on('requestfailed', (request) => {
    // Requests cut short by a navigation (reload, link) are not failures.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ''}`);
  });
  return () => problems;
}

/** The WCAG levels every admin and portal screen must meet (issue 9). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

const AXE_SOURCE = (): string => readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** A context whose pages accept the injected axe-core script (the app's CSP would refuse it otherwise). */
export async function newTestContext(browser: Browser, options: { phone?: boolean } = {}): Promise<BrowserContext> {
  return browser.newContext({
    bypassCSP: true,
    locale: 'en-US', // the app must show dd/mm/yyyy whatever the browser's language
    timezoneId: 'America/New_York', // … and Vietnam's time whatever the computer's zone
    ...(options.phone
      ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
      : { viewport: { width: 1280, height: 800 } }),
  });
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA) on the page as it is now and returns the violations, one line
 * each with the rule, its impact and the first nodes' selectors, so a failing test says what to fix.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE() });
  const results = await page.evaluate(
    async (tags) => {
      const axe = (
        window as unknown as {
          axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
        }
      ).axe;
      return axe.run(document, { runOnly: { type: 'tag', values: tags } });
    },
    [...AXE_TAGS],
  );
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

/** Fails when the page is wider than its viewport (horizontal scrolling on a phone). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

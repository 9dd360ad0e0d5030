import type { Browser, BrowserContext, Page } from 'playwright-core';
import { newTestContext, watchConsole } from './chromium';

/** The demo accounts (apps/api/src/modules/demo/demo-content.ts); all share the demo password. */
export const DEMO_PASSWORD = 'CongXa@demo1';
export const DEMO = {
  admin: 'admin@demo.local',
  chief: 'chief@demo.local',
  deputy: 'deputy@demo.local',
  editor: 'editor@demo.local',
  editor2: 'editor2@demo.local',
  contributor: 'contributor@demo.local',
  contributor2: 'contributor2@demo.local',
} as const;
/** The demo commune every demo member belongs to. */
export const DEMO_SITE = 'an-hao-dong';

export interface AdminSession {
  context: BrowserContext;
  page: Page;
  /** Script errors, console errors and failed sub-resource requests seen so far. */
  problems: () => string[];
}

/** A fresh context (see newTestContext: en-US browser, New York clock) with one page and its problems watched. */
export async function openAdmin(browser: Browser, options: { phone?: boolean } = {}): Promise<AdminSession> {
  const context = await newTestContext(browser, options);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page, problems: watchConsole(page) };
}

/** Fills the sign-in form on the page as it is (the form must be showing). */
export async function fillSignIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/**
 * Signs in through the form and waits for the shell: a site member lands on their site's dashboard
 * (`/admin/sites/<site>`), the platform administrator on the sites list.
 */
export async function signIn(baseUrl: string, page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/admin/dang-nhap`);
  await fillSignIn(page, email, password);
  await page.getByTestId('user-menu').waitFor();
  await page.waitForURL((url) => !url.pathname.endsWith('/dang-nhap'));
}

/** openAdmin + signIn. */
export async function signedIn(browser: Browser, baseUrl: string, email: string, options: { phone?: boolean; password?: string } = {}): Promise<AdminSession> {
  const session = await openAdmin(browser, options);
  await signIn(baseUrl, session.page, email, options.password);
  return session;
}

/** Signs in through the API and returns an access token (for test set-up that is not what is under test). */
export async function apiToken(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`login of ${email} answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** A JSON request to the API as the holder of the token; throws on a status other than `expect`. */
export async function apiJson<T>(baseUrl: string, token: string, method: string, path: string, body?: unknown, expect = [200, 201, 204]): Promise<T> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!expect.includes(response.status)) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

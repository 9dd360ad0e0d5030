import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import type { MeResponse } from '@congxa/shared/dto/auth';
import type { Page as ListPage } from '@congxa/shared/dto/common';
import { DEMO, DEMO_PASSWORD, DEMO_SITE, apiJson, apiToken, openAdmin, type AdminSession } from './admin-session';
import { SCREENSHOT_DIR, axeViolations, horizontalOverflow, launchChromium, screenshot } from './chromium';
import { describeBrowser, sharedApp, uniqueNumber, type SharedApp } from './shared-app';

/**
 * Every admin screen, on a desktop (1280 px) and on a 390 px phone (issue 9): axe-core (WCAG 2.0/2.1 A
 * and AA) finds nothing, nothing is wider than the phone's screen, an open dialog or menu fits it, every
 * date reads dd/mm/yyyy (HH:mm) in Vietnam's time although the browser speaks en-US in New York, and a
 * screenshot is kept (test-output/screenshots/screen-<name>-desktop|phone.png) for a person to look at.
 * Also: after signing in the page starts at the top, and Tab walks through visible focus rings.
 *
 * One table of screens; one signed-in browser context per person and viewport, reused screen after screen.
 */

type Viewport = 'desktop' | 'phone';
/** Who looks: a site's chief sees every site screen; `chiefTwoSites` is the chief told they belong to two sites. */
type Who = 'guest' | 'chief' | 'chiefTwoSites' | 'admin' | 'deputy' | 'contributor';

/** What the screens need from the demo data (found, or made, through the API before the first screen). */
interface Demo {
  articleId: string;
  pageId: string;
}

interface Screen {
  name: string;
  who: Who;
  /** Under /admin. */
  path: (demo: Demo) => string;
  /** Waits until the screen has loaded what it shows (after the generic wait for the h1 and no "Đang tải…"). */
  ready?: (page: Page) => Promise<void>;
  /** Opens a dialog, menu or drawer on the screen and returns it (then it must fit the phone's screen too). */
  open?: (page: Page) => Promise<Locator>;
  /** Only on this viewport (the phone's menu button does not exist on a desktop). */
  only?: Viewport;
  /** A date must appear on this screen (so that the date check is not vacuous). */
  dates?: boolean;
}

const S = `/sites/${DEMO_SITE}`;
const SECOND_SITE = { slug: 'an-hao-tay', name: 'Xã Ân Hảo Tây' };

const testId = (page: Page, id: string) => page.getByTestId(id);
const dialogNamed = (page: Page) => page.locator('dialog[open], [role="dialog"]:visible').last();

const SCREENS: Screen[] = [
  { name: 'login', who: 'guest', path: () => '/dang-nhap' },
  { name: 'forgot-password', who: 'guest', path: () => '/quen-mat-khau' },
  { name: 'dashboard', who: 'chief', path: () => S, ready: (p) => testId(p, 'recent-activity').locator('time').first().waitFor(), dates: true },
  { name: 'articles', who: 'chief', path: () => `${S}/tin-bai`, ready: (p) => testId(p, 'article-row').first().waitFor(), dates: true },
  { name: 'article-editor', who: 'chief', path: (d) => `${S}/tin-bai/${d.articleId}`, ready: (p) => testId(p, 'editor-toolbar').waitFor(), dates: true },
  {
    name: 'article-preview',
    who: 'chief',
    path: (d) => `${S}/tin-bai/${d.articleId}`,
    ready: (p) => testId(p, 'editor-toolbar').waitFor(),
    open: async (p) => {
      await testId(p, 'article-preview').click();
      return testId(p, 'item-preview');
    },
  },
  {
    name: 'article-transition',
    who: 'chief',
    path: (d) => `${S}/tin-bai/${d.articleId}`,
    ready: (p) => testId(p, 'editor-toolbar').waitFor(),
    open: async (p) => {
      await testId(p, 'workflow-actions').getByRole('button').first().click();
      await testId(p, 'transition-confirm').waitFor();
      return dialogNamed(p);
    },
  },
  {
    name: 'article-image',
    who: 'chief',
    path: (d) => `${S}/tin-bai/${d.articleId}`,
    ready: (p) => testId(p, 'editor-toolbar').waitFor(),
    open: async (p) => {
      await testId(p, 'editor-toolbar').locator('[data-action="image"]').click();
      return testId(p, 'image-dialog');
    },
  },
  { name: 'pages', who: 'chief', path: () => `${S}/trang`, ready: (p) => testId(p, 'page-row').first().waitFor(), dates: true },
  { name: 'page-editor', who: 'chief', path: (d) => `${S}/trang/${d.pageId}`, ready: (p) => testId(p, 'editor-toolbar').waitFor(), dates: true },
  { name: 'import', who: 'chief', path: () => `${S}/tin-bai/nhap` },
  { name: 'media', who: 'chief', path: () => `${S}/thu-vien`, ready: (p) => testId(p, 'media-card').first().waitFor() },
  {
    name: 'media-detail',
    who: 'chief',
    path: () => `${S}/thu-vien`,
    ready: (p) => testId(p, 'media-card').first().waitFor(),
    open: async (p) => {
      await testId(p, 'media-card').first().click();
      const detail = testId(p, 'media-detail');
      await detail.getByTestId('media-uploaded-at').waitFor();
      return detail;
    },
    dates: true,
  },
  { name: 'members', who: 'chief', path: () => `${S}/thanh-vien`, ready: (p) => testId(p, 'member-row').first().waitFor() },
  {
    name: 'members-invite',
    who: 'chief',
    path: () => `${S}/thanh-vien`,
    ready: (p) => testId(p, 'member-row').first().waitFor(),
    open: async (p) => {
      await testId(p, 'invite-button').click();
      return testId(p, 'invite-dialog');
    },
  },
  { name: 'fields', who: 'chief', path: () => `${S}/linh-vuc`, ready: (p) => testId(p, 'field-row').first().waitFor() },
  { name: 'categories', who: 'chief', path: () => `${S}/chuyen-muc`, ready: (p) => testId(p, 'category-item').first().waitFor() },
  { name: 'settings', who: 'chief', path: () => `${S}/cai-dat`, ready: (p) => testId(p, 'settings-form').or(testId(p, 'settings-view')).first().waitFor() },
  { name: 'audit', who: 'chief', path: () => `${S}/nhat-ky`, ready: (p) => testId(p, 'audit-row').first().waitFor(), dates: true },
  { name: 'outbox', who: 'chief', path: () => `${S}/outbox`, ready: (p) => testId(p, 'outbox-row').first().waitFor(), dates: true },
  { name: 'text-convert', who: 'chief', path: () => '/chuyen-ma' },
  { name: 'profile', who: 'chief', path: () => '/tai-khoan', ready: (p) => testId(p, 'profile-email').waitFor() },
  // The deputy: told of the article submitted before the first screen (the demo data makes no notification).
  { name: 'notifications', who: 'deputy', path: () => '/thong-bao', ready: (p) => testId(p, 'notification-row').first().waitFor(), dates: true },
  {
    name: 'bell',
    who: 'deputy',
    path: () => S,
    open: async (p) => {
      await testId(p, 'notifications-bell').click();
      const panel = p.locator('#notifications-panel');
      await panel.getByTestId('notification-item').first().waitFor();
      return panel;
    },
    dates: true,
  },
  {
    name: 'bell-empty',
    who: 'chief',
    path: () => S,
    open: async (p) => {
      await testId(p, 'notifications-bell').click();
      const panel = p.locator('#notifications-panel');
      // Other test files share this app and may have told the chief something: read it all first.
      const empty = panel.locator('.bell__empty');
      const readAll = panel.locator('.bell__all');
      await empty.or(readAll).first().waitFor();
      if (await readAll.isVisible()) {
        await readAll.click(); // closes the panel
        await panel.waitFor({ state: 'hidden' });
        await testId(p, 'notifications-bell').click();
      }
      await empty.waitFor();
      return panel;
    },
  },
  {
    name: 'user-menu',
    who: 'chief',
    path: () => S,
    open: async (p) => {
      await testId(p, 'user-menu').click();
      const menu = p.getByRole('menu');
      await menu.waitFor();
      return menu;
    },
  },
  {
    name: 'site-switcher',
    who: 'chiefTwoSites',
    path: () => S,
    open: async (p) => {
      await testId(p, 'site-switcher').click();
      const menu = p.getByRole('menu');
      await menu.getByText(SECOND_SITE.name).waitFor();
      return menu;
    },
  },
  {
    name: 'menu-drawer',
    who: 'chief',
    path: () => `${S}/tin-bai`,
    only: 'phone',
    open: async (p) => {
      await testId(p, 'menu-button').click();
      const drawer = p.locator('.app-drawer');
      await drawer.getByTestId('main-nav').waitFor();
      return drawer;
    },
  },
  { name: 'contributor-dashboard', who: 'contributor', path: () => S, ready: (p) => testId(p, 'work-drafts').waitFor() },
  { name: 'platform-sites', who: 'admin', path: () => '/he-thong/trang-xa', ready: (p) => testId(p, 'site-row').first().waitFor(), dates: true },
  {
    name: 'platform-create-site',
    who: 'admin',
    path: () => '/he-thong/trang-xa',
    ready: (p) => testId(p, 'site-row').first().waitFor(),
    open: async (p) => {
      await testId(p, 'create-site').click();
      return testId(p, 'create-site-dialog');
    },
  },
  {
    name: 'platform-site',
    who: 'admin',
    path: () => `/he-thong/trang-xa/${DEMO_SITE}`,
    ready: (p) => testId(p, 'site-form').or(p.locator('main h2')).first().waitFor(),
  },
];

const EMAILS: Record<Exclude<Who, 'guest'>, string> = {
  chief: DEMO.chief,
  chiefTwoSites: DEMO.chief,
  admin: DEMO.admin,
  deputy: DEMO.deputy,
  contributor: DEMO.contributor,
};

/** Failures a fresh context makes on purpose: the session refresh at start-up without a cookie. */
const EXPECTED_PROBLEMS = ['HTTP 401 POST /api/v1/auth/refresh'];

/** "dd/mm/yyyy" and "HH:mm" of an ISO moment in Vietnam's time, computed here (Node), not by the app. */
function vietnamParts(iso: string): { day: string; time: string } {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((x) => [x.type, x.value]),
  );
  return { day: `${p.day}/${p.month}/${p.year}`, time: `${p.hour}:${p.minute}` };
}

/**
 * What is wrong with the dates on the page: a date-like text not written dd/mm/yyyy, an English month or
 * AM/PM, a time before its day, a <time datetime> whose text is not that moment in Vietnam.
 */
async function dateProblems(page: Page): Promise<{ problems: string[]; count: number }> {
  const found = await page.evaluate(() => {
    const visible = (el: Element) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed';
    const text = document.body.innerText;
    const times = [...document.querySelectorAll('time[datetime]')]
      .filter(visible)
      .map((el) => ({ datetime: el.getAttribute('datetime')!, text: (el.textContent ?? '').trim() }));
    return { text, times };
  });
  const problems: string[] = [];
  const dates = [...found.text.matchAll(/\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b/g)].map((m) => m[0]);
  for (const d of dates) {
    const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(d);
    if (!m || Number(m[1]) > 31 || Number(m[2]) > 12) problems.push(`not dd/mm/yyyy: "${d}"`);
  }
  for (const m of found.text.matchAll(/\b\d{1,2}:\d{2}\s?(AM|PM|am|pm)\b|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2},? \d{4}\b/g)) {
    problems.push(`English date or time: "${m[0]}"`);
  }
  for (const m of found.text.matchAll(/\b\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}\b/g)) problems.push(`time before the day (want dd/mm/yyyy HH:mm): "${m[0]}"`);
  for (const t of found.times) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(t.datetime)) {
      const want = `${t.datetime.slice(8, 10)}/${t.datetime.slice(5, 7)}/${t.datetime.slice(0, 4)}`;
      if (!t.text.includes(want)) problems.push(`<time datetime="${t.datetime}"> reads "${t.text}", want ${want}`);
    } else if (t.datetime.includes('T')) {
      const { day, time } = vietnamParts(t.datetime);
      // A time alone ("10:32") is today's; otherwise the day, then the time when one is shown.
      const ok = t.text === time || t.text.includes(day);
      if (!ok || (/\d{2}:\d{2}/.test(t.text) && !t.text.includes(time)))
        problems.push(`<time datetime="${t.datetime}"> reads "${t.text}", want ${day} ${time} (Vietnam)`);
    }
  }
  return { problems, count: dates.length + found.times.length };
}

/** Elements on the page that scroll sideways themselves (a table in a scroll box instead of cards). */
async function sidewaysScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => {
        const style = getComputedStyle(el);
        return ['auto', 'scroll'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1 && el.offsetParent !== null;
      })
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} (${el.scrollWidth} > ${el.clientWidth})`),
  );
}

/** Waits until the screen shows its heading and nothing is loading any more. */
async function settle(page: Page, screen: Screen): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => document.querySelector('.loading') === null);
  await screen.ready?.(page);
  await page.evaluate(() => document.fonts.ready);
}

describeBrowser('every admin screen: WCAG 2.1 AA, phone layout, dates (Chromium)', () => {
  let app: SharedApp;
  let browser: Browser;
  const demo: Demo = { articleId: '', pageId: '' };

  beforeAll(async () => {
    app = sharedApp();
    browser = await launchChromium();
    const token = await apiToken(app.baseUrl, DEMO.chief);
    const articles = await apiJson<ListPage<{ id: string; title: string }>>(app.baseUrl, token, 'GET', `${S}/articles?sort=created&order=asc`);
    demo.articleId = (articles.items.find((a) => a.title.startsWith('Nông dân Ân Hảo Đông')) ?? articles.items[0]).id;
    const pages = await apiJson<ListPage<{ id: string; title: string }>>(app.baseUrl, token, 'GET', `${S}/pages`);
    demo.pageId = (pages.items.find((p) => p.title === 'Giới thiệu xã Ân Hảo Đông') ?? pages.items[0]).id;
    // The library needs an item to open (the demo data has none); the same bytes are not uploaded twice.
    const media = await apiJson<ListPage<unknown>>(app.baseUrl, token, 'GET', `${S}/media?kind=image`);
    if (media.total === 0) {
      const png = await sharp({ create: { width: 800, height: 500, channels: 3, background: '#2f6f4f' } })
        .png()
        .toBuffer();
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'canh-dong-lua.png');
      form.append('altText', 'Cánh đồng lúa xã Ân Hảo Đông mùa thu hoạch');
      const response = await fetch(`${app.baseUrl}/api/v1${S}/media`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
      expect([200, 201]).toContain(response.status);
    }
    await submitAndReject(token);
  });

  afterAll(async () => {
    await browser?.close();
  });

  /**
   * Something to be told about: contributor2 submits an article (the deputy gets a notification, and a
   * mail in the outbox); the deputy turns it down at once, so no other test finds it waiting in its queue.
   */
  async function submitAndReject(chiefToken: string): Promise<void> {
    const writer = await apiToken(app.baseUrl, DEMO.contributor2);
    const deputy = await apiToken(app.baseUrl, DEMO.deputy);
    const fields = await apiJson<ListPage<{ id: string; name: string }>>(app.baseUrl, chiefToken, 'GET', `${S}/fields`);
    const categories = await apiJson<ListPage<{ id: string; name: string }>>(app.baseUrl, chiefToken, 'GET', `${S}/categories`);
    const title = `Thôn Hội Phú ra quân vệ sinh môi trường đợt ${uniqueNumber()}`;
    const draft = await apiJson<{ id: string; revision: number }>(app.baseUrl, writer, 'POST', `${S}/articles`, { title, noSecretConfirmed: true });
    await apiJson(app.baseUrl, writer, 'PATCH', `${S}/articles/${draft.id}`, {
      revision: draft.revision,
      title,
      summary: 'Đoàn viên thanh niên và bà con thôn Hội Phú dọn vệ sinh các tuyến đường liên thôn.',
      body: '<p>Sáng Chủ nhật, hơn 100 người dân thôn Hội Phú đã ra quân dọn vệ sinh môi trường.</p>',
      categoryId: (categories.items.find((c) => c.name === 'Văn hóa - Xã hội') ?? categories.items[0]).id,
      fieldId: (fields.items.find((f) => f.name === 'Văn hóa - Xã hội') ?? fields.items[0]).id,
      authorName: 'Đỗ Thị Tác',
      authorAddress: 'Thôn Hội Phú, xã Ân Hảo Đông',
      noSecretConfirmed: true,
    });
    await apiJson(app.baseUrl, writer, 'POST', `${S}/articles/${draft.id}/transitions`, { action: 'submit' });
    await apiJson(app.baseUrl, deputy, 'POST', `${S}/articles/${draft.id}/transitions`, {
      action: 'reject',
      note: 'Tin đã có bài của thôn gửi trước, không đăng trùng.',
    });
  }

  describe.each<Viewport>(['desktop', 'phone'])('on a %s', (viewport) => {
    const sessions = new Map<Who, AdminSession>();

    /** The person's signed-in context, made on first use. */
    async function sessionOf(who: Who): Promise<AdminSession> {
      const existing = sessions.get(who);
      if (existing) return existing;
      const session = await openAdmin(browser, { phone: viewport === 'phone' });
      sessions.set(who, session);
      if (who === 'guest') return session;
      const { page } = session;
      if (who === 'chiefTwoSites') {
        // Only this context is told of a second site: the shared demo data keeps one.
        await page.route('**/api/v1/me', async (route) => {
          const response = await route.fetch();
          const me = (await response.json()) as MeResponse;
          const copy = { ...me.memberships[0], site: { ...me.memberships[0].site, ...SECOND_SITE } };
          await route.fulfill({ response, json: { ...me, memberships: [...me.memberships, copy] } });
        });
      }
      await page.goto(`${app.baseUrl}/admin/dang-nhap`);
      await page.getByLabel('Email').fill(EMAILS[who]);
      await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
      // Scrolled down before signing in: the next screen must still start at the top.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.getByLabel('Mật khẩu', { exact: true }).press('Enter');
      await page.getByTestId('user-menu').waitFor();
      await page.locator('main h1').first().waitFor();
      await page.waitForFunction(() => document.querySelector('.loading') === null);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      return session;
    }

    afterAll(async () => {
      for (const { context } of sessions.values()) await context.close();
    });

    const screens = SCREENS.filter((s) => !s.only || s.only === viewport);
    it.each(screens.map((s) => [s.name, s] as const))('%s', async (_name, screen) => {
      const { page, problems } = await sessionOf(screen.who);
      const seen = problems().length;
      await page.goto(`${app.baseUrl}/admin${screen.path(demo)}`);
      await settle(page, screen);
      const overlay = await screen.open?.(page);
      if (overlay) {
        await overlay.waitFor();
        // Animations (drawer, menus) finish before the checks.
        await page.waitForTimeout(300);
      }

      const found: Record<string, unknown> = {};
      found.axe = await axeViolations(page);
      const dates = await dateProblems(page);
      found.dates = dates.problems;
      if (screen.dates) expect(dates.count).toBeGreaterThan(0);
      if (viewport === 'phone') {
        found.overflow = await horizontalOverflow(page);
        found.scrollers = await sidewaysScrollers(page);
        // A compact header: two short lines at most (menu, brand, bell, account; then the site).
        if (screen.who !== 'guest')
          found.headerHeight = await page
            .locator('.app-header')
            .evaluate((el) => (el.getBoundingClientRect().height <= 100 ? 'compact' : `${el.getBoundingClientRect().height}px`));
        if (overlay) {
          const box = await overlay.boundingBox();
          found.overlayFits = box !== null && box.x >= 0 && box.x + box.width <= 390 + 0.5;
        }
      }
      found.problems = problems()
        .slice(seen)
        .filter((p) => !EXPECTED_PROBLEMS.includes(p));
      // An open dialog or menu is photographed as the person sees it (the viewport), a screen in full.
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      if (overlay) await page.screenshot({ path: join(SCREENSHOT_DIR, `screen-${screen.name}-${viewport}.png`) });
      else await screenshot(page, `screen-${screen.name}-${viewport}`);
      expect(found).toEqual({
        axe: [],
        dates: [],
        ...(viewport === 'phone'
          ? { overflow: 0, scrollers: [], ...(screen.who !== 'guest' ? { headerHeight: 'compact' } : {}), ...(overlay ? { overlayFits: true } : {}) }
          : {}),
        problems: [],
      });
      // Leave no dialog open for the next screen of this person (a reload closes it anyway).
      if (overlay) await page.keyboard.press('Escape');
    });

    it('should walk the articles list with Tab through visible focus rings', async () => {
      const { page } = await sessionOf('chief');
      await page.goto(`${app.baseUrl}/admin${S}/tin-bai`);
      await settle(
        page,
        SCREENS.find((s) => s.name === 'articles')!,
      );
      const seen: string[] = [];
      const wrong: string[] = [];
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press('Tab');
        const state = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          const name = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
          const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
          const onScreen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth;
          return { name, ring, onScreen };
        });
        // Past the last control the browser's own UI (or <body>) has the focus: the walk is over.
        if (!state) break;
        seen.push(state.name);
        if (!state.ring) wrong.push(`Tab ${i + 1}: ${state.name} has no focus ring`);
        if (!state.onScreen) wrong.push(`Tab ${i + 1}: ${state.name} is off screen`);
      }
      if (viewport === 'desktop') await screenshot(page, 'screen-keyboard-focus-desktop');
      expect(wrong).toEqual([]);
      // The first stop is the skip link; the walk reaches the list's own links.
      expect(seen[0]).toContain('a "');
      expect(new Set(seen).size).toBeGreaterThan(10);
    });
  });
});

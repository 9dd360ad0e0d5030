import type { Browser, Dialog, Locator, Page } from 'playwright-core';
import type { ArticleResponse } from '@congxa/shared/dto/articles';
import { apiJson, apiToken, DEMO, DEMO_SITE, signedIn, type AdminSession } from './admin-session';
import { axeViolations, horizontalOverflow, launchChromium, screenshot, watchConsole } from './chromium';
import { describeBrowser, sharedApp, uniqueNumber, type SharedApp } from './shared-app';

/**
 * What keeps typed text from being lost in the article editor (ItemEditorPage), clicked through in real
 * Chromium against the real API: who else has the item open (presence), the side-by-side view after a
 * refused save (409), the copy kept in this browser's IndexedDB after a closed tab, and the question
 * before leaving with unsaved changes.
 */
const NAMES = { chief: 'Nguyễn Văn Trưởng', deputy: 'Trần Thị Phó' };

/** Failures the tests provoke on purpose, or that a sign-in page always makes. */
const EXPECTED_PROBLEMS: RegExp[] = [
  // Start-up of the sign-in page, before there is a refresh cookie.
  /^HTTP 401 POST \/api\/v1\/auth\/refresh$/,
  // The save of the second person, based on a revision someone else has saved over: the conflict view.
  /^HTTP 409 PATCH \/api\/v1\/sites\/an-hao-dong\/articles\/[0-9a-f-]{36}$/,
];
const unexpected = (problems: string[]) => problems.filter((p) => !EXPECTED_PROBLEMS.some((e) => e.test(p)));

describeBrowser('editor safety: presence, conflicts, backstop, leave guard (Chromium)', () => {
  let app: SharedApp;
  let browser: Browser;
  let chiefToken: string;
  const sessions: AdminSession[] = [];

  beforeAll(async () => {
    app = sharedApp();
    browser = await launchChromium();
    chiefToken = await apiToken(app.baseUrl, DEMO.chief);
  });

  afterEach(async () => {
    const open = sessions.splice(0);
    for (const s of open) await s.context.close();
    // Every page's problems, beyond the expected ones, fail the test that made them.
    expect(unexpected(open.flatMap((s) => s.problems()))).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function session(email: string, options: { phone?: boolean } = {}): Promise<AdminSession> {
    const s = await signedIn(browser, app.baseUrl, email, options);
    sessions.push(s);
    return s;
  }

  /** A draft written by the chief (the deputy may edit it too: product.md §2), through the API. */
  async function draft(label: string, body: string): Promise<ArticleResponse> {
    return apiJson<ArticleResponse>(app.baseUrl, chiefToken, 'POST', `/sites/${DEMO_SITE}/articles`, {
      title: `${label} ${uniqueNumber()}`,
      summary: 'Tóm tắt ban đầu.',
      body,
    });
  }

  const getArticle = (id: string) => apiJson<ArticleResponse>(app.baseUrl, chiefToken, 'GET', `/sites/${DEMO_SITE}/articles/${id}`);
  const editorUrl = (id: string) => `${app.baseUrl}/admin/sites/${DEMO_SITE}/tin-bai/${id}`;

  async function openEditor(page: Page, article: ArticleResponse): Promise<void> {
    await page.goto(editorUrl(article.id));
    await page.getByTestId('article-heading').getByText(article.title).waitFor();
    // The rich-text box is mounted (TipTap) and holds the saved body.
    await body(page).waitFor();
  }

  const body = (page: Page): Locator => page.getByRole('textbox', { name: 'Nội dung', exact: true });
  /** The body's text as a reader sees it (a space typed at the end of a contenteditable is a no-break space). */
  const bodyText = async (page: Page) => (await body(page).innerText()).replace(/\u00a0/g, ' ');
  const saveStatus = (page: Page) => page.locator('.save-panel__status');

  /** Types at the end of the body. */
  async function typeInBody(page: Page, text: string): Promise<void> {
    await body(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(text);
  }

  async function save(page: Page): Promise<void> {
    await page.getByTestId('article-save').click();
  }

  async function expectAccessible(page: Page): Promise<void> {
    expect(await axeViolations(page)).toEqual([]);
  }

  /** The drafts this browser keeps in IndexedDB (the app's backstop), as JSON; '' before the app made its database. */
  function keptDrafts(page: Page): Promise<string> {
    return page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const request = indexedDB.open('congxa-backstop');
          // Never create the database here: the app creates it with its store.
          request.onupgradeneeded = () => request.transaction?.abort();
          request.onerror = () => resolve('');
          request.onsuccess = () => {
            const db = request.result;
            if (!db.objectStoreNames.contains('drafts')) {
              db.close();
              resolve('');
              return;
            }
            const all = db.transaction('drafts').objectStore('drafts').getAll();
            all.onsuccess = () => {
              db.close();
              resolve(JSON.stringify(all.result));
            };
            all.onerror = () => resolve('');
          };
        }),
    );
  }

  /** Asks `read` every 200 ms until `ok` holds; fails with the last answer after `timeoutMs`. */
  async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 5_000): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (ok(value)) return value;
      if (Date.now() > end) throw new Error(`still not as expected after ${timeoutMs} ms: ${JSON.stringify(value)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('should show each person the other one by name when two people open the same draft', async () => {
    const article = await draft('Hai người cùng mở tin', '<p>Nội dung ban đầu của tin.</p>');
    const chief = await session(DEMO.chief);
    const deputy = await session(DEMO.deputy);
    await openEditor(chief.page, article);
    await openEditor(deputy.page, article);

    // The later one learns at once; the earlier one at its next heartbeat (every 10 s).
    const deputySees = deputy.page.getByTestId('article-presence');
    await deputySees.getByText(`${NAMES.chief} cũng đang mở mục này`).waitFor({ timeout: 15_000 });
    const chiefSees = chief.page.getByTestId('article-presence');
    await chiefSees.getByText(`${NAMES.deputy} cũng đang mở mục này`).waitFor({ timeout: 15_000 });
    expect(await chiefSees.getAttribute('role')).toBe('status');
    expect(await chiefSees.textContent()).toContain('Hãy trao đổi với nhau trước khi lưu');
    // Nobody is told about themselves.
    expect(await chiefSees.textContent()).not.toContain(NAMES.chief);
    await screenshot(chief.page, 'safety-01-presence-chief');
    await screenshot(deputy.page, 'safety-02-presence-deputy');
    await expectAccessible(chief.page);

    // The deputy starts typing: the chief is told the deputy is editing, not just reading.
    await typeInBody(deputy.page, 'Phó Trưởng ban đang bổ sung đoạn này.');
    await chiefSees.getByText(`${NAMES.deputy} đang sửa mục này`).waitFor({ timeout: 25_000 });
    await screenshot(chief.page, 'safety-03-presence-editing');

    // The deputy leaves (dropping the change): the chief's banner goes away at the next heartbeat.
    await deputy.page.getByTestId('nav-articles').first().click();
    await deputy.page.getByTestId('leave-discard').click();
    await deputy.page.waitForURL(`**/admin/sites/${DEMO_SITE}/tin-bai`);
    await chiefSees.waitFor({ state: 'detached', timeout: 15_000 });
  });

  it('should keep both texts when two people save over each other, and save mine on top of the current version', async () => {
    const article = await draft('Sửa chồng lên nhau', '<p>Đoạn mở đầu chung.</p>');
    const chief = await session(DEMO.chief);
    // The second person works on a phone: the side-by-side view must fit 390 px.
    const deputy = await session(DEMO.deputy, { phone: true });
    await openEditor(chief.page, article);
    await openEditor(deputy.page, article);

    const chiefTitle = `${article.title} (Trưởng ban sửa)`;
    const chiefText = 'Đoạn Trưởng ban viết thêm về lịch họp dân.';
    const deputyText = 'Đoạn Phó Trưởng ban viết thêm về kinh phí làm đường.';

    // A (chief) changes the title and the body and saves first.
    await chief.page.locator('#article-title').fill(chiefTitle);
    await typeInBody(chief.page, chiefText);
    await save(chief.page);
    await saveStatus(chief.page).getByText('Đã lưu lúc').waitFor();
    const afterChief = await getArticle(article.id);
    expect(afterChief.revision).toBeGreaterThan(article.revision);

    // B (deputy) changed only the body, from the older revision: the save is refused and both versions show.
    await typeInBody(deputy.page, deputyText);
    await save(deputy.page);
    const panel = deputy.page.getByTestId('article-conflict');
    await panel.waitFor();
    await panel.getByRole('heading', { name: 'Có người đã lưu tin bài trong lúc bạn sửa' }).waitFor();
    const mineBody = await panel.getByTestId('conflict-body-mine').inputValue();
    const theirsBody = await panel.getByTestId('conflict-body-theirs').inputValue();
    expect(mineBody).toContain(deputyText);
    expect(mineBody).not.toContain(chiefText);
    expect(theirsBody).toContain(chiefText);
    expect(theirsBody).not.toContain(deputyText);
    // The title: changed only by the other person.
    const titleRow = panel.getByTestId('conflict-row-title');
    expect(await titleRow.textContent()).toContain('người kia đã sửa');
    expect(await titleRow.textContent()).not.toContain('bạn đã sửa');
    expect(await panel.getByTestId('conflict-title-theirs').textContent()).toBe(chiefTitle);
    // What B typed is still in the editor under the panel.
    expect(await bodyText(deputy.page)).toContain(deputyText);
    expect(await deputy.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('article-conflict');
    await screenshot(deputy.page, 'safety-04-conflict-phone');
    expect(await horizontalOverflow(deputy.page)).toBe(0);
    await expectAccessible(deputy.page);

    // Keep mine: B's body on top of the current revision; A's title (B did not touch it) stays.
    await panel.getByTestId('article-keep-mine').click();
    await deputy.page
      .getByTestId('article-notice')
      .getByText(/^Đã lưu bản của bạn thành phiên bản \d+\.$/)
      .waitFor();
    await panel.waitFor({ state: 'detached' });
    const saved = await getArticle(article.id);
    expect(saved.revision).toBeGreaterThan(afterChief.revision);
    expect(saved.body).toContain(deputyText);
    expect(saved.title).toBe(chiefTitle);
    expect(await deputy.page.getByTestId('article-notice').textContent()).toContain(`phiên bản ${saved.revision}`);
    expect(await saveStatus(deputy.page).textContent()).toContain('Đã lưu lúc');
    await screenshot(deputy.page, 'safety-05-conflict-kept-mine-phone');

    // Second round, on the chief's screen (still on the revision the chief saved): the chief changes the
    // summary, saves, sees the conflict, copies a part of the current text, and takes the current version.
    await chief.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.baseUrl });
    await chief.page.locator('#article-summary').fill('Tóm tắt mà Trưởng ban sẽ bỏ.');
    await save(chief.page);
    const chiefPanel = chief.page.getByTestId('article-conflict');
    await chiefPanel.waitFor();
    expect(await chiefPanel.getByTestId('conflict-body-theirs').inputValue()).toContain(deputyText);
    expect(await chiefPanel.getByTestId('conflict-summary-mine').textContent()).toBe('Tóm tắt mà Trưởng ban sẽ bỏ.');
    expect(await chiefPanel.getByTestId('conflict-summary-theirs').textContent()).toBe('Tóm tắt ban đầu.');
    const bodyRow = chiefPanel.getByTestId('conflict-row-body');
    // Each side of a rich-text field can be copied whole.
    await bodyRow.locator('.conflict-side').nth(1).getByRole('button', { name: 'Sao chép' }).click();
    await chiefPanel.getByText('Đã sao chép vào bộ nhớ tạm.').waitFor();
    const clipboard = await chief.page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toContain(deputyText);
    await screenshot(chief.page, 'safety-06-conflict-desktop');
    await expectAccessible(chief.page);

    await chiefPanel.getByTestId('article-take-theirs').click();
    await chief.page.getByTestId('article-notice').getByText(`Đã lấy bản hiện tại (phiên bản ${saved.revision}).`).waitFor();
    await chiefPanel.waitFor({ state: 'detached' });
    expect(await chief.page.locator('#article-summary').inputValue()).toBe('Tóm tắt ban đầu.');
    expect(await bodyText(chief.page)).toContain(deputyText);
    // Nothing left to save: the screen is the current revision.
    expect(await chief.page.getByTestId('article-save').isDisabled()).toBe(true);
    expect((await getArticle(article.id)).revision).toBe(saved.revision);

    // Third round, field by field: the chief saves a new title; the deputy, still on the revision they saved,
    // changes the title and the summary, is refused, and keeps the chief's title with their own summary.
    await chief.page.locator('#article-title').fill(`${chiefTitle} – lần 2`);
    await save(chief.page);
    await saveStatus(chief.page).getByText('Đã lưu lúc').waitFor();
    await deputy.page.locator('#article-title').fill(`${chiefTitle} – Phó sửa`);
    await deputy.page.locator('#article-summary').fill('Tóm tắt do Phó Trưởng ban viết.');
    await save(deputy.page);
    await panel.waitFor();
    await panel.getByTestId('conflict-title-use-theirs').click();
    expect(await panel.getByTestId('conflict-title-use-theirs').getAttribute('aria-pressed')).toBe('true');
    expect(await panel.getByTestId('conflict-summary-use-mine').getAttribute('aria-pressed')).toBe('true');
    await panel.getByTestId('article-save-mixed').click();
    await deputy.page
      .getByTestId('article-notice')
      .getByText(/^Đã lưu bản của bạn thành phiên bản \d+\.$/)
      .waitFor();
    const mixed = await getArticle(article.id);
    expect(mixed.title).toBe(`${chiefTitle} – lần 2`);
    expect(mixed.summary).toBe('Tóm tắt do Phó Trưởng ban viết.');
    expect(mixed.body).toContain(deputyText);
  });

  it('should offer back what was typed when the tab was closed without saving, and forget it when discarded', async () => {
    const article = await draft('Tab bị đóng', '<p>Nội dung đã lưu trên máy chủ.</p>');
    const chief = await session(DEMO.chief);
    const typed = `Đoạn chưa lưu số ${uniqueNumber()} gõ trước khi tab bị đóng.`;
    await openEditor(chief.page, article);
    await typeInBody(chief.page, typed);
    await chief.page.locator('#article-summary').fill('Tóm tắt chưa lưu.');
    // The backstop keeps the form every 5 s (and when the page is hidden): wait until it is in IndexedDB.
    await until(
      () => keptDrafts(chief.page),
      (json) => json.includes(typed),
      15_000,
    );

    // Closing the tab asks first (the browser's own prompt): answer "leave".
    const prompt = new Promise<Dialog>((resolve) => chief.page.once('dialog', resolve));
    const closed = chief.page.close({ runBeforeUnload: true });
    const dialog = await prompt;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.accept();
    await closed;
    expect((await getArticle(article.id)).body).not.toContain(typed);

    // A new tab in the same browser: the unsaved text is offered back, then restored.
    const page2 = await chief.context.newPage();
    const problems2 = watchConsole(page2);
    await openEditor(page2, article);
    const offer = page2.getByTestId('article-draft');
    await offer.waitFor();
    expect(await offer.textContent()).toMatch(/Có bản chưa lưu từ \d\d\/\d\d\/\d{4} \d\d:\d\d trên máy này\./);
    expect(await bodyText(page2)).not.toContain(typed);
    await screenshot(page2, 'safety-07-backstop-offer');
    await expectAccessible(page2);
    await page2.getByTestId('article-draft-restore').click();
    await offer.waitFor({ state: 'detached' });
    expect(await bodyText(page2)).toContain(typed);
    expect(await page2.locator('#article-summary').inputValue()).toBe('Tóm tắt chưa lưu.');
    expect(await saveStatus(page2).textContent()).toContain('Có thay đổi chưa lưu.');
    await screenshot(page2, 'safety-08-backstop-restored');

    // Closed again (without the prompt this time); reopened; "Bỏ" forgets the kept text.
    await page2.close();
    const page3 = await chief.context.newPage();
    const problems3 = watchConsole(page3);
    await openEditor(page3, article);
    await page3.getByTestId('article-draft').waitFor();
    await page3.getByTestId('article-draft-discard').click();
    await page3.getByTestId('article-draft').waitFor({ state: 'detached' });
    expect(await bodyText(page3)).not.toContain(typed);
    await until(
      () => keptDrafts(page3),
      (json) => json === '[]',
    );
    await page3.reload();
    await page3.getByTestId('article-heading').waitFor();
    await body(page3).waitFor();
    expect(await page3.getByTestId('article-draft').count()).toBe(0);

    // Saving clears the kept copy too: type, wait for the backstop, save.
    await typeInBody(page3, typed);
    await until(
      () => keptDrafts(page3),
      (json) => json.includes(typed),
      15_000,
    );
    await save(page3);
    await saveStatus(page3).getByText('Đã lưu lúc').waitFor();
    await until(
      () => keptDrafts(page3),
      (json) => json === '[]',
    );
    expect((await getArticle(article.id)).body).toContain(typed);
    expect(unexpected([...problems2(), ...problems3()])).toEqual([]);
  });

  it('should ask before leaving with unsaved changes, and stay, save or drop them as answered', async () => {
    const article = await draft('Rời trang khi chưa lưu', '<p>Nội dung đã lưu.</p>');
    const chief = await session(DEMO.chief);
    const page = chief.page;
    await openEditor(page, article);

    // Without changes, leaving asks nothing.
    await page.getByTestId('nav-articles').first().click();
    await page.waitForURL(`**/admin/sites/${DEMO_SITE}/tin-bai`);
    await openEditor(page, article);

    const typed = 'Câu gõ thêm chưa lưu.';
    await typeInBody(page, typed);
    await page.getByTestId('nav-media').first().click();
    const question = page.getByRole('alertdialog', { name: 'Rời trang khi còn thay đổi chưa lưu?' });
    await question.waitFor();
    expect(await question.textContent()).toContain('Những gì bạn vừa sửa chưa được lưu lên máy chủ.');
    // "Stay" is the default answer: it has the focus.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('leave-stay');
    await screenshot(page, 'safety-09-leave-question');
    await expectAccessible(page);

    // Stay: the page and the text remain.
    await question.getByTestId('leave-stay').click();
    await question.waitFor({ state: 'detached' });
    expect(page.url()).toBe(editorUrl(article.id));
    expect(await bodyText(page)).toContain(typed);

    // Escape is "stay" too.
    await page.getByTestId('nav-media').first().click();
    await question.waitFor();
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    expect(page.url()).toBe(editorUrl(article.id));

    // Save, then leave: the text is on the server and the library opens.
    await page.getByTestId('nav-media').first().click();
    await question.getByTestId('leave-save').click();
    await page.waitForURL(`**/admin/sites/${DEMO_SITE}/thu-vien`);
    expect((await getArticle(article.id)).body).toContain(typed);

    // Leave and drop: the text is gone from the server's point of view (never sent).
    await openEditor(page, article);
    const dropped = 'Câu này sẽ bị bỏ.';
    await typeInBody(page, dropped);
    await page.getByTestId('nav-articles').first().click();
    await question.getByTestId('leave-discard').click();
    await page.waitForURL(`**/admin/sites/${DEMO_SITE}/tin-bai`);
    expect((await getArticle(article.id)).body).not.toContain(dropped);
  });
});

import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { encodeTcvn3, encodeVni } from '@congxa/shared/text';
import { apiJson, apiToken, DEMO, DEMO_SITE, openAdmin, signIn } from './admin-session';
import { axeViolations, launchChromium, screenshot } from './chromium';
import { describeBrowser, sharedApp, uniqueNumber, type SharedApp } from './shared-app';

/**
 * Pasting text typed in the old .VnTime (TCVN3) or VNI fonts into the article editor: the editor holds
 * the paste, shows the text before and after conversion, and inserts what the user chooses. Unicode and
 * English pastes go straight in.
 */
const CONTRIBUTOR = DEMO.contributor;
/** Unique: the app is shared with the other browser test files (and their articles). */
const TITLE = `Lịch tiếp công dân tháng Mười hai số ${uniqueNumber()}`;
const NOTICE = [
  'Ủy ban nhân dân xã Ân Hảo Đông thông báo lịch tiếp công dân tháng Mười hai.',
  'Người dân đến Bộ phận Một cửa vào sáng thứ Hai.',
  'Mọi thắc mắc xin liên hệ số điện thoại 0256 3888 999.',
].join('\n');

/** A paste as the browser fires it: a ClipboardEvent whose DataTransfer holds the plain text. Returns defaultPrevented. */
function syntheticPaste(target: Locator, text: string): Promise<boolean> {
  return target.evaluate((el, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    // Word also puts HTML on the clipboard; the conversion reads the plain text.
    data.setData('text/html', `<p style="font-family:.VnTime">${pasted}</p>`);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    // The caret's element is the event's target, as in a real paste.
    const selection = document.getSelection();
    const anchor = selection?.anchorNode;
    const target = anchor && el.contains(anchor) ? (anchor instanceof Element ? anchor : anchor.parentElement!) : el;
    target.dispatchEvent(event);
    return event.defaultPrevented;
  }, text);
}

describeBrowser('paste conversion in the article editor (Chromium)', () => {
  let app: SharedApp;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page;
  let problems: () => string[];
  let editorUrl = '';

  beforeAll(async () => {
    app = sharedApp();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    ({ context, page, problems } = await openAdmin(browser));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.baseUrl });
    page.setDefaultTimeout(10_000);
    await signIn(app.baseUrl, page, CONTRIBUTOR);
  });

  afterEach(async () => {
    // Undefined when beforeAll or beforeEach failed: that failure is the one to report.
    const current = context;
    context = undefined;
    if (!current) return;
    await current.close();
    // Only the expected 401: the session refresh at start-up, before signing in.
    expect(problems().filter((p) => p !== 'HTTP 401 POST /api/v1/auth/refresh')).toEqual([]);
  });

  const dialog = () => page.getByRole('dialog', { name: 'Chuyển văn bản dán vào sang Unicode?' });
  const body = () => page.getByRole('textbox', { name: 'Nội dung', exact: true });
  /** The body's text as a reader sees it (a trailing space typed in a contenteditable is a no-break space). */
  const bodyText = async () => (await body().innerText()).replace(/\u00a0/g, ' ');

  /** The contributor's draft (created through the API the first time: creating is not what is under test here). */
  async function openEditor(): Promise<void> {
    if (!editorUrl) {
      const token = await apiToken(app.baseUrl, CONTRIBUTOR);
      const created = await apiJson<{ id: string }>(app.baseUrl, token, 'POST', `/sites/${DEMO_SITE}/articles`, { title: TITLE });
      editorUrl = `${app.baseUrl}/admin/sites/${DEMO_SITE}/tin-bai/${created.id}`;
    }
    await page.goto(editorUrl);
    await page.getByTestId('article-heading').getByText(TITLE).waitFor();
    await body().waitFor();
  }

  it('should offer Unicode with a before/after preview and insert the converted text when TCVN3 is pasted into the body', async () => {
    await openEditor();
    await body().click();
    await page.keyboard.type('Mở đầu. ');

    const legacy = encodeTcvn3(NOTICE);
    expect(legacy).toContain('\u00ad'); // "ư" is the soft hyphen in TCVN3
    expect(await syntheticPaste(body(), legacy)).toBe(true);

    await dialog().waitFor();
    expect(await dialog().textContent()).toContain('bảng mã TCVN3 (phông .VnTime)');
    expect(await page.getByTestId('paste-before').innerText()).toBe(legacy);
    expect(await page.getByTestId('paste-after').innerText()).toBe(NOTICE);
    // Nothing went in yet.
    expect(await bodyText()).toBe('Mở đầu. ');
    // The one-click answer has the focus.
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Chuyển sang Unicode');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'paste-01-tcvn3-dialog');

    // Tab goes round the dialog's own controls (two scrollable previews, two buttons), never out of it.
    const focused: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      focused.push(
        await page.evaluate(() => (document.activeElement?.closest('dialog') ? (document.activeElement?.getAttribute('data-testid') ?? '') : 'OUTSIDE')),
      );
    }
    expect(focused).toEqual(['paste-keep', 'paste-before', 'paste-after', 'paste-accept', 'paste-keep']);
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('paste-accept');

    await page.getByRole('button', { name: 'Chuyển sang Unicode' }).click();
    await dialog().waitFor({ state: 'detached' });
    const lines = NOTICE.split('\n');
    expect((await bodyText()).split('\n').filter(Boolean)).toEqual([`Mở đầu. ${lines[0]}`, ...lines.slice(1)]);
    // Focus is back in the body, after the inserted text: typing goes on from there.
    await page.keyboard.type(' Xin cảm ơn.');
    expect(await bodyText()).toContain('0256 3888 999. Xin cảm ơn.');
    await screenshot(page, 'paste-02-tcvn3-converted');

    // Saved as Unicode: the editor's model followed the insertion.
    await page.keyboard.press('Control+s');
    await page.getByText(/^Đã lưu lúc /).waitFor();
    await page.reload();
    await body().getByText('Người dân đến Bộ phận Một cửa vào sáng thứ Hai.').waitFor();
    expect(await body().innerText()).not.toContain('\u00ad');
  });

  it('should keep the text as pasted when the user presses Esc, and convert VNI in the title when accepted', async () => {
    await openEditor();
    const title = page.locator('#article-title');
    const vni = encodeVni('Thông báo tiếp công dân');

    // A real paste through the clipboard (Ctrl+V), into the title's end.
    await page.evaluate((text) => navigator.clipboard.writeText(text), vni);
    await title.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' – ');
    await page.keyboard.press('Control+V');
    await dialog().waitFor();
    expect(await dialog().textContent()).toContain('bảng mã VNI (phông VNI-Times)');
    expect(await page.getByTestId('paste-after').innerText()).toBe('Thông báo tiếp công dân');
    await screenshot(page, 'paste-03-vni-title');
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
    expect(await title.inputValue()).toBe(`${TITLE} – ${vni}`);

    // Again, accepted this time: the pasted text replaces the selection, converted.
    await title.click();
    await title.selectText();
    await page.keyboard.press('Control+V');
    await dialog().waitFor();
    await page.keyboard.press('Enter'); // the focused button: "Chuyển sang Unicode"
    await dialog().waitFor({ state: 'detached' });
    expect(await title.inputValue()).toBe('Thông báo tiếp công dân');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('article-title');
  });

  it('should let Unicode Vietnamese and English pastes straight in with no dialog', async () => {
    await openEditor();
    const unicode = 'Ủy ban nhân dân xã Ân Hảo Đông thông báo lịch tiếp công dân.';
    const summary = page.locator('#article-summary');

    await page.evaluate((text) => navigator.clipboard.writeText(text), unicode);
    await summary.click();
    await summary.fill('');
    await page.keyboard.press('Control+V');
    expect(await summary.inputValue()).toBe(unicode);

    await page.evaluate((text) => navigator.clipboard.writeText(text), 'Notice: citizen reception schedule for December.');
    await body().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+V');
    await body().getByText('Notice: citizen reception schedule for December.').waitFor();

    // A paste with Word's HTML beside the Unicode text is not held either: the editor inserts it at once.
    await syntheticPaste(body(), unicode);
    await body().getByText(unicode).waitFor();
    expect(await dialog().count()).toBe(0);
    await screenshot(page, 'paste-04-unicode-untouched');
  });
});

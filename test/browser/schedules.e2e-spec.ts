import type { Browser, Page } from 'playwright-core';
import { currentWeek, shiftWeek, weekDays } from '@congxa/shared/schedule';
import { apiJson, apiToken, DEMO, DEMO_SITE, signedIn, type AdminSession } from './admin-session';
import { axeViolations, horizontalOverflow, launchChromium, newTestContext, screenshot } from './chromium';
import { describeBrowser, sharedApp, type SharedApp } from './shared-app';

/**
 * The weekly work schedule (QC Điều 5.4) from the office to the resident's phone: the contributor opens
 * "Lịch công tác", starts next week's schedule (the demo has this week's, so next week is offered), which
 * starts from last week's recurring rows (the Monday briefing, Thursday's citizen reception), adds a row in
 * the rows table and submits; the review goes through the API (set-up); then the public week shows the
 * rows day by day, this week marks today and the adjusted rows, and the calendar feed is linked. Axe on
 * every screen; no sideways scrolling on a phone.
 */
const THIS_WEEK = currentWeek();
const NEXT_WEEK = shiftWeek(THIS_WEEK, 1);
const NEXT_DAYS = weekDays(NEXT_WEEK);
const dmy = (day: string) => day.split('-').reverse().join('/');
const ADDED = 'Kiểm tra công tác phòng cháy chữa cháy tại chợ xã';

const EXPECTED_PROBLEMS: RegExp[] = [/^HTTP 401 POST \/api\/v1\/auth\/refresh$/];
const isExpected = (problem: string) => EXPECTED_PROBLEMS.some((p) => p.test(problem));

describeBrowser('weekly schedules, admin and portal (Chromium)', () => {
  let app: SharedApp;
  let browser: Browser;
  const sessions: AdminSession[] = [];
  let scheduleId = '';

  beforeAll(async () => {
    app = sharedApp();
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const s of sessions) await s.context.close();
    await browser?.close();
  });

  async function signIn(email: string, options: { phone?: boolean } = {}): Promise<Page> {
    const session = await signedIn(browser, app.baseUrl, email, options);
    sessions.push(session);
    return session.page;
  }

  const unexpectedProblems = () => sessions.flatMap((s) => s.problems()).filter((p) => !isExpected(p));

  async function expectAccessible(page: Page, screen: string): Promise<void> {
    expect({ screen, violations: await axeViolations(page) }).toEqual({ screen, violations: [] });
  }

  it('should let the contributor start next week from last week’s recurring rows, add a row and submit it', async () => {
    const page = await signIn(DEMO.contributor);
    await page.getByTestId('main-nav').getByRole('link', { name: 'Lịch công tác', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Lịch công tác' }).waitFor();
    await page.getByTestId('list-count').waitFor();
    await expectAccessible(page, 'schedule list');

    await page.getByTestId('new-item').click();
    const panel = page.getByTestId('new-week-panel');
    await panel.waitFor();
    const select = page.getByTestId('new-week-select');
    await select.locator('option', { hasText: 'đã có lịch' }).first().waitFor({ state: 'attached' });
    // This week has the demo's schedule: it cannot be chosen, next week is offered.
    expect(await select.inputValue()).toBe(NEXT_WEEK);
    expect(await select.locator(`option[value="${THIS_WEEK}"]`).isDisabled()).toBe(true);
    expect(await page.getByLabel('Chép các việc lặp lại hằng tuần từ lịch tuần trước').isChecked()).toBe(true);
    await expectAccessible(page, 'new week panel');
    await screenshot(page, 'schedules-01-new-week');
    await page.getByTestId('new-week-create').click();
    await page.waitForURL(/\/lich-cong-tac\/[0-9a-f-]{36}$/);
    scheduleId = /\/lich-cong-tac\/([0-9a-f-]{36})$/.exec(page.url())![1]!;

    // The recurring rows, carried to next week's Monday and Thursday.
    const rows = page.getByTestId('rows-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(2);
    expect(await page.locator('#schedule-rows-0-date').inputValue()).toBe(dmy(NEXT_DAYS[0]!));
    expect(await page.locator('#schedule-rows-0-activity').inputValue()).toBe('Giao ban lãnh đạo UBND xã đầu tuần');
    expect(await page.locator('#schedule-rows-1-date').inputValue()).toBe(dmy(NEXT_DAYS[3]!));

    // A row of its own on Wednesday afternoon.
    await page.getByTestId('rows-add').click();
    await page.locator('#schedule-rows-2-date').fill(dmy(NEXT_DAYS[2]!));
    await page.locator('#schedule-rows-2-date').blur();
    await page.locator('#schedule-rows-2-time').fill('14:00');
    await page.locator('#schedule-rows-2-activity').fill(ADDED);
    await page.locator('#schedule-rows-2-presiding').fill('Đ/c Lê Quang Vinh – Phó Chủ tịch UBND xã');
    await page.locator('#schedule-rows-2-location').fill('Chợ Ân Hảo');
    await page.locator('#schedule-fieldId').selectOption({ label: 'Kinh tế' });
    await page.getByLabel('Tôi xác nhận nội dung không chứa thông tin bí mật nhà nước.').check();
    await page.keyboard.press('Control+s');
    await page.locator('.save-panel__status').getByText('Đã lưu lúc', { exact: false }).waitFor();
    await expectAccessible(page, 'schedule editor');
    await screenshot(page, 'schedules-02-editor');

    const token = await apiToken(app.baseUrl, DEMO.contributor);
    const saved = await apiJson<{ week: string; rows: Record<string, string | null>[] }>(
      app.baseUrl,
      token,
      'GET',
      `/sites/${DEMO_SITE}/schedules/${scheduleId}`,
    );
    expect(saved.week).toBe(NEXT_WEEK);
    expect(saved.rows.map((r) => [r.date, r.time, r.activity])).toEqual([
      [NEXT_DAYS[0], '07:30', 'Giao ban lãnh đạo UBND xã đầu tuần'],
      [NEXT_DAYS[3], '07:30', 'Tiếp công dân định kỳ'],
      [NEXT_DAYS[2], '14:00', ADDED],
    ]);

    await page.getByTestId('workflow-actions').getByRole('button', { name: 'Gửi duyệt', exact: true }).click();
    await page.getByRole('dialog', { name: 'Gửi duyệt' }).getByTestId('transition-confirm').click();
    await page.getByTestId('schedule-status').getByText('Đã gửi').waitFor();
    expect(unexpectedProblems()).toEqual([]);
  });

  it('should show the approved week on the portal day by day, and pass axe on a phone without sideways scrolling', async () => {
    // Review and approval (set-up through the API): the field's editor verifies, the deputy forwards, the chief approves.
    const deputy = await apiToken(app.baseUrl, DEMO.deputy);
    const members = await apiJson<{ items: { userId: string; fullName: string }[] }>(app.baseUrl, deputy, 'GET', `/sites/${DEMO_SITE}/members`);
    const editorId = members.items.find((m) => m.fullName === 'Lê Văn Biên')!.userId;
    const transition = async (email: string, body: object) =>
      apiJson(app.baseUrl, await apiToken(app.baseUrl, email), 'POST', `/sites/${DEMO_SITE}/schedules/${scheduleId}/transitions`, body);
    await transition(DEMO.deputy, { action: 'assign', assigneeId: editorId });
    await transition(DEMO.editor, { action: 'verify' });
    await transition(DEMO.deputy, { action: 'forward' });
    await transition(DEMO.chief, { action: 'approve' });

    const context = await newTestContext(browser, { phone: true });
    try {
      const page = await context.newPage();
      await page.goto(`${app.baseUrl}/lich-cong-tac/${NEXT_WEEK.toLowerCase()}`);
      const wednesday = page.locator(`[data-date="${NEXT_DAYS[2]}"]`);
      await wednesday.getByText(ADDED).waitFor();
      expect(await wednesday.getByRole('heading').textContent()).toContain(`Thứ Tư, ${dmy(NEXT_DAYS[2]!)}`);
      expect(await page.getByTestId('schedule-row').count()).toBe(3);
      expect(await page.getByTestId('schedule-adjusted').count()).toBe(0);
      await expectAccessible(page, 'portal week (phone)');
      expect(await horizontalOverflow(page)).toBe(0);
      await screenshot(page, 'schedules-03-portal-week-phone');

      // This week (the demo's): today marked, the adjusted rows say so, the cancelled one struck through.
      await page.getByTestId('schedule-prev').click();
      await page.waitForURL(/\/lich-cong-tac\/\d{4}-w\d{2}$/);
      await page.locator('[aria-current="date"]').waitFor();
      expect(await page.getByTestId('schedule-adjusted').count()).toBe(2);
      expect(await page.getByTestId('schedule-adjusted').first().textContent()).toMatch(/^Điều chỉnh lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
      expect(await page.getByTestId('schedule-cancelled').count()).toBe(1);
      expect(await page.getByTestId('schedule-ics').getAttribute('href')).toBe('/lich-cong-tac.ics');
      await expectAccessible(page, 'portal this week (phone)');
      expect(await horizontalOverflow(page)).toBe(0);
      await screenshot(page, 'schedules-04-portal-this-week-phone');
    } finally {
      await context.close();
    }
  });
});

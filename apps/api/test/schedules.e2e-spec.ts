import type { PublicScheduleSummary, PublicScheduleWeek } from '@congxa/shared/dto/schedules';
import { currentWeek, shiftWeek, weekDays } from '@congxa/shared/schedule';
import { bearer, createTestApp, DEMO_SITE_SLUG, type DemoLogin, seedDemoAndLogin, type TestApp } from '../src/test-support/test-app';

const SITE = `/api/v1/sites/${DEMO_SITE_SLUG}`;
const PUBLIC = '/api/v1/public';
/** A week far from the demo's (this week and last week). */
const WEEK = '2030-W10';
const DAYS = weekDays(WEEK);

describe('weekly schedules (HTTP, real database)', () => {
  let t: TestApp;
  let tokens: Record<DemoLogin, string>;
  let fieldId: string;

  const as = (who: DemoLogin) => ({
    get: (path: string) => t.http().get(`${SITE}${path}`).set(bearer(tokens[who])),
    post: (path: string, body: object) => t.http().post(`${SITE}${path}`).set(bearer(tokens[who])).send(body),
    patch: (path: string, body: object) => t.http().patch(`${SITE}${path}`).set(bearer(tokens[who])).send(body),
  });
  const act = (who: DemoLogin, id: string, body: object) => as(who).post(`/schedules/${id}/transitions`, body);
  const pub = (path: string) => t.http().get(path).set('Host', 'localhost');
  const weekOf = async (segment: string): Promise<PublicScheduleWeek> => (await pub(`${PUBLIC}/schedules/${segment}`).expect(200)).body;

  const rows = [
    {
      date: DAYS[0],
      time: '07:30',
      activity: 'Giao ban lãnh đạo UBND xã',
      presiding: 'Chủ tịch UBND xã',
      participants: 'Các Phó Chủ tịch',
      location: 'Phòng họp số 1',
    },
    { date: DAYS[1], time: null, activity: 'Tiếp công dân định kỳ', presiding: 'Chủ tịch UBND xã', location: 'Trụ sở tiếp công dân' },
    { date: DAYS[3], time: '14:00', activity: 'Kiểm tra công trình đường bê tông thôn 3', presiding: 'Phó Chủ tịch UBND xã', preparing: 'Công chức Địa chính' },
  ];

  /** Submitted by the contributor, forwarded via the editor, approved by the chief. */
  async function publish(id: string): Promise<void> {
    await act('contributor', id, { action: 'submit' }).expect(201);
    const editor = (await t.ds.query(`SELECT id FROM users WHERE email = 'editor@demo.local'`))[0].id;
    await act('deputy', id, { action: 'assign', assigneeId: editor }).expect(201);
    await act('editor', id, { action: 'verify' }).expect(201);
    await act('deputy', id, { action: 'forward' }).expect(201);
    await act('chief', id, { action: 'approve' }).expect(201);
  }

  beforeAll(async () => {
    t = await createTestApp();
    tokens = await seedDemoAndLogin(t);
    [{ id: fieldId }] = await t.ds.query(`SELECT f.id FROM fields f JOIN sites s ON s.id = f.site_id WHERE s.slug = $1 AND f.slug = 'kinh-te'`, [
      DEMO_SITE_SLUG,
    ]);
  }, 120_000);
  afterAll(() => t?.close());

  let id: string;

  it('should save a week with rows, give each row an id and refuse a row outside the week or a bad cell, field by field', async () => {
    const created = await as('contributor').post('/schedules', { title: 'Lịch công tác tuần 10', week: WEEK, slug: '2030-w10' }).expect(201);
    id = created.body.id;
    const outside = await as('contributor')
      .patch(`/schedules/${id}`, { revision: created.body.revision, rows: [{ ...rows[0], date: shiftWeek(WEEK, 1).slice(0, 4) + '-03-20' }] })
      .expect(422);
    expect(outside.body).toMatchObject({ code: 'CONTENT_INCOMPLETE', details: { invalid: ['rows'] } });
    const badTime = await as('contributor')
      .patch(`/schedules/${id}`, { revision: created.body.revision, rows: [{ ...rows[0], time: '25:00' }] })
      .expect(400);
    expect(JSON.stringify(badTime.body)).toContain('rows.0.time');
    const noActivity = await as('contributor')
      .patch(`/schedules/${id}`, { revision: created.body.revision, rows: [{ ...rows[0], activity: null }] })
      .expect(400);
    expect(JSON.stringify(noActivity.body)).toContain('rows.0.activity');
    const unknown = await as('contributor')
      .patch(`/schedules/${id}`, { revision: created.body.revision, rows: [{ ...rows[0], color: 'red' }] })
      .expect(400);
    expect(JSON.stringify(unknown.body)).toContain('color');
    const badWeek = await as('contributor').patch(`/schedules/${id}`, { revision: created.body.revision, week: '2030-W60' }).expect(422);
    expect(badWeek.body.details).toEqual({ invalid: ['week'] });

    const saved = await as('contributor').patch(`/schedules/${id}`, { revision: created.body.revision, rows, fieldId, noSecretConfirmed: true }).expect(200);
    expect(saved.body.rows).toHaveLength(3);
    for (const r of saved.body.rows) expect(r.id).toMatch(/^[0-9a-f-]{36}$/);
    // Empty cells are stored as null; nothing but the declared columns.
    expect(saved.body.rows[1]).toEqual({ id: expect.any(String), ...rows[1], participants: null, preparing: null });
  });

  it('should refuse a second schedule for the same week (409 naming the week) and allow it for another week', async () => {
    const other = await as('contributor').post('/schedules', { title: 'Lịch trùng tuần', week: WEEK }).expect(409);
    expect(other.body).toMatchObject({ code: 'SCHEDULE_WEEK_TAKEN', details: { field: 'week', itemId: id } });
    const next = await as('contributor')
      .post('/schedules', { title: 'Lịch tuần sau', week: shiftWeek(WEEK, 1) })
      .expect(201);
    const moved = await as('contributor').patch(`/schedules/${next.body.id}`, { revision: next.body.revision, week: WEEK }).expect(409);
    expect(moved.body.code).toBe('SCHEDULE_WEEK_TAKEN');
  });

  it('should show an unpublished week as empty, with its days and neighbours, and 404 a segment that is no week', async () => {
    const empty = await weekOf('2030-w10');
    expect(empty).toMatchObject({ week: WEEK, published: false, rows: [], previousWeek: '2030-W09', nextWeek: '2030-W11', today: null });
    expect(empty.days).toEqual(DAYS);
    await pub(`${PUBLIC}/schedules/2030-w60`).expect(404);
    await pub(`${PUBLIC}/schedules/tuan-nay`).expect(404);
  });

  it('should publish the week through the chain, sorted by day and time, with no row marked as adjusted', async () => {
    await publish(id);
    const week = await weekOf('2030-w10');
    expect(week.published).toBe(true);
    expect(week.rows.map((r) => r.activity)).toEqual(rows.map((r) => r.activity));
    expect(week.rows.every((r) => r.adjustedAt === null)).toBe(true);
    expect(week.cancelled).toEqual([]);
    const list: PublicScheduleSummary[] = (await pub(`${PUBLIC}/schedules`).expect(200)).body;
    expect(list.find((w) => w.week === WEEK)).toMatchObject({ rows: 3 });
  });

  it('should mark the rows a new edition changed or added with its publication time, and list a removed row as cancelled', async () => {
    const current = (await as('contributor').get(`/schedules/${id}`).expect(200)).body;
    const [first, second, third] = current.rows;
    const changed = [first, { ...second, location: 'Hội trường UBND xã' }, { date: DAYS[4], time: '09:00', activity: 'Họp Ban chỉ đạo chuyển đổi số' }];
    expect(third.activity).toContain('Kiểm tra');
    const saved = await as('contributor').patch(`/schedules/${id}`, { revision: current.revision, rows: changed, noSecretConfirmed: true }).expect(200);
    expect(saved.body.edition).toBe(2);
    // Until the chief approves the new edition, the public sees the first one unchanged.
    expect((await weekOf('2030-w10')).rows.map((r) => r.time)).toEqual(['07:30', null, '14:00']);
    await publish(id);
    const week = await weekOf('2030-w10');
    const by = Object.fromEntries(week.rows.map((r) => [r.activity, r.adjustedAt]));
    expect(by['Giao ban lãnh đạo UBND xã']).toBeNull();
    expect(by['Tiếp công dân định kỳ']).toEqual(expect.any(String));
    expect(by['Họp Ban chỉ đạo chuyển đổi số']).toBe(by['Tiếp công dân định kỳ']);
    expect(Date.parse(by['Tiếp công dân định kỳ']!)).toBeGreaterThan(Date.parse(week.publishedAt!));
    expect(week.cancelled).toEqual([expect.objectContaining({ activity: third.activity, cancelledAt: by['Tiếp công dân định kỳ'] })]);
  });

  it('should answer the current week in Vietnam time, and serve an iCalendar feed with one event per row', async () => {
    expect((await weekOf('current')).week).toBe(currentWeek());
    const res = await pub('/lich-cong-tac.ics').expect(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    // Long lines are folded at 75 octets (RFC 5545 §3.1): read them unfolded.
    const ics = res.text.replace(/\r\n[ \t]/g, '');
    // The demo's weeks are in the feed; 2030 is too far ahead to be left out (only past weeks are cut).
    expect(ics).toContain('SUMMARY:Họp Ban chỉ đạo chuyển đổi số');
    // 09:00 in Hà Nội is 02:00 UTC; an untimed row is an all-day event.
    expect(ics).toContain(`DTSTART:${DAYS[4].replace(/-/g, '')}T020000Z`);
    expect(ics).toContain(`DTSTART;VALUE=DATE:${DAYS[1].replace(/-/g, '')}`);
    expect(ics).toContain('DESCRIPTION:Chủ trì: Chủ tịch UBND xã\\nThành phần: Các Phó Chủ tịch');
    expect(ics).not.toContain('Kiểm tra công trình đường bê tông thôn 3');
    const etag = res.headers.etag;
    await pub('/lich-cong-tac.ics').set('If-None-Match', etag).expect(304);
  });

  it('should seed the demo with last week and this week, this week adjusted once: two rows marked, one cancelled', async () => {
    const now = await weekOf('current');
    expect(now).toMatchObject({ published: true, today: expect.any(String) });
    expect(now.rows.filter((r) => r.adjustedAt).map((r) => r.activity)).toEqual([
      'Làm việc với Đoàn kiểm tra của UBND tỉnh về cải cách hành chính',
      'Họp triển khai công tác chuẩn bị Tết Nguyên đán',
    ]);
    expect(now.cancelled.map((r) => r.activity)).toEqual(['Dự ngày hội Đại đoàn kết toàn dân tộc tại thôn Hòa Hội']);
    const last = await weekOf(now.previousWeek.toLowerCase());
    expect(last).toMatchObject({ published: true, today: null, cancelled: [] });
    expect(last.rows.length).toBeGreaterThan(5);
    expect(last.rows.every((r) => r.adjustedAt === null)).toBe(true);
  });

  it('should find a published week by the words of its rows in the site search', async () => {
    const found = (await pub(`${PUBLIC}/search?q=${encodeURIComponent('chuyen doi so')}&type=schedule`).expect(200)).body;
    expect(found.items.map((i: { url: string }) => i.url)).toContain('/lich-cong-tac/2030-w10');
  });
});

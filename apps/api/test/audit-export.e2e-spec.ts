import type { AuditActionsResponse, AuditEntryResponse } from '@congxa/shared/dto/audit';
import type { Page } from '@congxa/shared/dto/common';
import type { MemberResponse } from '@congxa/shared/dto/members';
import { bearer, createTestApp, DEMO_EMAILS, DEMO_SITE_SLUG, type DemoLogin, seedDemoAndLogin, type TestApp } from '../src/test-support/test-app';

const SITE = `/api/v1/sites/${DEMO_SITE_SLUG}`;
const EXPORT = `${SITE}/audit/export.csv`;
const HEADER = 'Thời gian,Người thực hiện,Email,Hành động,Loại đối tượng,Mã đối tượng,Địa chỉ truy cập,Chi tiết';

/** A minimal RFC 4180 reader (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

describe('audit log: CSV export and action names (HTTP)', () => {
  let t: TestApp;
  let tokens: Record<DemoLogin, string>;
  let siteId: string;
  let invited: MemberResponse;

  const exportCsv = (query: string, who: DemoLogin = 'chief') =>
    t
      .http()
      .get(`${EXPORT}${query ? `?${query}` : ''}`)
      .set(bearer(tokens[who]))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
  const auditOf = async (action: string) =>
    ((await t.http().get(`${SITE}/audit?action=${action}&pageSize=100`).set(bearer(tokens.chief)).expect(200)).body as Page<AuditEntryResponse>).items;

  beforeAll(async () => {
    t = await createTestApp();
    tokens = await seedDemoAndLogin(t);
    [{ id: siteId }] = (await t.ds.query('SELECT id FROM sites WHERE slug = $1', [DEMO_SITE_SLUG])) as { id: string }[];
    // A name a spreadsheet would run as a formula, and one with a comma and quotes.
    invited = (
      await t
        .http()
        .post(`${SITE}/members`)
        .set(bearer(tokens.chief))
        .send({ email: 'csv@example.vn', fullName: '=HYPERLINK("http://evil","Bấm")', role: 'contributor' })
        .expect(201)
    ).body as MemberResponse;
  });
  afterAll(async () => {
    await t.close();
  });

  it('should answer a UTF-8 CSV with a BOM, the Vietnamese header and the filtered rows, newest first', async () => {
    const res = await exportCsv('action=member').expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="nhat-ky-${DEMO_SITE_SLUG}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-truncated']).toBeUndefined();
    const bytes = res.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    expect(rows[0]!.join(',')).toBe(HEADER);
    const data = rows.slice(1);
    const list = await auditOf('member');
    expect(data.map((r) => r[3])).toEqual(list.map((e) => e.action));
    expect(data.every((r) => r[3]!.startsWith('member.'))).toBe(true);

    const invite = data.find((r) => r[3] === 'member.invite' && r[5] === invited.id)!;
    expect(invite[0]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
    expect(invite.slice(1, 3)).toEqual(['Nguyễn Văn Trưởng', DEMO_EMAILS.chief]);
    expect(invite[4]).toBe('membership');
    expect(JSON.parse(invite[7]!)).toMatchObject({ email: 'csv@example.vn', role: 'contributor' });
  });

  it('should write times in Vietnam as dd/mm/yyyy HH:mm:ss', async () => {
    const [row] = await auditOf('member.invite');
    const data = parseCsv((await exportCsv(`targetId=${row!.targetId}`).expect(200)).body.toString('utf8').slice(1)).slice(1);
    const when = new Date(new Date(row!.createdAt).getTime() + 7 * 3600_000);
    const p = (n: number) => String(n).padStart(2, '0');
    const expected = `${p(when.getUTCDate())}/${p(when.getUTCMonth() + 1)}/${when.getUTCFullYear()} ${p(when.getUTCHours())}:${p(when.getUTCMinutes())}:${p(when.getUTCSeconds())}`;
    expect(data.map((r) => r[0])).toContain(expected);
  });

  it('should neutralise cells a spreadsheet would run as formulas, and keep commas, quotes and line breaks in one cell', async () => {
    // Text that reaches the log from people: an action name, a target type, an address as a proxy sent it.
    await t.ds.query(
      `INSERT INTO audit_log (site_id, action, target_type, client_address, details) VALUES ($1, '=SUM(1+1)', '@cmd', '-2+3', $2::jsonb), ($1, '+84', E'\tx', E'\ry', '{}')`,
      [siteId, JSON.stringify({ note: 'dòng 1\n"trích", dòng 2' })],
    );
    const text = (await exportCsv('').expect(200)).body.toString('utf8');
    const rows = parseCsv(text.slice(1));
    expect(rows.flat().filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    const formula = rows.find((r) => r[3] === "'=SUM(1+1)")!;
    expect(formula.slice(3, 7)).toEqual(["'=SUM(1+1)", "'@cmd", '', "'-2+3"]);
    expect(JSON.parse(formula[7]!)).toEqual({ note: 'dòng 1\n"trích", dòng 2' });
    expect(formula).toHaveLength(8);
    const other = rows.find((r) => r[3] === "'+84")!;
    expect(other.slice(4, 7)).toEqual(["'\tx", '', "'\ry"]);
  });

  it('should record the export itself, with its filters and row count, after reading the rows', async () => {
    const res = await exportCsv('action=member.invite&from=2020-01-01').expect(200);
    const rows = parseCsv(res.body.toString('utf8').slice(1)).length - 1;
    const [entry] = await auditOf('audit.export');
    expect(entry).toMatchObject({
      actor: { email: DEMO_EMAILS.chief },
      targetType: 'site',
      targetId: siteId,
      details: { filters: { action: 'member.invite', from: '2020-01-01' }, rows, truncated: false },
    });
    const again = parseCsv((await exportCsv('action=audit').expect(200)).body.toString('utf8').slice(1));
    expect(again.slice(1).every((r) => r[3] === 'audit.export')).toBe(true);
  });

  it('should stop at 50,000 rows and say so in X-Truncated', async () => {
    const values = Array.from({ length: 50_001 }, (_, i) => `('${siteId}', 'bulk.row', 'x', '{"n":${i}}'::jsonb)`);
    for (let i = 0; i < values.length; i += 10_000) {
      await t.ds.query(`INSERT INTO audit_log (site_id, action, target_type, details) VALUES ${values.slice(i, i + 10_000).join(',')}`);
    }
    const res = await exportCsv('action=bulk').expect(200);
    expect(res.headers['x-truncated']).toBe('true');
    expect(parseCsv(res.body.toString('utf8').slice(1)).length - 1).toBe(50_000);
    const [entry] = await auditOf('audit.export');
    expect(entry!.details).toMatchObject({ rows: 50_000, truncated: true });
  }, 120_000);

  it.each(['editor', 'contributor'] as const)('should answer 403 FORBIDDEN to the %s', async (who) => {
    const res = await t.http().get(EXPORT).set(bearer(tokens[who])).expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
    expect((await t.http().get(`${SITE}/audit/actions`).set(bearer(tokens[who])).expect(403)).body.code).toBe('FORBIDDEN');
  });

  it.each(['deputy', 'admin'] as const)('should let the %s export', async (who) => {
    await exportCsv('action=member', who).expect(200);
  });

  it.each([
    ['actorId=nope', 'actorId'],
    ['from=05/12/2026', 'from'],
    ['to=2026-W01', 'to'],
    [`action=${'a'.repeat(81)}`, 'action'],
    ['targetId=1&targetId=2', 'targetId'],
  ])('should refuse ?%s with 400 naming the parameter', async (query, field) => {
    const res = await t.http().get(`${EXPORT}?${query}`).set(bearer(tokens.chief)).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect((res.body.details as { field: string }[]).every((d) => d.field === field)).toBe(true);
  });

  it('should list the distinct action names of the site, sorted, for the deputy', async () => {
    const res = await t.http().get(`${SITE}/audit/actions`).set(bearer(tokens.deputy)).expect(200);
    const { actions } = res.body as AuditActionsResponse;
    expect(actions).toEqual([...new Set(actions)].sort());
    expect(actions).toEqual(expect.arrayContaining(['audit.export', 'member.invite', 'auth.login']));
    const [{ n }] = (await t.ds.query('SELECT count(DISTINCT action)::int AS n FROM audit_log WHERE site_id = $1', [siteId])) as { n: number }[];
    expect(actions).toHaveLength(n);
  });
});

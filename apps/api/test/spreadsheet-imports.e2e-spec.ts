import 'reflect-metadata';
import { Workbook } from 'exceljs';
import type { Response } from 'supertest';
import type { SpreadsheetImportResponse, SpreadsheetPreviewResponse } from '@congxa/shared/dto/imports';
import { todayInVietnam } from '@congxa/shared/legal';
import { DEMO_DOCUMENTS } from '../src/modules/demo/demo-content';
import { encodeWindows1258 } from '../src/modules/imports/txt/windows-1258';
import { cidFontPdf } from '../src/test-support/documents';
import { bearer, createTestApp, DEMO_SITE_SLUG, type DemoLogin, seedDemoAndLogin, type TestApp } from '../src/test-support/test-app';
import { compoundFile, redPng } from './fixtures/imports';

const SITE = `/api/v1/sites/${DEMO_SITE_SLUG}`;
const IMPORTS = `${SITE}/imports/document`;
const HEADERS = [
  'STT',
  'Số, ký hiệu',
  'Trích yếu',
  'Loại văn bản',
  'Ngày ban hành',
  'Ngày có hiệu lực',
  'Cơ quan ban hành',
  'Cấp ban hành',
  'Người ký',
  'Chức vụ',
  'Lĩnh vực',
  'Tên tệp',
];

/** `YYYY-MM-DD` `offset` days from today in Vietnam. */
const day = (offset: number): string => new Date(Date.parse(`${todayInVietnam()}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
const dmy = (iso: string) => iso.split('-').reverse().join('/');

/** A register as a commune keeps it: a title block, the header row, then the rows (dates as real date cells where given as Date). */
async function workbook(rows: unknown[][], title = 'SỔ ĐĂNG KÝ VĂN BẢN NĂM 2024'): Promise<Buffer> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Sổ văn bản');
  ws.addRow([title]);
  ws.addRow([]);
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('import of legal documents from a spreadsheet (HTTP, real database)', () => {
  let t: TestApp;
  let tokens: Record<DemoLogin, string>;
  let pdf12: Buffer;
  let pdf13: Buffer;

  const send = (who: DemoLogin, path: string, sheet: Buffer, name: string, files: [Buffer, string][] = [], fields: Record<string, string> = {}) => {
    const req = t.http().post(path).set(bearer(tokens[who]));
    for (const [k, v] of Object.entries(fields)) void req.field(k, v);
    void req.attach('file', sheet, { filename: name, contentType: 'application/octet-stream' });
    for (const [data, filename] of files) void req.attach('files', data, { filename, contentType: 'application/octet-stream' });
    return req;
  };
  const preview = async (who: DemoLogin, sheet: Buffer, name: string, files: [Buffer, string][] = []): Promise<SpreadsheetPreviewResponse> =>
    (await send(who, `${IMPORTS}/preview`, sheet, name, files).expect(200)).body;
  const counts = async () => {
    const [row] = (await t.ds.query(
      `SELECT (SELECT count(*) FROM content_items WHERE type = 'document')::int AS items, (SELECT count(*) FROM content_revisions)::int AS revisions, (SELECT count(*) FROM media)::int AS media`,
    )) as { items: number; revisions: number; media: number }[];
    return row!;
  };
  const refused = (res: Response) => [res.status, res.body.code];

  beforeAll(async () => {
    t = await createTestApp();
    tokens = await seedDemoAndLogin(t);
    pdf12 = await cidFontPdf([['ỦY BAN NHÂN DÂN XÃ ÂN HẢO ĐÔNG', 'QUYẾT ĐỊNH số 12/QĐ-UBND']]);
    pdf13 = await cidFontPdf([['ỦY BAN NHÂN DÂN XÃ ÂN HẢO ĐÔNG', 'KẾ HOẠCH số 13/KH-UBND']]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('should hand out a template whose headers the import recognises', async () => {
    const res = await t
      .http()
      .get(`${IMPORTS}/template.xlsx`)
      .set(bearer(tokens.contributor))
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new Workbook();
    await wb.xlsx.load(Buffer.from(res.body as Buffer) as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getRow(1).values).toEqual(expect.arrayContaining(['Số, ký hiệu', 'Trích yếu', 'Ngày ban hành', 'Lĩnh vực', 'Tệp']));
    const back = await preview('contributor', res.body as Buffer, 'mau.xlsx');
    expect(back.headerRow).toBe(1);
    expect(back.rows).toHaveLength(1);
    // The example names a file not sent and a field the demo site does not have.
    expect(back.rows[0]!.errors.map((e) => e.code).sort()).toEqual(['fileMissing', 'unknownField']);
  });

  it('should preview each row with its errors by column and write nothing', async () => {
    const before = await counts();
    const sheet = await workbook([
      [
        1,
        '12/QĐ-UBND',
        'Về việc ban hành quy chế quản lý chợ',
        'Quyết định',
        new Date(Date.UTC(2024, 0, 15)),
        '20/01/2024',
        'UBND xã Ân Hảo Đông',
        'Cấp xã',
        'Nguyễn Văn A',
        'Chủ tịch',
        'Kinh tế',
        '12-QD-UBND.pdf',
      ],
      [2, '13/KH-UBND', 'KH', 'Ke hoach', '31/02/2024', '', 'UBND xã', 'xã', '', '', 'Nông nghiệp', 'anh.pdf\nkhong-gui.pdf'],
    ]);
    // A picture named .pdf is judged by its bytes; a PDF no row names is reported as unused.
    const body = await preview('contributor', sheet, 'so-van-ban.xlsx', [
      [pdf12, '12-QD-UBND.pdf'],
      [await redPng(), 'anh.pdf'],
      [pdf13, 'thua.pdf'],
    ]);
    expect(body).toMatchObject({ type: 'document', format: 'xlsx', sheet: 'Sổ văn bản', headerRow: 3, counts: { rows: 2, valid: 1, invalid: 1, new: 1 } });
    expect(body.columns.find((c) => c.field === 'number')).toEqual({ letter: 'B', header: 'Số, ký hiệu', field: 'number' });
    const [ok, bad] = body.rows;
    expect(ok).toMatchObject({ row: 4, match: { kind: 'new' }, errors: [], files: [{ name: '12-QD-UBND.pdf', found: true }] });
    expect(ok!.content).toMatchObject({
      number: '12/QĐ-UBND',
      issuedOn: '2024-01-15',
      effectiveOn: '2024-01-20',
      documentType: 'quyet-dinh',
      issuerLevel: 'commune',
    });
    expect(Object.fromEntries(bad!.errors.map((e) => [e.column, e.code]))).toEqual({
      'Ngày ban hành': 'invalidDate',
      'Lĩnh vực': 'unknownField',
      'Trích yếu': 'minLength',
      'Tên tệp': 'fileMissing',
    });
    expect(bad!.errors.filter((e) => e.column === 'Tên tệp').map((e) => e.code)).toEqual(['fileRefused', 'fileMissing']);
    expect(bad!.files).toEqual([
      { name: 'anh.pdf', found: false },
      { name: 'khong-gui.pdf', found: false },
    ]);
    expect(bad!.errors.find((e) => e.column === 'Ngày ban hành')!.message.vi).toMatch(/^Ngày không hợp lệ/);
    expect(body.unusedFiles).toEqual(['thua.pdf']);
    expect(await counts()).toEqual(before);
  });

  it('should refuse the whole import while a row is invalid, writing nothing', async () => {
    const before = await counts();
    const sheet = await workbook([
      [1, '12/QĐ-UBND', 'Về việc ban hành quy chế quản lý chợ', 'Quyết định', '15/01/2024', '', 'UBND xã', 'Cấp xã', '', '', 'Kinh tế', '12-QD-UBND.pdf'],
      [2, '13/KH-UBND', 'Kế hoạch phát triển kinh tế', 'Kế hoạch', '31/02/2024', '', '', '', '', '', '', ''],
    ]);
    const res = await send('contributor', IMPORTS, sheet, 'so.xlsx', [[pdf12, '12-QD-UBND.pdf']]);
    expect(refused(res)).toEqual([422, 'IMPORT_ROWS_INVALID']);
    expect(res.body.details).toEqual({ rows: [5] });
    expect(await counts()).toEqual(before);
  });

  let id12: string;
  it('should import valid rows as drafts with their files in the media library, audited, leaving out the invalid one when asked', async () => {
    const before = await counts();
    const sheet = await workbook([
      [
        1,
        '12/QĐ-UBND',
        'Về việc ban hành quy chế quản lý chợ',
        'QĐ',
        new Date(Date.UTC(2024, 0, 15)),
        '',
        'UBND xã Ân Hảo Đông',
        'Cấp xã',
        'Nguyễn Văn A',
        'Chủ tịch',
        'Kinh tế',
        '12-QD-UBND.pdf',
      ],
      [2, '13/KH-UBND', 'Kế hoạch phát triển kinh tế năm 2024', 'Kế hoạch', '2024-02-01', '', 'UBND xã Ân Hảo Đông', 'Xã', '', '', 'kinh te', '13-KH-UBND.pdf'],
      [3, '14/TB-UBND', 'Thông báo lịch tiếp công dân', 'Thông báo', '05/03/2024', '', 'UBND xã Ân Hảo Đông', 'Xã', '', '', 'Kinh tế', ''],
      [4, '99/QĐ-UBND', 'Ab', 'Quyết định', '', '', '', '', '', '', '', ''],
    ]);
    const res = await send(
      'contributor',
      IMPORTS,
      sheet,
      'so.xlsx',
      [
        [pdf12, '12-QD-UBND.pdf'],
        [pdf13, '13-KH-UBND.pdf'],
      ],
      { skipInvalid: '1' },
    );
    expect(res.status).toBe(201);
    const body = res.body as SpreadsheetImportResponse;
    expect(body).toMatchObject({ created: 3, updated: 0, unchanged: 0, skipped: [7], files: 2, submitted: 0 });
    expect(body.items.map((i) => [i.row, i.action])).toEqual([
      [4, 'created'],
      [5, 'created'],
      [6, 'created'],
    ]);
    id12 = body.items[0]!.id;
    const doc = (await t.http().get(`${SITE}/documents/${id12}`).set(bearer(tokens.contributor)).expect(200)).body;
    expect(doc).toMatchObject({ status: 'draft', number: '12/QĐ-UBND', issuedOn: '2024-01-15', documentType: 'quyet-dinh', attachments: [expect.any(String)] });
    const [media] = await t.ds.query(`SELECT original_name, mime_type FROM media WHERE id = $1`, [doc.attachments[0]]);
    expect(media).toEqual({ original_name: '12-QD-UBND.pdf', mime_type: 'application/pdf' });
    const [rev] = await t.ds.query(`SELECT reason FROM content_revisions WHERE item_id = $1`, [id12]);
    expect(rev.reason).toBe('import');
    const audit = await t.ds.query(`SELECT details FROM audit_log WHERE action = 'document.import' AND target_id = $1`, [id12]);
    expect(audit).toEqual([{ details: expect.objectContaining({ action: 'created', fileName: 'so.xlsx', row: 4 }) }]);
    const after = await counts();
    expect([after.items - before.items, after.media - before.media]).toEqual([3, 2]);
  });

  it('should update by number and year from a Windows-1258 CSV with semicolons: a changed row, an unchanged one, a new one', async () => {
    const csv = [
      'Số, ký hiệu;Trích yếu;Ngày ban hành;Cơ quan ban hành;Cấp ban hành;Lĩnh vực;Loại văn bản',
      '012/QD-UBND;Về việc ban hành quy chế quản lý chợ (sửa đổi);15/01/2024;UBND xã Ân Hảo Đông;Cấp xã;Kinh tế;Quyết định',
      '14/TB-UBND;Thông báo lịch tiếp công dân;05/03/2024;UBND xã Ân Hảo Đông;Xã;Kinh tế;Thông báo',
      '14/TB-UBND;Thông báo lịch tiếp công dân năm sau;05/03/2025;UBND xã Ân Hảo Đông;Xã;Kinh tế;Thông báo',
    ].join('\r\n');
    const bytes = encodeWindows1258(csv);
    const p = await preview('contributor', bytes, 'so.csv');
    expect(p.format).toBe('csv');
    expect(p.notices).toHaveLength(1);
    expect(p.rows.map((r) => r.match.kind)).toEqual(['update', 'unchanged', 'new']);
    // Another spelling of its number is the same number: only the title changes.
    expect(p.rows[0]!.match).toMatchObject({ itemId: id12, changed: ['title'] });

    const before = (await t.http().get(`${SITE}/documents/${id12}`).set(bearer(tokens.contributor))).body;
    const res = await send('contributor', IMPORTS, bytes, 'so.csv').expect(201);
    expect(res.body).toMatchObject({ created: 1, updated: 1, unchanged: 1 });
    const after = (await t.http().get(`${SITE}/documents/${id12}`).set(bearer(tokens.contributor))).body;
    expect(after).toMatchObject({
      title: 'Về việc ban hành quy chế quản lý chợ (sửa đổi)',
      number: '12/QĐ-UBND',
      revision: before.revision + 1,
      attachments: before.attachments,
    });
  });

  it('should open a new edition of a published document found by its number', async () => {
    const demo = DEMO_DOCUMENTS.find((d) => d.number === '15/QĐ-UBND')!;
    const sheet = await workbook([
      [1, '15/QĐ-UBND', `${demo.title} (bản cập nhật)`, 'Quyết định', dmy(day(demo.issued)), '', demo.issuingBody, 'Cấp xã', '', '', '', ''],
    ]);
    const p = await preview('deputy', sheet, 'so.xlsx');
    // Empty cells keep the document's values (its signer, field, day in force).
    expect(p.rows[0]!.match).toMatchObject({ kind: 'update', changed: ['title'] });
    const res = await send('deputy', IMPORTS, sheet, 'so.xlsx').expect(201);
    const id = res.body.items[0].id as string;
    const doc = (await t.http().get(`${SITE}/documents/${id}`).set(bearer(tokens.deputy)).expect(200)).body;
    expect(doc).toMatchObject({ edition: 2, editionStatus: 'draft', liveStatus: 'published', title: `${demo.title} (bản cập nhật)`, signer: demo.signer });
    expect(doc.fieldId).not.toBeNull();
  });

  it('should refuse a row whose number is a draft the importer may not read, showing nothing of it', async () => {
    const other = await t
      .http()
      .post(`${SITE}/documents`)
      .set(bearer(tokens.contributor2))
      .send({ title: 'Dự thảo quyết định chưa công bố', number: '88/QĐ-UBND', issuedOn: '2024-05-02' })
      .expect(201);
    const sheet = await workbook([[1, '88/QĐ-UBND', 'Về việc khác hẳn', 'Quyết định', '02/05/2024', '', 'UBND xã', 'Cấp xã', '', '', 'Kinh tế', '']]);
    const [row] = (await preview('contributor', sheet, 'so.xlsx')).rows;
    expect(row!.errors.map((e) => e.code)).toEqual(['notEditable']);
    expect(JSON.stringify(row)).not.toContain(other.body.id);
    expect(JSON.stringify(row)).not.toContain('Dự thảo quyết định chưa công bố');
  });

  it('should submit the imported items into the chain only with the no-secret confirmation', async () => {
    const sheet = await workbook([
      [1, '20/QĐ-UBND', 'Về việc thành lập tổ công tác', 'Quyết định', '10/04/2024', '', 'UBND xã Ân Hảo Đông', 'Cấp xã', '', '', 'Kinh tế', '20.pdf'],
    ]);
    const pdf = await cidFontPdf([['QUYẾT ĐỊNH số 20/QĐ-UBND']]);
    const missing = await send('contributor', IMPORTS, sheet, 'so.xlsx', [[pdf, '20.pdf']], { submit: '1' });
    expect(missing.status).toBe(400);
    expect(missing.body.details).toEqual([expect.objectContaining({ field: 'noSecretConfirmed' })]);
    const res = await send('contributor', IMPORTS, sheet, 'so.xlsx', [[pdf, '20.pdf']], { submit: '1', noSecretConfirmed: '1' }).expect(201);
    expect(res.body).toMatchObject({ created: 1, submitted: 1, items: [{ submitted: true }] });
    const doc = (await t.http().get(`${SITE}/documents/${res.body.items[0].id}`).set(bearer(tokens.contributor))).body;
    expect(doc.status).not.toBe('draft');
    expect(doc.liveStatus).toBeNull();
  });

  it('should refuse what is not a spreadsheet by its bytes, a sheet over 5 MB, and no sheet', async () => {
    const pdf = await send('contributor', `${IMPORTS}/preview`, pdf12, 'so.xlsx');
    expect(refused(pdf)).toEqual([415, 'NOT_A_SPREADSHEET']);
    expect(refused(await send('contributor', `${IMPORTS}/preview`, compoundFile(['Workbook']), 'so.xls'))).toEqual([415, 'NOT_A_SPREADSHEET']);
    const big = Buffer.alloc(5 * 1024 * 1024 + 10, 'a');
    expect(refused(await send('contributor', `${IMPORTS}/preview`, big, 'so.csv'))).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const flag = await send('contributor', `${IMPORTS}/preview`, Buffer.from('Trích yếu;Số, ký hiệu\n'), 'so.csv', [], { submit: 'yes', extra: '1' });
    expect(flag.status).toBe(400);
    expect(flag.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['extra', 'submit']);
    const none = await t.http().post(`${IMPORTS}/preview`).set(bearer(tokens.contributor)).field('skipInvalid', '1');
    expect(none.status).toBe(400);
    expect(refused(await send('contributor', `${IMPORTS}/preview`, Buffer.from('a;b\n1;2\n'), 'so.csv'))).toEqual([422, 'SPREADSHEET_HEADER_NOT_FOUND']);
    expect((await send('contributor', `${SITE}/imports/article/preview`, Buffer.from('a'), 'a.csv')).status).toBe(404);
  });

  it('should import procedures from the national database export, updating one found by its code as a new edition', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Danh sách TTHC');
    ws.addRow([
      'STT',
      'Mã thủ tục',
      'Tên thủ tục',
      'Cấp thực hiện',
      'Lĩnh vực',
      'Trình tự thực hiện',
      'Cách thức thực hiện',
      'Thành phần hồ sơ',
      'Thời hạn giải quyết',
      'Phí, lệ phí',
      'Cơ quan thực hiện',
    ]);
    ws.addRow([
      1,
      '1.001193',
      'Đăng ký khai sinh',
      'Cấp xã',
      'Hộ tịch',
      '',
      '',
      '- Tờ khai đăng ký khai sinh theo mẫu\n- Bản sao giấy tờ tùy thân',
      '',
      'Miễn lệ phí.',
      '',
    ]);
    ws.addRow([
      2,
      '2.000913.000.00.00.H12',
      'Chứng thực chữ ký trong các giấy tờ, văn bản',
      'Cấp xã',
      'Chứng thực',
      'Bước 1: Nộp bản chính và bản sao.\nBước 2: Nhận bản sao đã chứng thực.',
      'Trực tiếp; Bưu chính',
      '- Bản chính giấy tờ\n- Bản sao cần chứng thực',
      'Trong ngày',
      '2.000 đồng/trang',
      'UBND xã',
    ]);
    const sheet = Buffer.from(await wb.xlsx.writeBuffer());
    const path = `${SITE}/imports/procedure`;
    const p = (await send('deputy', `${path}/preview`, sheet, 'tthc.xlsx').expect(200)).body as SpreadsheetPreviewResponse;
    expect(p.rows.map((r) => [r.key, r.match.kind, r.errors.length])).toEqual([
      ['1.001193', 'update', 0],
      ['2.000913', 'new', 0],
    ]);
    expect(p.rows[0]!.match).toMatchObject({ changed: ['dossier', 'fees'] });
    const res = await send('deputy', path, sheet, 'tthc.xlsx').expect(201);
    expect(res.body).toMatchObject({ type: 'procedure', created: 1, updated: 1 });
    const updated = (await t.http().get(`${SITE}/procedures/${res.body.items[0].id}`).set(bearer(tokens.deputy)).expect(200)).body;
    // A new edition beside the live one; the dossier row named again keeps its form template.
    expect(updated).toMatchObject({ edition: 2, liveStatus: 'published', fees: 'Miễn lệ phí.', code: '1.001193' });
    expect(updated.dossier[0]).toMatchObject({ name: 'Tờ khai đăng ký khai sinh theo mẫu', copies: '01 bản chính', form: expect.any(String) });
    expect(updated.dossier[1]).toMatchObject({ name: 'Bản sao giấy tờ tùy thân', form: null });
    const created = (await t.http().get(`${SITE}/procedures/${res.body.items[1].id}`).set(bearer(tokens.deputy)).expect(200)).body;
    expect(created).toMatchObject({
      status: 'draft',
      code: '2.000913',
      submitInPerson: true,
      submitOnline: false,
      submitByPost: true,
      steps: '<p>Bước 1: Nộp bản chính và bản sao.</p><p>Bước 2: Nhận bản sao đã chứng thực.</p>',
    });
  });

  it('should import 500 rows in one go within a reasonable time', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => [
      i + 1,
      `${i + 100}/QĐ-UBND`,
      `Quyết định số ${i + 100} về việc giao đất`,
      'Quyết định',
      '01/06/2024',
      '',
      'UBND xã',
      'Cấp xã',
      '',
      '',
      'Kinh tế',
      '',
    ]);
    const sheet = await workbook(rows);
    const started = Date.now();
    const p = await preview('contributor', sheet, 'lon.xlsx');
    const previewMs = Date.now() - started;
    expect(p.counts).toMatchObject({ rows: 500, valid: 500, new: 500 });
    const res = await send('contributor', IMPORTS, sheet, 'lon.xlsx').expect(201);
    const totalMs = Date.now() - started;
    expect(res.body.created).toBe(500);
    console.log(`500 rows: preview ${previewMs} ms, preview + import ${totalMs} ms`);
    expect(totalMs).toBeLessThan(60_000);
  });
});

import 'reflect-metadata';
import { defaultContent, DOCUMENT_SCHEMA, PROCEDURE_SCHEMA } from '@congxa/shared/content';
import { documentType } from '../../documents/document.type';
import { PROCEDURE_TYPE } from '../../procedures/procedure.type';
import { type AnalysisContext, analyseSheet, type ExistingItem } from './analyse';
import { DOCUMENT_MAPPER } from './document.mapper';
import { findHeader } from './mapper';
import { PROCEDURE_MAPPER } from './procedure.mapper';
import type { Cell, Sheet } from './sheet';

const FIELD = { id: '6f1c7a0e-2b1d-4a55-9e0f-3c2b1a000001', name: 'Hành chính', slug: 'hanh-chinh' };
const sheetOf = (rows: Cell[][]): Sheet => ({ format: 'xlsx', name: 'Sổ', rows: rows.map((cells, i) => ({ number: i + 1, cells })) });

const HEADERS = ['Số, ký hiệu', 'Trích yếu', 'Loại văn bản', 'Ngày ban hành', 'Ngày có hiệu lực', 'Cơ quan ban hành', 'Cấp ban hành', 'Lĩnh vực', 'Tệp'];

function documentContext(over: Partial<AnalysisContext> = {}): AnalysisContext {
  return {
    def: documentType({ documentTexts: async () => [] }),
    mapper: DOCUMENT_MAPPER,
    initial: defaultContent(DOCUMENT_SCHEMA),
    existing: new Map(),
    fields: [FIELD],
    files: [{ name: '12-QD-UBND.pdf', refused: null }],
    ...over,
  };
}

describe('findHeader', () => {
  it('should find the header row under a title block, with or without marks, in English too', () => {
    const rows = sheetOf([
      ['SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2024'],
      [],
      ['STT', 'So, ky hieu', 'TRÍCH YẾU', 'Ngày ban hành (dd/mm/yyyy)', 'Issuing body', 'Ghi chú'],
    ]).rows;
    const header = findHeader(rows, DOCUMENT_MAPPER)!;
    expect(header.row).toBe(3);
    expect(header.columns.map((c) => [c.letter, c.field])).toEqual([
      ['A', null],
      ['B', 'number'],
      ['C', 'title'],
      ['D', 'issuedOn'],
      ['E', 'issuingBody'],
      ['F', null],
    ]);
  });

  it('should find none when the title column is missing', () => {
    expect(findHeader(sheetOf([['Số, ký hiệu', 'Ngày ban hành']]).rows, DOCUMENT_MAPPER)).toBeNull();
  });

  it('should recognise the national procedures database export', () => {
    const header = findHeader(
      sheetOf([['Mã thủ tục', 'Tên thủ tục', 'Cấp thực hiện', 'Lĩnh vực', 'Phí, lệ phí', 'Yêu cầu, điều kiện', 'Căn cứ pháp lý']]).rows,
      PROCEDURE_MAPPER,
    )!;
    expect(header.columns.map((c) => c.field)).toEqual(['code', 'title', 'level', 'fieldId', 'fees', 'requirements', 'legalBasisText']);
  });
});

describe('analyseSheet (legal documents)', () => {
  it('should map a valid row: dates as days, type and level by label, field by name, its file matched', async () => {
    const sheet = sheetOf([
      HEADERS,
      ['12/QĐ-UBND', 'Về việc ban hành quy chế', 'quyet dinh', '15/01/2024', new Date(Date.UTC(2024, 0, 20)), 'UBND xã', 'Xã', 'hanh chinh', '12-qd-ubnd.PDF'],
    ]);
    const { rows, unusedFiles } = await analyseSheet(sheet, documentContext());
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row!.errors).toEqual([]);
    expect(row!.warnings).toEqual([]);
    expect(row!.row).toBe(2);
    expect(row!.match).toEqual({ kind: 'new' });
    expect(row!.key).toBe('12/qd-ubnd|2024');
    expect(row!.content).toMatchObject({
      number: '12/QĐ-UBND',
      title: 'Về việc ban hành quy chế',
      documentType: 'quyet-dinh',
      issuedOn: '2024-01-15',
      effectiveOn: '2024-01-20',
      issuerLevel: 'commune',
      fieldId: FIELD.id,
    });
    expect(row!.files).toEqual([{ name: '12-QD-UBND.pdf', found: true }]);
    expect(unusedFiles).toEqual([]);
  });

  it('should name every bad cell of a row by its column, in Vietnamese', async () => {
    const sheet = sheetOf([HEADERS, ['12/QĐ-UBND về việc', 'Về', 'Nghị quyết liên tịch', '31/02/2024', '', 'UBND xã', 'Quận 5', 'Y tế', 'khong-co.pdf']]);
    const [row] = (await analyseSheet(sheet, documentContext())).rows;
    const byColumn = Object.fromEntries(row!.errors.map((e) => [e.column, e.code]));
    expect(byColumn).toEqual({
      'Loại văn bản': 'unknownValue',
      'Ngày ban hành': 'invalidDate',
      'Cấp ban hành': 'unknownValue',
      'Lĩnh vực': 'unknownField',
      'Trích yếu': 'minLength',
      'Số, ký hiệu': 'rule',
      Tệp: 'fileMissing',
    });
    expect(row!.errors.find((e) => e.column === 'Lĩnh vực')!.message.vi).toContain('Hành chính');
    expect(row!.errors.find((e) => e.column === 'Tệp')!.message.vi).toBe('Chưa gửi kèm tệp “khong-co.pdf”.');
    // What is already an error is not warned about again.
    expect(row!.warnings.map((w) => w.field)).not.toContain('issuedOn');
  });

  it('should check the dates in order with the type’s own rule', async () => {
    const sheet = sheetOf([HEADERS, ['12/QĐ-UBND', 'Về việc ban hành quy chế', 'Quyết định', '15/01/2024', '10/01/2024', 'UBND xã', 'Xã', 'Hành chính', '']]);
    const [row] = (await analyseSheet(sheet, documentContext())).rows;
    expect(row!.errors).toEqual([expect.objectContaining({ column: 'Ngày có hiệu lực', field: 'effectiveOn', code: 'rule' })]);
  });

  it('should warn, not refuse, what submit will need', async () => {
    const sheet = sheetOf([
      ['Trích yếu', 'Số, ký hiệu'],
      ['Về việc ban hành quy chế', ''],
    ]);
    const [row] = (await analyseSheet(sheet, documentContext())).rows;
    expect(row!.errors).toEqual([]);
    expect(row!.warnings.map((w) => w.field).sort()).toEqual(['attachments', 'fieldId', 'issuedOn', 'issuingBody', 'number']);
    expect(row!.warnings.find((w) => w.field === 'number')!.column).toBe('Số, ký hiệu');
  });

  it('should refuse the second row with the same number and year, and a file the library would refuse', async () => {
    const sheet = sheetOf([
      HEADERS,
      ['12/QĐ-UBND', 'Về việc thứ nhất', 'Quyết định', '15/01/2024', '', 'UBND xã', 'Xã', 'Hành chính', ''],
      ['012/qd-ubnd', 'Về việc thứ hai', 'Quyết định', '20/03/2024', '', 'UBND xã', 'Xã', 'Hành chính', 'anh.pdf'],
      ['12/QĐ-UBND', 'Về việc năm khác', 'Quyết định', '15/01/2025', '', 'UBND xã', 'Xã', 'Hành chính', ''],
    ]);
    const { rows } = await analyseSheet(sheet, documentContext({ files: [{ name: 'anh.pdf', refused: { vi: 'không phải PDF.', en: 'not a PDF.' } }] }));
    expect(rows[0]!.errors).toEqual([]);
    expect(rows[1]!.errors.map((e) => e.code)).toEqual(['duplicateRow', 'fileRefused']);
    expect(rows[1]!.errors[0]!.message.vi).toBe('Trùng với dòng 2 của bảng tính.');
    expect(rows[2]!.errors).toEqual([]);
  });

  it('should match an existing document by its number and year: an update with what changed, unchanged, or not editable', async () => {
    const base = {
      ...defaultContent(DOCUMENT_SCHEMA),
      number: '12/QĐ-UBND',
      title: 'Về việc ban hành quy chế',
      issuedOn: '2024-01-15',
      issuingBody: 'UBND xã',
    };
    const existing = (editable: boolean): Map<string, ExistingItem> =>
      new Map([['12/qd-ubnd|2024', { id: 'item-1', title: base.title, revision: 3, content: base, readable: true, editable }]]);
    const rowWith = (title: string) =>
      sheetOf([
        ['Số, ký hiệu', 'Trích yếu', 'Ngày ban hành', 'Cơ quan ban hành'],
        ['12/QD-UBND', title, '15/01/2024', 'UBND xã'],
      ]);

    const [changed] = (await analyseSheet(rowWith('Về việc ban hành quy chế mới'), documentContext({ existing: existing(true) }))).rows;
    expect(changed!.match).toEqual({ kind: 'update', itemId: 'item-1', title: base.title, revision: 3, changed: ['title'] });
    // The item keeps its own spelling of the number.
    expect(changed!.content.number).toBe('12/QĐ-UBND');
    expect(changed!.content.title).toBe('Về việc ban hành quy chế mới');

    // The same number written another way, the same content: nothing to do.
    const [same] = (await analyseSheet(rowWith(base.title), documentContext({ existing: existing(true) }))).rows;
    expect(same!.match).toEqual({ kind: 'unchanged', itemId: 'item-1', title: base.title });

    // An empty cell keeps the item's value.
    const blanks = sheetOf([
      ['Số, ký hiệu', 'Trích yếu', 'Ngày ban hành', 'Cơ quan ban hành'],
      ['12/QĐ-UBND', base.title, '15/01/2024', ''],
    ]);
    const [kept] = (await analyseSheet(blanks, documentContext({ existing: existing(true) }))).rows;
    expect(kept!.match.kind).toBe('unchanged');
    expect(kept!.content.issuingBody).toBe('UBND xã');

    const [locked] = (await analyseSheet(rowWith('Về việc khác'), documentContext({ existing: existing(false) }))).rows;
    expect(locked!.errors.map((e) => e.code)).toEqual(['notEditable']);

    // Someone else's draft the importer may not read: the row is refused without showing anything of it.
    const entry = existing(false).get('12/qd-ubnd|2024')!;
    const hidden = new Map([['12/qd-ubnd|2024', { ...entry, content: { ...base, summary: 'Nội dung chưa công bố' }, readable: false }]]);
    const [secret] = (await analyseSheet(rowWith('Về việc khác'), documentContext({ existing: hidden }))).rows;
    expect(secret!.errors.map((e) => e.code)).toEqual(['notEditable']);
    expect(secret!.match).toEqual({ kind: 'new' });
    expect(JSON.stringify(secret)).not.toContain('Nội dung chưa công bố');
    expect(JSON.stringify(secret)).not.toContain(base.title);
    expect(JSON.stringify(secret)).not.toContain('item-1');
  });

  it('should refuse a sheet with no header row, naming the expected columns', async () => {
    await expect(
      analyseSheet(
        sheetOf([
          ['a', 'b'],
          ['c', 'd'],
        ]),
        documentContext(),
      ),
    ).rejects.toMatchObject({
      code: 'SPREADSHEET_HEADER_NOT_FOUND',
      details: { expected: expect.arrayContaining(['Số, ký hiệu', 'Trích yếu']) },
    });
  });

  it('should refuse more than 2,000 rows', async () => {
    const rows: Cell[][] = [['Trích yếu'], ...Array.from({ length: 2001 }, (_, i) => [`Văn bản ${i}`])];
    rows[0]!.push('Số, ký hiệu');
    await expect(analyseSheet(sheetOf(rows), documentContext())).rejects.toMatchObject({ code: 'SPREADSHEET_TOO_MANY_ROWS' });
  });
});

describe('analyseSheet (procedures, national database export)', () => {
  const ctx = (existing: Map<string, ExistingItem> = new Map()): AnalysisContext => ({
    def: PROCEDURE_TYPE,
    mapper: PROCEDURE_MAPPER,
    initial: defaultContent(PROCEDURE_SCHEMA),
    existing,
    fields: [{ id: FIELD.id, name: 'Hộ tịch', slug: 'ho-tich' }],
    files: [],
  });
  const header = [
    'Mã thủ tục',
    'Tên thủ tục',
    'Cấp thực hiện',
    'Lĩnh vực',
    'Trình tự thực hiện',
    'Cách thức thực hiện',
    'Thành phần hồ sơ',
    'Thời hạn giải quyết',
    'Lệ phí',
    'Cơ quan thực hiện',
  ];
  const row = [
    '1.001193',
    'Đăng ký khai sinh',
    'Cấp Xã',
    'Hộ tịch',
    'Bước 1: Nộp hồ sơ\nBước 2: Nhận kết quả',
    'Trực tiếp, Trực tuyến',
    '- Tờ khai\n- Giấy chứng sinh',
    'Trong ngày',
    'Miễn',
    'UBND xã',
  ];

  it('should map the export’s columns: steps as paragraphs, ways to submit as yes/no, dossier lines as rows', async () => {
    const [r] = (await analyseSheet(sheetOf([header, row]), ctx())).rows;
    expect(r!.errors).toEqual([]);
    expect(r!.key).toBe('1.001193');
    expect(r!.content).toMatchObject({
      code: '1.001193',
      level: 'commune',
      fieldId: FIELD.id,
      steps: '<p>Bước 1: Nộp hồ sơ</p><p>Bước 2: Nhận kết quả</p>',
      submitInPerson: true,
      submitOnline: true,
      submitByPost: false,
      processingTime: 'Trong ngày',
      fees: 'Miễn',
      agency: 'UBND xã',
    });
    expect((r!.content.dossier as { name: string }[]).map((d) => d.name)).toEqual(['Tờ khai', 'Giấy chứng sinh']);
  });

  it.each([
    ['1001193', '1.001193'],
    ['1,001193', '1.001193'],
    ['1.001193.000.00.00.H12', '1.001193'],
  ])('should read the code %s in the national form %s', async (written, code) => {
    const [r] = (await analyseSheet(sheetOf([header, [written, ...row.slice(1)]]), ctx())).rows;
    expect(r!.content.code).toBe(code);
    expect(r!.key).toBe(code);
  });

  it('should refuse a code that is not one, saying what a code looks like', async () => {
    const [r] = (await analyseSheet(sheetOf([header, ['TT-01', ...row.slice(1)]]), ctx())).rows;
    expect(r!.errors).toEqual([expect.objectContaining({ column: 'Mã thủ tục', field: 'code', code: 'rule' })]);
    expect(r!.errors[0]!.message.vi).toContain('1.001193');
  });

  it('should update an existing procedure found by its code, the re-imported dossier not counted as a change', async () => {
    const [first] = (await analyseSheet(sheetOf([header, row]), ctx())).rows;
    const existing = new Map([['1.001193', { id: 'p-1', title: 'Đăng ký khai sinh', revision: 2, content: first!.content, readable: true, editable: true }]]);
    const [same] = (await analyseSheet(sheetOf([header, row]), ctx(existing))).rows;
    expect(same!.match).toEqual({ kind: 'unchanged', itemId: 'p-1', title: 'Đăng ký khai sinh' });
    const [changed] = (await analyseSheet(sheetOf([header, [' 1.001193 ', ...row.slice(1, 8), '8.000 đồng', row[9]!]]), ctx(existing))).rows;
    expect(changed!.match).toMatchObject({ kind: 'update', itemId: 'p-1', changed: ['fees'] });

    // A dossier row the sheet names again keeps its copies and form template; a new name is a new row.
    const dossier = [{ id: 'r1', name: 'Tờ khai', copies: '01 bản chính', form: 'm-1' }];
    const withForms = new Map([['1.001193', { ...existing.get('1.001193')!, content: { ...first!.content, dossier } }]]);
    const [kept] = (await analyseSheet(sheetOf([header, [...row.slice(0, 6), '- tờ khai\n- Bản sao CCCD', ...row.slice(7)]]), ctx(withForms))).rows;
    expect(kept!.content.dossier).toEqual([dossier[0], expect.objectContaining({ name: 'Bản sao CCCD', copies: null, form: null })]);
    expect(kept!.match).toMatchObject({ changed: ['dossier'] });
  });
});

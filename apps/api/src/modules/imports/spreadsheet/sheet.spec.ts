import { Workbook } from 'exceljs';
import { AppException } from '../../../common/errors/app-exception';
import { parseCsv, readSpreadsheet } from './sheet';

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Sổ văn bản');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const refusal = async (bytes: Buffer) => {
  try {
    await readSpreadsheet(bytes, 'x.xlsx');
  } catch (err) {
    return err instanceof AppException ? { status: err.httpStatus, code: err.code } : err;
  }
  return null;
};

describe('readSpreadsheet', () => {
  it('should read the first sheet of a workbook with dates, numbers, rich text and formulas as values', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Sổ văn bản');
    wb.addWorksheet('Khác').addRow(['ignored']);
    ws.addRow(['Số, ký hiệu', 'Ngày ban hành', 'Trích yếu', 'Số trang']);
    ws.addRow([
      '12/QĐ-UBND',
      new Date(Date.UTC(2024, 0, 15)),
      { richText: [{ text: 'Về ' }, { text: 'việc', font: { bold: true } }] },
      { formula: '1+1', result: 2 },
    ]);
    ws.addRow([]);
    ws.addRow(['13/QĐ-UBND']);
    const sheet = await readSpreadsheet(Buffer.from(await wb.xlsx.writeBuffer()), 'so.xlsx');
    expect(sheet.format).toBe('xlsx');
    expect(sheet.name).toBe('Sổ văn bản');
    expect(sheet.rows.map((r) => r.number)).toEqual([1, 2, 4]);
    expect(sheet.rows[1]!.cells).toEqual(['12/QĐ-UBND', new Date(Date.UTC(2024, 0, 15)), 'Về việc', 2]);
  });

  it('should read a UTF-8 CSV with a byte-order mark and semicolons', async () => {
    const sheet = await readSpreadsheet(Buffer.from('\uFEFFSố, ký hiệu;Trích yếu\n"12/QĐ-UBND";"Về việc; ""A"""\n', 'utf8'), 'so.csv');
    expect(sheet.format).toBe('csv');
    expect(sheet.rows.map((r) => r.cells)).toEqual([
      ['Số, ký hiệu', 'Trích yếu'],
      ['12/QĐ-UBND', 'Về việc; "A"'],
    ]);
  });

  it('should read a Windows-1258 CSV as Excel in Vietnam saves it', async () => {
    // "Trích yếu,Quyết định" in Windows-1258: í = 0xED, ế = ê (0xEA) + acute (0xEC), đ = 0xF0, ị = i + dot below (0xF2).
    const bytes = Buffer.from([
      ...Buffer.from('Tr'),
      0xed,
      ...Buffer.from('ch y'),
      0xea,
      0xec,
      ...Buffer.from('u,Quy'),
      0xea,
      0xec,
      ...Buffer.from('t '),
      0xf0,
      0x69,
      0xf2,
      ...Buffer.from('nh\r\n'),
    ]);
    const sheet = await readSpreadsheet(bytes, 'so.csv');
    expect(sheet.encoding).toBe('windows-1258');
    expect(sheet.rows[0]!.cells).toEqual(['Trích yếu', 'Quyết định']);
  });

  it('should refuse an old binary .xls, a PDF and a zip that holds no workbook as not a spreadsheet (415)', async () => {
    expect(await refusal(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))).toEqual({ status: 415, code: 'NOT_A_SPREADSHEET' });
    expect(await refusal(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1'))).toEqual({ status: 415, code: 'NOT_A_SPREADSHEET' });
    const { zipSync } = await import('fflate');
    expect(await refusal(Buffer.from(zipSync({ 'a.txt': new Uint8Array([65]) })))).toEqual({ status: 415, code: 'NOT_A_SPREADSHEET' });
  });

  it('should refuse a workbook part that inflates past the size it declares (a zip bomb) as corrupt, before reading it', async () => {
    const { unzipSync, zipSync } = await import('fflate');
    const parts = unzipSync(await xlsx([['Trích yếu']]));
    parts['xl/bomb.xml'] = new Uint8Array(50 * 1024 * 1024);
    const bytes = Buffer.from(zipSync(parts));
    // Make the bomb's headers claim 1 KB (central directory and local header alike).
    for (const [sig, sizeAt, nameAt] of [
      [0x02014b50, 24, 46],
      [0x04034b50, 22, 30],
    ] as const) {
      for (let i = 0; i < bytes.length - 4; i++) {
        if (bytes.readUInt32LE(i) === sig && bytes.toString('latin1', i + nameAt, i + nameAt + 11) === 'xl/bomb.xml') bytes.writeUInt32LE(1024, i + sizeAt);
      }
    }
    // Refused while checking the archive (reason `zip`), not after the workbook reader inflated it all.
    await expect(readSpreadsheet(bytes, 'x.xlsx')).rejects.toMatchObject({ httpStatus: 422, code: 'SPREADSHEET_CORRUPT', details: { reason: 'zip' } });
  });

  it('should refuse a truncated workbook as corrupt (422)', async () => {
    const bytes = await xlsx([['Trích yếu']]);
    expect(await refusal(bytes.subarray(0, bytes.length - 200))).toEqual({ status: 422, code: 'SPREADSHEET_CORRUPT' });
  });
});

describe('parseCsv', () => {
  it('should keep line breaks inside quotes and take the separator a sep= line names', () => {
    expect(parseCsv('sep=,\na,"b\nc"\r\nd,e')).toEqual([
      ['a', 'b\nc'],
      ['d', 'e'],
    ]);
  });

  it('should read tab-separated text', () => {
    expect(parseCsv('a\tb\n1\t2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

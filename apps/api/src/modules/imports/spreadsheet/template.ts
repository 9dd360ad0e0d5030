import { Workbook } from 'exceljs';
import type { SpreadsheetMapper } from './mapper';

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } } as const;

/**
 * The template of a type's register: one sheet with the columns' headers (as the import recognises them)
 * and an example row to overwrite, and a sheet listing the values each list column takes.
 */
export async function buildTemplate(mapper: SpreadsheetMapper): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'CongXa';
  const sheet = workbook.addWorksheet(mapper.schema.labelPlural.vi);
  sheet.addRow(mapper.columns.map((c) => c.headers[0]));
  sheet.addRow(mapper.columns.map((c) => c.example));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).fill = HEADER_FILL;
  sheet.getRow(2).alignment = { wrapText: true, vertical: 'top' };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  mapper.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.min(Math.max(c.headers[0]!.length, c.example.split('\n')[0]!.length, 12) + 2, 60);
    // Numbers and symbols, codes and dates are kept as typed: Excel would read 12/01 as a date or 1.001193 as a number.
    if (['number', 'code'].includes(c.field)) column.numFmt = '@';
  });

  const lists = workbook.addWorksheet('Danh mục');
  lists.addRow(['Cột / Column', 'Giá trị / Values']).font = { bold: true };
  for (const c of mapper.columns) {
    const spec = mapper.schema.fields[c.field];
    if (spec?.kind !== 'enum') continue;
    for (const code of spec.values) lists.addRow([c.headers[0], spec.labels[code]?.vi ?? code, code]);
  }
  lists.getColumn(1).width = 20;
  lists.getColumn(2).width = 30;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

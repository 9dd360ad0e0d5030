import { Workbook, type CellValue } from 'exceljs';
import { AppException } from '../../../common/errors/app-exception';
import { openZip, type ZipArchive, type ZipLimits } from '../docx/zip';
import { decodeTextFile, type TextEncoding } from '../txt/decode-text';

/** A cell as read: text, a number, a day Excel stores as a date, a boolean, or nothing. */
export type Cell = string | number | boolean | Date | null;

export interface SheetRow {
  /** The row's number as the spreadsheet shows it (1-based). */
  number: number;
  cells: Cell[];
}

export interface Sheet {
  format: 'xlsx' | 'csv';
  /** The worksheet's name (a CSV has none: its file name is used). */
  name: string;
  /** The rows holding anything, in order. */
  rows: SheetRow[];
  /** How a CSV was decoded. */
  encoding?: TextEncoding;
}

/** Zip-bomb limits of a workbook, checked from its central directory before anything is inflated. */
export const XLSX_LIMITS: ZipLimits = { maxEntries: 2000, maxTotalBytes: 60 * 1024 * 1024 };

export const notASpreadsheet = (detected: string | null) => new AppException(415, 'NOT_A_SPREADSHEET', { detected, accepted: ['xlsx', 'csv'] });
const corrupt = (reason: string) => new AppException(422, 'SPREADSHEET_CORRUPT', { reason });

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * Reads the first worksheet of an .xlsx, or a .csv, from its bytes (the file name plays no part): a zip
 * holding a workbook part is a workbook (macro-enabled ones are refused); an old binary .xls, a PDF, a
 * Word document or any other binary is not a spreadsheet (415); anything else is read as CSV text.
 */
export async function readSpreadsheet(bytes: Buffer, name: string): Promise<Sheet> {
  if (bytes.subarray(0, 8).equals(OLE2)) throw notASpreadsheet('application/vnd.ms-excel');
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readXlsx(bytes);
  let decoded;
  try {
    decoded = decodeTextFile(bytes);
  } catch (err) {
    if (err instanceof AppException && err.code === 'NOT_A_TEXT_FILE')
      throw notASpreadsheet((err.details as { detected?: string } | undefined)?.detected ?? null);
    throw err;
  }
  const rows = parseCsv(decoded.text)
    .map((cells, i) => ({ number: i + 1, cells: cells.map((c): Cell => (c.trim() === '' ? null : c)) }))
    .filter((r) => r.cells.some((c) => c !== null));
  return { format: 'csv', name, rows, encoding: decoded.encoding };
}

async function readXlsx(bytes: Buffer): Promise<Sheet> {
  let zip;
  try {
    zip = openZip(bytes, XLSX_LIMITS);
  } catch (err) {
    if (err instanceof AppException) throw corrupt(err.code === 'ARCHIVE_LIMITS_EXCEEDED' ? 'limits' : 'zip');
    throw err;
  }
  if (!zip.has('[Content_Types].xml') || !zip.has('xl/workbook.xml')) throw notASpreadsheet('application/zip');
  if (zip.entries.some((e) => /(^|\/)vbaproject\.bin$/i.test(e.name))) throw notASpreadsheet('application/vnd.ms-excel.sheet.macroEnabled.12');
  verifyParts(zip);
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw corrupt('workbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw corrupt('no-sheet');
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values as CellValue[];
    const cells = Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => cellOf(values[i + 1]));
    if (cells.some((c) => c !== null)) rows.push({ number, cells });
  });
  return { format: 'xlsx', name: sheet.name, rows };
}

/**
 * Every part inflated once, bounded by the size the directory declares and checked against its CRC, before
 * the workbook reader (which trusts the sizes) sees the archive: a part that lies about its size, a name
 * given twice, or parts over the budget make the workbook corrupt, not a full memory.
 */
function verifyParts(zip: ZipArchive): void {
  const names = new Set<string>();
  try {
    for (const e of zip.entries) {
      if (names.has(e.name)) throw corrupt('duplicate part');
      names.add(e.name);
      zip.read(e.name);
    }
  } catch (err) {
    if (err instanceof AppException && err.code !== 'SPREADSHEET_CORRUPT') throw corrupt(err.code === 'ARCHIVE_LIMITS_EXCEEDED' ? 'limits' : 'zip');
    throw err;
  }
}

/** A workbook cell's value as plain data: rich text joined, a formula's result, a link's text; errors are empty. */
export function cellOf(v: CellValue | undefined): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('richText' in v) return cellOf(v.richText.map((r) => r.text).join(''));
  if ('formula' in v || 'sharedFormula' in v) return cellOf((v as { result?: CellValue }).result ?? null);
  if ('hyperlink' in v) return cellOf((v as { text?: CellValue }).text ?? null);
  return null;
}

/**
 * CSV as Excel writes it: fields separated by commas, semicolons (Excel where the decimal mark is a comma,
 * as in Vietnam) or tabs — unless a `sep=;` line says, the one that splits the first lines into the same
 * number of fields (semicolons first on a tie: Vietnamese headers hold commas, "Số, ký hiệu") — quoted with
 * `"` (a doubled `""` inside), line breaks inside quotes kept.
 */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const hint = /^sep=(.)\r?\n/.exec(body);
  if (hint) return splitCsv(body.slice(hint[0].length), hint[1]!);
  return splitCsv(body, guessDelimiter(body));
}

function splitCsv(body: string, delimiter: string, maxRows = Infinity): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length && rows.length < maxRows; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (rows.length < maxRows && (field !== '' || row.length)) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The separator that splits the first lines into one same number (more than one) of fields, most often. */
function guessDelimiter(body: string): string {
  let best = { delimiter: ',', score: -1 };
  for (const delimiter of [';', ',', '\t']) {
    const rows = splitCsv(body, delimiter, 10).filter((r) => r.some((c) => c.trim() !== ''));
    const width = rows[0]?.length ?? 0;
    const score = width > 1 ? rows.filter((r) => r.length === width).length * 1000 + width : 0;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

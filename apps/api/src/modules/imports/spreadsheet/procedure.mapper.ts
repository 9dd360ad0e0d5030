import { PROCEDURE_SCHEMA, readProcedureCode } from '@congxa/shared/content';
import { cellText, foldKey } from './cells';
import type { SpreadsheetMapper } from './mapper';

/** Ways of submitting, as the national database writes them in "Cách thức thực hiện". */
const WAYS = [
  { field: 'submitInPerson', words: ['truc tiep'] },
  { field: 'submitOnline', words: ['truc tuyen', 'dich vu cong', 'online', 'qua mang'] },
  { field: 'submitByPost', words: ['buu chinh', 'buu dien'] },
] as const;

/**
 * A code as the export or a person writes it → the national form: `1001193`, `1,001193` → `1.001193`; a local
 * variant's longer code (`1.001193.000.00.00.H12`) → the procedure's own. Anything else is kept as written
 * (the type's rule then names it).
 */
function procedureCode(text: string): string {
  return readProcedureCode(text) ?? /^(\d\.\d{6})\.[\w.]+$/.exec(text.trim())?.[1] ?? text;
}

const codeKey = (code: unknown): string | null => (typeof code === 'string' && code.trim() !== '' ? procedureCode(code.trim()) : null);

/**
 * Thủ tục hành chính from the national procedures database's .xlsx export (Cơ sở dữ liệu quốc gia về
 * TTHC). An item is found again by its code (`1.001193`, read in the national form); a row whose code is an
 * existing procedure's opens a new edition of it.
 */
export const PROCEDURE_MAPPER: SpreadsheetMapper = {
  schema: PROCEDURE_SCHEMA,
  columns: [
    {
      field: 'code',
      headers: ['Mã thủ tục', 'Mã TTHC', 'Mã số', 'Procedure code', 'Code'],
      read(cell) {
        const text = cellText(cell);
        return 'problem' in text ? text : { value: { code: text.value === '' ? '' : procedureCode(text.value) } };
      },
      example: '1.001193',
    },
    { field: 'title', headers: ['Tên thủ tục', 'Tên TTHC', 'Tên thủ tục hành chính', 'Procedure name', 'Name'], example: 'Đăng ký khai sinh' },
    {
      field: 'level',
      headers: ['Cấp thực hiện', 'Level'],
      aliases: { commune: ['Xã', 'Cấp xã', 'Xã, phường'], province: ['Tỉnh', 'Cấp tỉnh'] },
      example: 'Cấp xã',
    },
    { field: 'fieldId', headers: ['Lĩnh vực', 'Field'], example: 'Hộ tịch' },
    {
      field: 'steps',
      headers: ['Trình tự thực hiện', 'Steps'],
      example: 'Bước 1: Nộp hồ sơ tại Bộ phận Một cửa.\nBước 2: Công chức tư pháp - hộ tịch kiểm tra hồ sơ.',
    },
    {
      field: 'submitInPerson',
      headers: ['Cách thức thực hiện', 'Cách thức nộp', 'Ways to submit'],
      read(cell) {
        const text = cellText(cell);
        if ('problem' in text) return text;
        const key = foldKey(text.value);
        if (key === '') return { value: {} };
        return { value: Object.fromEntries(WAYS.map((w) => [w.field, w.words.some((word) => key.includes(word))])) };
      },
      example: 'Trực tiếp; Trực tuyến; Bưu chính',
    },
    { field: 'dossier', headers: ['Thành phần hồ sơ', 'Hồ sơ', 'Dossier', 'Dossier components'], example: '- Tờ khai đăng ký khai sinh\n- Giấy chứng sinh' },
    { field: 'processingTime', headers: ['Thời hạn giải quyết', 'Thời gian giải quyết', 'Processing time'], example: 'Ngay trong ngày tiếp nhận hồ sơ' },
    { field: 'fees', headers: ['Phí, lệ phí', 'Lệ phí', 'Phí', 'Fees'], example: 'Miễn lệ phí' },
    { field: 'applicants', headers: ['Đối tượng thực hiện', 'Đối tượng', 'Applicants'], example: 'Công dân Việt Nam' },
    { field: 'agency', headers: ['Cơ quan thực hiện', 'Cơ quan giải quyết', 'Agency'], example: 'Ủy ban nhân dân xã' },
    { field: 'result', headers: ['Kết quả thực hiện', 'Kết quả', 'Result'], example: 'Giấy khai sinh' },
    { field: 'legalBasisText', headers: ['Căn cứ pháp lý', 'Legal basis'], example: 'Luật Hộ tịch năm 2014' },
    { field: 'requirements', headers: ['Yêu cầu, điều kiện', 'Yêu cầu điều kiện', 'Điều kiện', 'Requirements'], example: '' },
  ],
  keyFields: ['code'],
  keyOf: (content) => codeKey(content.code),
  ruleMessages: {
    code: {
      vi: 'Mã thủ tục không đúng dạng của Cơ sở dữ liệu quốc gia (ví dụ 1.001193).',
      en: 'Not a code of the national procedures database (e.g. 1.001193).',
    },
    nationalUrl: { vi: 'Liên kết phải là địa chỉ https://.', en: 'The link must be an https:// address.' },
  },
};

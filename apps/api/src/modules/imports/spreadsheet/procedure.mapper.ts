import { PROCEDURE_SCHEMA } from '@congxa/shared/content';
import { cellText, foldKey } from './cells';
import type { SpreadsheetMapper } from './mapper';

/** Ways of submitting, as the national database writes them in "Cách thức thực hiện". */
const WAYS = [
  { field: 'submitInPerson', words: ['truc tiep'] },
  { field: 'submitOnline', words: ['truc tuyen', 'dich vu cong', 'online', 'qua mang'] },
  { field: 'submitByPost', words: ['buu chinh', 'buu dien'] },
] as const;

/** A procedure's code compared without spaces and case. */
function codeKey(code: unknown): string | null {
  const key = typeof code === 'string' ? code.replace(/\s+/g, '').toLowerCase() : '';
  return key === '' ? null : key;
}

/**
 * Thủ tục hành chính from the national procedures database's .xlsx export (Cơ sở dữ liệu quốc gia về
 * TTHC). An item is found again by its code (`1.001193`), compared without spaces and case; a row whose
 * code is an existing procedure's opens a new edition of it.
 */
export const PROCEDURE_MAPPER: SpreadsheetMapper = {
  schema: PROCEDURE_SCHEMA,
  columns: [
    { field: 'code', headers: ['Mã thủ tục', 'Mã TTHC', 'Mã số', 'Procedure code', 'Code'], example: '1.001193' },
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
  sameValue: { code: (a, b) => codeKey(a) !== null && codeKey(a) === codeKey(b) },
  ruleMessages: {},
};

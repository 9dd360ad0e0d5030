import { DOCUMENT_SCHEMA } from '@congxa/shared/content';
import { DOCUMENT_TYPES, documentNumberKey } from '@congxa/shared/legal';
import type { SpreadsheetMapper } from './mapper';

/** Abbreviations a type is also named by in a register (`QĐ`, `NQ`). */
const TYPE_ALIASES = Object.fromEntries(DOCUMENT_TYPES.flatMap((t) => (t.abbreviation ? [[t.code, [t.abbreviation]]] : [])));

/** Short names of the issuing levels, as registers write them. */
const LEVEL_ALIASES = {
  commune: ['Xã', 'Phường', 'Đặc khu', 'Xã, phường', 'Cấp xã, phường'],
  district: ['Huyện', 'Quận', 'Thị xã', 'Cấp quận, huyện'],
  province: ['Tỉnh', 'Thành phố', 'UBND tỉnh'],
  central: ['Trung ương', 'TW', 'Chính phủ', 'Quốc hội', 'Bộ'],
};

/**
 * Văn bản from a register kept in Excel. An item is found again by its number and symbol, normalised
 * (`01/2024/QĐ-UBND` = `1/2024/qd-ubnd`), and the year it was issued: numbers start again each year.
 */
export const DOCUMENT_MAPPER: SpreadsheetMapper = {
  schema: DOCUMENT_SCHEMA,
  columns: [
    { field: 'number', headers: ['Số, ký hiệu', 'Số ký hiệu', 'Số hiệu', 'Số văn bản', 'Ký hiệu', 'Number', 'Number and symbol'], example: '12/QĐ-UBND' },
    {
      field: 'title',
      headers: ['Trích yếu', 'Trích yếu nội dung', 'Tên văn bản', 'Tiêu đề', 'Title', 'Summary line'],
      example: 'Về việc ban hành Quy chế làm việc của Ủy ban nhân dân xã',
    },
    { field: 'documentType', headers: ['Loại văn bản', 'Loại', 'Hình thức văn bản', 'Document type', 'Type'], aliases: TYPE_ALIASES, example: 'Quyết định' },
    { field: 'issuedOn', headers: ['Ngày ban hành', 'Ngày ký', 'Ngày văn bản', 'Issued on', 'Date of issue'], example: '15/01/2024' },
    { field: 'effectiveOn', headers: ['Ngày có hiệu lực', 'Ngày hiệu lực', 'Hiệu lực từ', 'In force from', 'Effective on'], example: '15/01/2024' },
    { field: 'expiresOn', headers: ['Ngày hết hiệu lực', 'Hết hiệu lực', 'In force until', 'Expires on'], example: '' },
    { field: 'issuingBody', headers: ['Cơ quan ban hành', 'Nơi ban hành', 'Đơn vị ban hành', 'Issuing body', 'Issuer'], example: 'Ủy ban nhân dân xã' },
    { field: 'issuerLevel', headers: ['Cấp ban hành', 'Phạm vi', 'Issuing level', 'Level'], aliases: LEVEL_ALIASES, example: 'Cấp xã' },
    { field: 'signer', headers: ['Người ký', 'Người ký duyệt', 'Signed by', 'Signer'], example: 'Nguyễn Văn A' },
    { field: 'signerPosition', headers: ['Chức vụ', 'Chức vụ người ký', 'Position', 'Signer’s position', "Signer's position"], example: 'Chủ tịch' },
    { field: 'fieldId', headers: ['Lĩnh vực', 'Field', 'Subject'], example: 'Hành chính' },
    { field: 'summary', headers: ['Tóm tắt', 'Tóm tắt nội dung', 'Nội dung', 'Summary'], example: '' },
    { field: 'attachments', headers: ['Tệp', 'Tên tệp', 'Tệp đính kèm', 'Tệp văn bản', 'File', 'Files', 'File name'], example: '12-QD-UBND.pdf' },
  ],
  keyFields: ['number', 'issuedOn'],
  sameValue: {
    number: (a, b) => typeof a === 'string' && typeof b === 'string' && documentNumberKey(a) !== null && documentNumberKey(a) === documentNumberKey(b),
  },
  keyOf(content) {
    const number = typeof content.number === 'string' ? documentNumberKey(content.number) : null;
    if (!number) return null;
    const issued = typeof content.issuedOn === 'string' ? content.issuedOn.slice(0, 4) : '';
    return `${number}|${issued}`;
  },
  ruleMessages: {
    number: {
      vi: 'Số, ký hiệu không đọc được (ví dụ 12/QĐ-UBND hoặc 01/2024/QĐ-UBND).',
      en: 'The number and symbol cannot be read (e.g. 12/QĐ-UBND or 01/2024/QĐ-UBND).',
    },
    effectiveOn: { vi: 'Ngày có hiệu lực trước ngày ban hành.', en: 'In force before the day of issue.' },
    expiresOn: { vi: 'Ngày hết hiệu lực phải sau ngày có hiệu lực.', en: 'The end of force must come after its start.' },
  },
};

import { ISSUER_LEVELS } from '../legal/issuer-levels';
import { defineContentType, type ContentValues, type Label } from './schema';

const labels = (list: readonly { code: string; label: Label }[]): Record<string, Label> => Object.fromEntries(list.map((e) => [e.code, e.label]));

/** The one kind of link a procedure has to the legal register: the document is part of its legal basis. */
export const PROCEDURE_RELATION_KINDS = ['legal-basis'] as const;

/**
 * A procedure's code in the national procedures database (Mã thủ tục): one digit, a dot, six digits —
 * `1.001193` (đăng ký khai sinh), `2.000815` (chứng thực bản sao từ bản chính).
 */
export const PROCEDURE_CODE_PATTERN = /^\d\.\d{6}$/;

export const isProcedureCode = (code: string): boolean => PROCEDURE_CODE_PATTERN.test(code);

/** The procedure's page on the National Public Service Portal (Cổng Dịch vụ công quốc gia). */
export const nationalProcedureUrl = (code: string): string =>
  `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${encodeURIComponent(code)}`;

/**
 * A code as people type it → the code, or null: "1.001193", "1,001193", " 1001193 " → "1.001193"; a
 * beginning of one ("1.0011", "2.") is not a code (null).
 */
export function readProcedureCode(text: string): string | null {
  const t = text.trim().replace(',', '.');
  const m = /^(\d)\.?(\d{6})$/.exec(t);
  return m ? `${m[1]}.${m[2]}` : null;
}

/** The words a procedure's address is made from: its code and name (`1-001193-dang-ky-khai-sinh`). */
export const procedureSlugText = (code: string, title: string): string => `${code} ${title}`.trim();

/**
 * Thủ tục hành chính (QC Điều 5.2): an administrative procedure with the fields of the national procedures
 * database (Cơ sở dữ liệu quốc gia về thủ tục hành chính) — its code (`1.001193`), steps, ways to submit,
 * dossier components each with its form template, processing time, fees, applicants, agency, result and
 * legal basis (links into the site's register of legal documents, plus the wording of bases not in it).
 */
export const PROCEDURE_SCHEMA = defineContentType({
  type: 'procedure',
  label: { vi: 'Thủ tục hành chính', en: 'Administrative procedure' },
  labelPlural: { vi: 'Thủ tục hành chính', en: 'Administrative procedures' },
  createPermission: null,
  listFields: ['code', 'level'],
  fields: {
    title: {
      kind: 'text',
      label: { vi: 'Tên thủ tục', en: 'Procedure name' },
      min: 3,
      max: 500,
      default: '',
      requiredToSubmit: true,
      searchable: 'title',
      public: true,
    },
    code: {
      kind: 'text',
      label: { vi: 'Mã thủ tục', en: 'Procedure code' },
      max: 40,
      default: '',
      requiredToSubmit: true,
      searchable: 'text',
      public: true,
    },
    fieldId: { kind: 'ref', to: 'field', label: { vi: 'Lĩnh vực', en: 'Field' }, default: null, requiredToSubmit: true, public: true },
    level: {
      kind: 'enum',
      label: { vi: 'Cấp thực hiện', en: 'Level' },
      values: ISSUER_LEVELS.map((l) => l.code),
      labels: labels(ISSUER_LEVELS),
      default: 'commune',
      public: true,
    },
    submitInPerson: { kind: 'boolean', label: { vi: 'Nộp trực tiếp', en: 'Submit in person' }, default: true, public: true },
    submitOnline: { kind: 'boolean', label: { vi: 'Nộp trực tuyến', en: 'Submit online' }, default: false, public: true },
    submitByPost: { kind: 'boolean', label: { vi: 'Nộp qua bưu chính', en: 'Submit by post' }, default: false, public: true },
    steps: {
      kind: 'html',
      label: { vi: 'Trình tự thực hiện', en: 'Steps' },
      max: 60000,
      default: '',
      requiredToSubmit: true,
      searchable: 'text',
      public: true,
    },
    dossier: {
      kind: 'rows',
      label: { vi: 'Thành phần hồ sơ', en: 'Dossier components' },
      columns: {
        name: { kind: 'text', label: { vi: 'Tên giấy tờ', en: 'Document' }, max: 1000, multiline: true, required: true },
        copies: { kind: 'text', label: { vi: 'Số lượng', en: 'Copies' }, max: 200 },
        form: { kind: 'media', label: { vi: 'Mẫu đơn, tờ khai', en: 'Form template' } },
      },
      maxItems: 60,
      default: [],
      public: true,
    },
    processingTime: {
      kind: 'text',
      label: { vi: 'Thời hạn giải quyết', en: 'Processing time' },
      max: 1000,
      multiline: true,
      default: '',
      requiredToSubmit: true,
      public: true,
    },
    fees: { kind: 'text', label: { vi: 'Phí, lệ phí', en: 'Fees and charges' }, max: 2000, multiline: true, default: '', public: true },
    applicants: { kind: 'text', label: { vi: 'Đối tượng thực hiện', en: 'Eligible applicants' }, max: 1000, multiline: true, default: '', public: true },
    agency: {
      kind: 'text',
      label: { vi: 'Cơ quan thực hiện', en: 'Implementing agency' },
      max: 500,
      default: '',
      requiredToSubmit: true,
      searchable: 'text',
      public: true,
    },
    result: { kind: 'text', label: { vi: 'Kết quả thực hiện', en: 'Result' }, max: 1000, multiline: true, default: '', public: true },
    requirements: { kind: 'text', label: { vi: 'Yêu cầu, điều kiện', en: 'Requirements' }, max: 4000, multiline: true, default: '', public: true },
    legalBasis: {
      kind: 'relations',
      label: { vi: 'Căn cứ pháp lý (văn bản trong sổ)', en: 'Legal basis (documents of the register)' },
      kinds: PROCEDURE_RELATION_KINDS,
      targetType: 'document',
      maxItems: 30,
      default: [],
      public: true,
    },
    legalBasisText: {
      kind: 'text',
      label: { vi: 'Căn cứ pháp lý khác', en: 'Other legal basis' },
      max: 4000,
      multiline: true,
      default: '',
      searchable: 'text',
      public: true,
    },
    nationalUrl: {
      kind: 'text',
      label: { vi: 'Liên kết Cổng Dịch vụ công quốc gia', en: 'National public-service portal link' },
      max: 500,
      default: '',
      public: true,
    },
    notes: { kind: 'text', label: { vi: 'Ghi chú', en: 'Notes' }, max: 2000, multiline: true, default: '', public: true },
  },
});

export type ProcedureContent = ContentValues<typeof PROCEDURE_SCHEMA.fields>;

import { DOCUMENT_TYPES } from '../legal/document-types';
import { ISSUER_LEVELS } from '../legal/issuer-levels';
import { RELATION_KIND_CODES } from '../legal/relations';
import { defineContentType, type ContentValues, type Label } from './schema';

const labels = (list: readonly { code: string; label: Label }[]): Record<string, Label> => Object.fromEntries(list.map((e) => [e.code, e.label]));

/**
 * Văn bản (QC Điều 5.3): the legal documents of the commune, the province and the centre, with the
 * metadata of Decree 30/2020 — type, number and symbol (parsed and kept normalised by the API), issuing
 * body, signer, the dates that decide whether it is in force, and its relations to other documents
 * (the validity status is computed from them each day: `documentValidity` in libs/shared/legal). The file
 * itself is an attachment from the media library.
 */
export const DOCUMENT_SCHEMA = defineContentType({
  type: 'document',
  label: { vi: 'Văn bản', en: 'Legal document' },
  labelPlural: { vi: 'Văn bản', en: 'Legal documents' },
  createPermission: null,
  listFields: ['number', 'documentType', 'issuedOn'],
  fields: {
    title: {
      kind: 'text',
      label: { vi: 'Trích yếu', en: 'Title (summary line)' },
      min: 3,
      max: 500,
      default: '',
      requiredToSubmit: true,
      searchable: 'title',
      public: true,
    },
    documentType: {
      kind: 'enum',
      label: { vi: 'Loại văn bản', en: 'Document type' },
      values: DOCUMENT_TYPES.map((t) => t.code),
      labels: labels(DOCUMENT_TYPES),
      default: 'quyet-dinh',
      public: true,
    },
    number: {
      kind: 'text',
      label: { vi: 'Số, ký hiệu', en: 'Number and symbol' },
      max: 60,
      default: '',
      requiredToSubmit: true,
      searchable: 'text',
      public: true,
    },
    issuerLevel: {
      kind: 'enum',
      label: { vi: 'Cấp ban hành', en: 'Issuing level' },
      values: ISSUER_LEVELS.map((l) => l.code),
      labels: labels(ISSUER_LEVELS),
      default: 'commune',
      public: true,
    },
    issuingBody: {
      kind: 'text',
      label: { vi: 'Cơ quan ban hành', en: 'Issuing body' },
      max: 200,
      default: '',
      requiredToSubmit: true,
      searchable: 'text',
      public: true,
    },
    signer: { kind: 'text', label: { vi: 'Người ký', en: 'Signed by' }, max: 120, default: '', public: true },
    signerPosition: { kind: 'text', label: { vi: 'Chức vụ người ký', en: 'Signer’s position' }, max: 120, default: '', public: true },
    issuedOn: { kind: 'date', label: { vi: 'Ngày ban hành', en: 'Issued on' }, default: null, requiredToSubmit: true, public: true },
    effectiveOn: { kind: 'date', label: { vi: 'Ngày có hiệu lực', en: 'In force from' }, default: null, public: true },
    expiresOn: { kind: 'date', label: { vi: 'Ngày hết hiệu lực', en: 'In force until' }, default: null, public: true },
    summary: { kind: 'text', label: { vi: 'Tóm tắt nội dung', en: 'Summary' }, max: 4000, multiline: true, default: '', searchable: 'text', public: true },
    fieldId: { kind: 'ref', to: 'field', label: { vi: 'Lĩnh vực', en: 'Field' }, default: null, requiredToSubmit: true, public: true },
    attachments: { kind: 'attachments', label: { vi: 'Tệp văn bản', en: 'Files' }, maxItems: 10, default: [], requiredToSubmit: true, public: true },
    relations: {
      kind: 'relations',
      label: { vi: 'Văn bản liên quan', en: 'Related documents' },
      kinds: RELATION_KIND_CODES,
      maxItems: 30,
      default: [],
      public: true,
    },
  },
});

export type DocumentContent = ContentValues<typeof DOCUMENT_SCHEMA.fields>;

import type { ProcedureResponse } from '@congxa/shared/dto/procedures';
import { sampleEnvelope } from '../content/testing';

/** A saved draft procedure with two dossier rows (one with its form) and one legal basis, as the API returns it, for unit tests. */
export function sampleProcedure(overrides: Partial<ProcedureResponse> = {}): ProcedureResponse {
  return {
    ...sampleEnvelope(),
    id: 'p0000000-0000-4000-8000-000000000010',
    type: 'procedure',
    slug: '1-001193-dang-ky-khai-sinh',
    title: 'Đăng ký khai sinh',
    code: '1.001193',
    fieldId: 'f0000000-0000-4000-8000-000000000001',
    level: 'commune',
    submitInPerson: true,
    submitOnline: true,
    submitByPost: false,
    steps: '<p>Nộp hồ sơ tại Bộ phận Một cửa.</p>',
    dossier: [
      { id: 'r1', name: 'Tờ khai đăng ký khai sinh', copies: '01 bản chính', form: 'a0000000-0000-4000-8000-000000000001' },
      { id: 'r2', name: 'Giấy chứng sinh', copies: '01 bản chính', form: null },
    ],
    processingTime: 'Ngay trong ngày',
    fees: 'Miễn lệ phí',
    applicants: '',
    agency: 'Ủy ban nhân dân xã Ân Hảo Đông',
    result: 'Giấy khai sinh',
    requirements: '',
    legalBasis: [{ kind: 'legal-basis', itemId: 'd0000000-0000-4000-8000-000000000001' }],
    legalBasisText: '',
    nationalUrl: '',
    notes: '',
    ...overrides,
  } as ProcedureResponse;
}

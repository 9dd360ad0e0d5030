import type { DocumentResponse } from '@congxa/shared/dto/documents';
import { sampleEnvelope } from '../content/testing';

/** A saved draft legal document with one file and one relation, as the API returns it, for unit tests. */
export function sampleDocument(overrides: Partial<DocumentResponse> = {}): DocumentResponse {
  return {
    ...sampleEnvelope(),
    id: 'd0000000-0000-4000-8000-000000000010',
    type: 'document',
    slug: 'quyet-dinh-12-qd-ubnd',
    title: 'Quyết định ban hành Quy chế quản lý trang thông tin điện tử xã',
    documentType: 'quyet-dinh',
    number: '12/QĐ-UBND',
    issuerLevel: 'commune',
    issuingBody: 'Ủy ban nhân dân xã Ân Hảo Đông',
    signer: 'Nguyễn Văn A',
    signerPosition: 'Chủ tịch',
    issuedOn: '2026-03-05',
    effectiveOn: null,
    expiresOn: null,
    summary: '',
    fieldId: 'f0000000-0000-4000-8000-000000000001',
    attachments: ['a0000000-0000-4000-8000-000000000001'],
    relations: [{ kind: 'replaces', itemId: 'd0000000-0000-4000-8000-000000000001' }],
    ...overrides,
  } as DocumentResponse;
}

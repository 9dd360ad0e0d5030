import { DOCUMENT_SCHEMA } from '@congxa/shared/content';
import type { DocumentResponse } from '@congxa/shared/dto/documents';
import { itemFormAdapter } from '../content/composables/itemForm';
import { defineItemType } from '../content/itemType';
import { documentApi } from './api';

export const documentFormAdapter = itemFormAdapter<DocumentResponse>(DOCUMENT_SCHEMA);

/**
 * The legal document editor: `DOCUMENT_SCHEMA`'s fields in three boxes (number and issuing body; dates;
 * files and related documents), drawn by the generic `ItemEditorPage`.
 */
export const documentType = defineItemType<DocumentResponse>({
  schema: DOCUMENT_SCHEMA,
  api: documentApi,
  form: documentFormAdapter,
  idPrefix: 'document',
  routes: { list: 'documents', edit: 'document-edit' },
  labels: { back: 'documents.editor.back', notFound: 'documents.editor.notFound' },
  hints: {
    number: 'documents.editor.numberHint',
    fieldId: 'documents.editor.fieldHint',
    expiresOn: 'documents.editor.expiresHint',
    attachments: 'documents.editor.attachmentsHint',
  },
  invalidMessages: {
    number: 'documents.editor.numberInvalid',
    effectiveOn: 'documents.editor.effectiveInvalid',
    expiresOn: 'documents.editor.expiresInvalid',
    attachments: 'documents.editor.attachmentsInvalid',
    relations: 'documents.editor.relationsInvalid',
  },
  panels: [
    {
      key: 'identity',
      legend: 'documents.editor.identity',
      fields: ['documentType', 'number', 'title', 'issuerLevel', 'issuingBody', 'signer', 'signerPosition', 'fieldId', 'summary'],
    },
    { key: 'dates', legend: 'documents.editor.dates', fields: ['issuedOn', 'effectiveOn', 'expiresOn'] },
    { key: 'files', legend: 'documents.editor.files', fields: ['attachments', 'relations', 'slug'] },
  ],
  publicPath: (doc) => (doc.liveStatus === 'published' ? `/van-ban/${doc.slug}` : null),
});

import type { DOCUMENT_SCHEMA } from '@congxa/shared/content';
import type { DocumentResponse } from '@congxa/shared/dto/documents';
import { itemApi, type ItemCreate, type ItemUpdate } from '../content/api';

type DocumentFields = typeof DOCUMENT_SCHEMA.fields;
export type DocumentCreate = ItemCreate<DocumentFields>;
export type DocumentUpdate = ItemUpdate<DocumentFields>;

/** `/sites/:site/documents…`: the publishing core's routes for legal documents (Văn bản). */
export const documentApi = itemApi<DocumentResponse, DocumentCreate, DocumentUpdate>('documents');

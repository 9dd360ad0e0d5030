import type { RouteRecordRaw } from 'vue-router';
import type { Page } from '@congxa/shared/dto/common';
import type { PublicDocument, PublicDocumentSummary } from '@congxa/shared/dto/documents';
import { found, moved, notFound, pageParam, type Loader } from '../../core/loader';
import { fetchDocument, fetchDocuments, filtersFromQuery, type DocumentFilters } from './api';
import DocumentPage from './components/DocumentPage.vue';
import DocumentRegisterPage from './components/DocumentRegisterPage.vue';

export interface RegisterData {
  filters: DocumentFilters;
  page: Page<PublicDocumentSummary>;
}

export interface DocumentData {
  document: PublicDocument;
}

const loadRegister: Loader = async ({ api, to }) => {
  const filters = filtersFromQuery(to.query);
  const page = await fetchDocuments(api, filters, pageParam(to));
  // A page past the last one is not there (the first page of an empty register is: it says so).
  if (page.page > 1 && page.items.length === 0) return notFound();
  return found<RegisterData>({ filters, page });
};

const loadDocument: Loader = async ({ api, to }) => {
  const slug = String(to.params.slug);
  const document = await fetchDocument(api, slug);
  // An old address of a renamed document: the API answers the document under its current slug.
  if (document.slug !== slug) return moved(to, `/van-ban/${encodeURIComponent(slug)}`, `/van-ban/${document.slug}`);
  return found<DocumentData>({ document });
};

export const documentRoutes: RouteRecordRaw[] = [
  { path: '/van-ban', name: 'documents', component: DocumentRegisterPage, meta: { load: loadRegister } },
  { path: '/van-ban/:slug', name: 'document', component: DocumentPage, meta: { load: loadDocument } },
];

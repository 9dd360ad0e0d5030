import type { Page } from '@congxa/shared/dto/common';
import type { PublicDocument, PublicDocumentSummary } from '@congxa/shared/dto/documents';
import { DOCUMENT_TYPES, ISSUER_LEVELS, relationEffect, VALIDITY_STATUSES, type ValidityStatus } from '@congxa/shared/legal';
import type { LocationQuery } from 'vue-router';
import type { PortalApi } from '../../core/http';
import type { Locale } from '../../core/locale';

export const DOCUMENTS_PAGE_SIZE = 20;
/** The API's bounds (PublicDocumentQuery): longer words or other years are not asked for. */
export const DOCUMENT_QUERY_MAX_LENGTH = 200;
export const FIRST_YEAR = 1945;
export const LAST_YEAR = 2100;

/**
 * The register's filters as they stand in the portal's URL (`/van-ban?loai=quyet-dinh&nam=2024`), so a plain
 * GET form sets them without JavaScript. A value the API would refuse is left out rather than answered 400.
 */
export interface DocumentFilters {
  /** Type code (`loai`). */
  type: string | null;
  /** Issuing level (`cap`). */
  issuer: string | null;
  /** Year of issue (`nam`). */
  year: number | null;
  /** Subject field slug (`linh-vuc`). */
  field: string | null;
  /** Validity today (`hieu-luc`). */
  status: ValidityStatus | null;
  /** Words, or a number and symbol (`q`). */
  q: string;
}

/** The portal's query parameter of each filter. */
export const FILTER_PARAMS = { type: 'loai', issuer: 'cap', year: 'nam', field: 'linh-vuc', status: 'hieu-luc', q: 'q' } as const;

const one = (query: LocationQuery, name: string): string => {
  const raw = query[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === 'string' ? value.trim() : '';
};

export function filtersFromQuery(query: LocationQuery): DocumentFilters {
  const type = one(query, FILTER_PARAMS.type);
  const issuer = one(query, FILTER_PARAMS.issuer);
  const year = one(query, FILTER_PARAMS.year);
  const field = one(query, FILTER_PARAMS.field);
  const status = one(query, FILTER_PARAMS.status);
  const yearValue = /^\d{4}$/.test(year) ? Number(year) : null;
  return {
    type: DOCUMENT_TYPES.some((t) => t.code === type) ? type : null,
    issuer: ISSUER_LEVELS.some((l) => l.code === issuer) ? issuer : null,
    year: yearValue !== null && yearValue >= FIRST_YEAR && yearValue <= LAST_YEAR ? yearValue : null,
    field: /^[a-z0-9-]{1,120}$/.test(field) ? field : null,
    status: (VALIDITY_STATUSES as readonly string[]).includes(status) ? (status as ValidityStatus) : null,
    q: one(query, FILTER_PARAMS.q).normalize('NFC').slice(0, DOCUMENT_QUERY_MAX_LENGTH),
  };
}

/** True when any filter narrows the register. */
export const isFiltered = (f: DocumentFilters) => Boolean(f.type || f.issuer || f.year || f.field || f.status || f.q);

export function fetchDocuments(api: PortalApi, filters: DocumentFilters, page = 1, pageSize = DOCUMENTS_PAGE_SIZE): Promise<Page<PublicDocumentSummary>> {
  const q = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
  if (filters.type) q.set('type', filters.type);
  if (filters.issuer) q.set('issuer', filters.issuer);
  if (filters.year) q.set('year', String(filters.year));
  if (filters.field) q.set('field', filters.field);
  if (filters.status) q.set('status', filters.status);
  if (filters.q) q.set('q', filters.q);
  return api.get<Page<PublicDocumentSummary>>(`/public/documents?${q}`);
}

export function fetchDocument(api: PortalApi, slug: string): Promise<PublicDocument> {
  return api.get<PublicDocument>(`/public/documents/${encodeURIComponent(slug)}`);
}

/** `1 536 000` bytes → `1,5 MB` (Vietnamese decimal comma) or `1.5 MB` in English; under 1 MB in KB. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const format = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  if (bytes < 1024 * 1024) return `${format.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${format.format(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}

const FILE_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word (DOC)',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (DOCX)',
  'application/vnd.ms-excel': 'Excel (XLS)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (XLSX)',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/zip': 'ZIP',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};

/** A file's type as people name it (`PDF`, `Word (DOCX)`), else the extension of its name. */
export function fileTypeLabel(mimeType: string, name: string): string {
  return FILE_TYPES[mimeType] ?? (/\.([a-z0-9]{1,5})$/i.exec(name)?.[1]?.toUpperCase() || mimeType);
}

/** schema.org `legislationLegalForce` of a validity status. */
export function legalForce(status: ValidityStatus): 'InForce' | 'NotInForce' | 'PartiallyInForce' {
  if (status === 'in_force') return 'InForce';
  if (status === 'partially_expired') return 'PartiallyInForce';
  return 'NotInForce';
}

/** The document as schema.org `Legislation` (https://schema.org/Legislation). */
export function legislationJsonLd(doc: PublicDocument, url: string, origin: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: doc.title,
    url,
    legislationIdentifier: doc.number,
    legislationType: doc.documentType.label,
    legislationDate: doc.issuedOn ?? undefined,
    legislationDateOfApplicability: doc.effectiveOn ?? undefined,
    expires: doc.expiresOn ?? undefined,
    legislationLegalForce: legalForce(doc.validity.status),
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: doc.issuingBody },
    legislationResponsible: doc.signer ? { '@type': 'Person', name: doc.signer, jobTitle: doc.signerPosition || undefined } : undefined,
    abstract: doc.summary || undefined,
    about: doc.field ? { '@type': 'Thing', name: doc.field.name } : undefined,
    inLanguage: 'vi',
    datePublished: doc.publishedAt,
    dateModified: doc.updatedAt,
    encoding: doc.files.map((f) => ({
      '@type': 'MediaObject',
      name: f.name,
      encodingFormat: f.mimeType,
      contentSize: `${f.sizeBytes} B`,
      contentUrl: /^https?:\/\//.test(f.url) ? f.url : origin + f.url,
    })),
    // What this document does to others (replaces, repeals, amends, suspends); a link only (guides, based on) is no change.
    legislationChanges: doc.relations
      .filter((r) => r.direction === 'outgoing' && relationEffect(r.kind) !== 'none')
      .map((r) => ({ '@type': 'Legislation', legislationIdentifier: r.document.number, name: r.document.title, url: `${origin}/van-ban/${r.document.slug}` })),
  };
}

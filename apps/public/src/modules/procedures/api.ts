import type { PublicProcedure, PublicProcedurePage, PublicProcedureSummary } from '@congxa/shared/dto/procedures';
import { ISSUER_LEVELS } from '@congxa/shared/legal';
import type { LocationQuery } from 'vue-router';
import type { PortalApi } from '../../core/http';

/** One page holds a commune's procedures of several fields (a commune carries out a hundred or two). */
export const PROCEDURES_PAGE_SIZE = 50;
/** The API's bound (PublicProcedureQuery): longer words are not asked for. */
export const PROCEDURE_QUERY_MAX_LENGTH = 200;

/**
 * The list's filters as they stand in the portal's URL (`/thu-tuc?linh-vuc=ho-tich&q=khai+sinh`), so a plain
 * GET form sets them without JavaScript. A value the API would refuse is left out rather than answered 400.
 */
export interface ProcedureFilters {
  /** Field slug (`linh-vuc`). */
  field: string | null;
  /** Level that carries it out (`cap`). */
  level: string | null;
  /** A code or words (`q`). */
  q: string;
}

/** The portal's query parameter of each filter. */
export const PROCEDURE_PARAMS = { field: 'linh-vuc', level: 'cap', q: 'q' } as const;

const one = (query: LocationQuery, name: string): string => {
  const raw = query[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === 'string' ? value.trim() : '';
};

export function procedureFiltersFromQuery(query: LocationQuery): ProcedureFilters {
  const field = one(query, PROCEDURE_PARAMS.field);
  const level = one(query, PROCEDURE_PARAMS.level);
  return {
    field: /^[a-z0-9-]{1,120}$/.test(field) ? field : null,
    level: ISSUER_LEVELS.some((l) => l.code === level) ? level : null,
    q: one(query, PROCEDURE_PARAMS.q).normalize('NFC').slice(0, PROCEDURE_QUERY_MAX_LENGTH),
  };
}

/** True when any filter narrows the list. */
export const isProcedureFiltered = (f: ProcedureFilters) => Boolean(f.field || f.level || f.q);

export function fetchProcedures(api: PortalApi, filters: ProcedureFilters, page = 1, pageSize = PROCEDURES_PAGE_SIZE): Promise<PublicProcedurePage> {
  const q = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
  if (filters.field) q.set('field', filters.field);
  if (filters.level) q.set('level', filters.level);
  if (filters.q) q.set('q', filters.q);
  return api.get<PublicProcedurePage>(`/public/procedures?${q}`);
}

export function fetchProcedure(api: PortalApi, slug: string): Promise<PublicProcedure> {
  return api.get<PublicProcedure>(`/public/procedures/${encodeURIComponent(slug)}`);
}

export interface ProcedureGroup {
  /** The field's slug, or "" for procedures without one. */
  key: string;
  name: string | null;
  items: PublicProcedureSummary[];
}

/** The list as the API orders it (by field, then code), cut where the field changes. */
export function groupByField(items: readonly PublicProcedureSummary[]): ProcedureGroup[] {
  const groups: ProcedureGroup[] = [];
  for (const item of items) {
    const key = item.field?.slug ?? '';
    const last = groups.at(-1);
    if (last && last.key === key) last.items.push(item);
    else groups.push({ key, name: item.field?.name ?? null, items: [item] });
  }
  return groups;
}

/** The ways to hand in the dossier, as message keys, in the national pages' order. */
export function submitWays(p: Pick<PublicProcedureSummary, 'submit'>): ('procInPerson' | 'procOnline' | 'procByPost')[] {
  return [
    ...(p.submit.inPerson ? (['procInPerson'] as const) : []),
    ...(p.submit.online ? (['procOnline'] as const) : []),
    ...(p.submit.byPost ? (['procByPost'] as const) : []),
  ];
}

/** The procedure as schema.org `GovernmentService` (https://schema.org/GovernmentService). */
export function governmentServiceJsonLd(p: PublicProcedure, url: string, origin: string, siteName: string | null): Record<string, unknown> {
  const agency = p.agency ? { '@type': 'GovernmentOrganization', name: p.agency } : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: p.title,
    identifier: p.code || undefined,
    url,
    serviceType: p.field?.name,
    provider: agency,
    serviceOperator: agency,
    areaServed: siteName ? { '@type': 'AdministrativeArea', name: siteName } : undefined,
    audience: p.applicants ? { '@type': 'Audience', audienceType: p.applicants } : undefined,
    description: p.result || undefined,
    availableChannel: [
      ...(p.submit.inPerson ? [{ '@type': 'ServiceChannel', name: 'Nộp trực tiếp', serviceLocation: agency }] : []),
      ...(p.submit.online && p.nationalUrl ? [{ '@type': 'ServiceChannel', name: 'Nộp trực tuyến', serviceUrl: p.nationalUrl }] : []),
      ...(p.submit.byPost ? [{ '@type': 'ServiceChannel', name: 'Nộp qua bưu chính' }] : []),
    ],
    isRelatedTo: p.legalBasis.map((d) => ({ '@type': 'Legislation', legislationIdentifier: d.number, name: d.title, url: `${origin}/van-ban/${d.slug}` })),
    sameAs: p.nationalUrl || undefined,
    inLanguage: 'vi',
    datePublished: p.publishedAt,
    dateModified: p.updatedAt,
  };
}

import {
  DOMAIN_PATTERN,
  SITE_CODE_PATTERN,
  SITE_SLUG_NOT_CODE,
  SLUG_PATTERN,
  type CreateSiteRequest,
  type SiteResponse,
  type UpdateSiteRequest,
} from '@congxa/shared/dto/sites';
import { foldVietnamese, slugify } from '@congxa/shared/text';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';

/** The site form while the platform administrator types. Domains are one text box each. */
export interface SiteForm {
  code: string;
  slug: string;
  name: string;
  domains: string[];
}

export type SiteField = 'code' | 'slug' | 'name' | 'domains';
/** Message keys under `platform.form.errors`. */
export type SiteProblem =
  'codeFormat' | 'slugFormat' | 'slugLooksLikeCode' | 'slugTooLong' | 'nameTooShort' | 'nameTooLong' | 'domainFormat' | 'domainTwice' | 'tooManyDomains';

export const emptySiteForm = (): SiteForm => ({ code: '', slug: '', name: '', domains: [] });
export const siteFormOf = (s: SiteResponse): SiteForm => ({ code: s.code, slug: s.slug, name: s.name, domains: [...s.domains] });

/**
 * A domain as the API stores it: lower case, no scheme, path or port. People paste "https://xa.gov.vn/";
 * the host is what they mean.
 */
export function cleanDomain(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/\.$/, '');
}

export const cleanDomains = (domains: readonly string[]): string[] => domains.map(cleanDomain).filter(Boolean);

/** The slug proposed from the name: "Xã Ân Hảo Đông" → "an-hao-dong" (the commune's name, without "xã"). */
export function suggestSlug(name: string): string {
  return slugify(name.replace(/^\s*(xã|phường|đặc khu)\s+/i, ''), 60).replace(/-+$/, '');
}

/** The DTO's rules (CreateSiteRequest / UpdateSiteRequest), checked before sending. */
export function checkSite(form: SiteForm, options: { checkCode: boolean } = { checkCode: true }): Partial<Record<SiteField, SiteProblem>> {
  const problems: Partial<Record<SiteField, SiteProblem>> = {};
  if (options.checkCode && !SITE_CODE_PATTERN.test(form.code.trim())) problems.code = 'codeFormat';
  const slug = form.slug.trim();
  if (!SLUG_PATTERN.test(slug)) problems.slug = 'slugFormat';
  else if (!SITE_SLUG_NOT_CODE.test(slug)) problems.slug = 'slugLooksLikeCode';
  else if (slug.length > 60) problems.slug = 'slugTooLong';
  const name = form.name.trim();
  if (name.length < 2) problems.name = 'nameTooShort';
  else if (name.length > 200) problems.name = 'nameTooLong';
  const domains = cleanDomains(form.domains);
  if (domains.length > 20) problems.domains = 'tooManyDomains';
  else if (domains.some((d) => !DOMAIN_PATTERN.test(d))) problems.domains = 'domainFormat';
  else if (new Set(domains).size !== domains.length) problems.domains = 'domainTwice';
  return problems;
}

/** The first domain the API would refuse, to name it in the message. */
export const badDomain = (domains: readonly string[]): string | null => cleanDomains(domains).find((d) => !DOMAIN_PATTERN.test(d)) ?? null;

export function toCreateRequest(form: SiteForm): CreateSiteRequest {
  return { code: form.code.trim(), slug: form.slug.trim(), name: form.name.trim().replace(/\s+/g, ' '), domains: cleanDomains(form.domains) };
}

/** The PATCH of what changed (code cannot change), with the revision the form was loaded at; null when nothing did. */
export function toUpdateRequest(site: SiteResponse, form: SiteForm): UpdateSiteRequest | null {
  const request: UpdateSiteRequest = { revision: site.revision };
  const slug = form.slug.trim();
  const name = form.name.trim().replace(/\s+/g, ' ');
  const domains = cleanDomains(form.domains);
  if (slug !== site.slug) request.slug = slug;
  if (name !== site.name) request.name = name;
  if (domains.length !== site.domains.length || domains.some((d, i) => d !== site.domains[i])) request.domains = domains;
  return Object.keys(request).length > 1 ? request : null;
}

/** The sites list's state in its URL: `?q=&page=`. */
export interface SitesQuery {
  q: string;
  page: number;
}

export const SITES_PAGE_SIZE = 25;

export function parseSitesQuery(query: LocationQuery): SitesQuery {
  const q = Array.isArray(query.q) ? query.q[0] : query.q;
  const p = Number(Array.isArray(query.page) ? query.page[0] : query.page);
  return { q: typeof q === 'string' ? q.slice(0, 200) : '', page: Number.isInteger(p) && p > 1 ? p : 1 };
}

export function sitesQueryOf(state: SitesQuery): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.q.trim()) query.q = state.q.trim();
  if (state.page > 1) query.page = String(state.page);
  return query;
}

/** Sites whose name, code, slug or a domain contains every word of the search (tone marks ignored). */
export function filterSites(sites: readonly SiteResponse[], q: string): SiteResponse[] {
  const words = foldVietnamese(q).split(/\s+/).filter(Boolean);
  return sites.filter((s) => {
    const key = foldVietnamese([s.name, s.code, s.slug, ...s.domains].join(' '));
    return words.every((w) => key.includes(w));
  });
}

/** API refusals about one entry of the site form, shown beside it. */
export function fieldOfSiteCode(code: string): SiteField | null {
  return code === 'SITE_CODE_TAKEN' ? 'code' : code === 'SITE_SLUG_TAKEN' ? 'slug' : code === 'DOMAIN_TAKEN' ? 'domains' : null;
}

/** The domains a DOMAIN_TAKEN answer names (`details.domains`). */
export function takenDomains(details: unknown): string[] {
  const domains = (details as { domains?: unknown } | null | undefined)?.domains;
  return Array.isArray(domains) ? domains.filter((d): d is string => typeof d === 'string') : [];
}

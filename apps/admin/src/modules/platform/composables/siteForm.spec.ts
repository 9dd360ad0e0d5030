import { describe, expect, it } from 'vitest';
import type { SiteResponse } from '@congxa/shared/dto/sites';
import { checkSite, cleanDomain, filterSites, parseSitesQuery, sitesQueryOf, suggestSlug, takenDomains, toCreateRequest, toUpdateRequest } from './siteForm';

const site: SiteResponse = {
  id: 's1',
  code: '22015',
  slug: 'binh-minh',
  name: 'Xã Bình Minh',
  domains: ['binhminh.gov.vn'],
  revision: 3,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

describe('site form', () => {
  it('should propose the slug from the name without "Xã"', () => {
    expect(suggestSlug('Xã Ân Hảo Đông')).toBe('an-hao-dong');
    expect(suggestSlug('Phường Đống Đa')).toBe('dong-da');
  });

  it('should keep only the host of a pasted address', () => {
    expect(cleanDomain(' https://AnHao.gov.vn/trang-chu ')).toBe('anhao.gov.vn');
    expect(cleanDomain('anhao.gov.vn:8080')).toBe('anhao.gov.vn');
  });

  it('should check the DTO rules: 5-digit code, slug that is not a code, name length, domains', () => {
    expect(checkSite({ code: '2201', slug: '22015', name: 'X', domains: ['a..b'] })).toEqual({
      code: 'codeFormat',
      slug: 'slugLooksLikeCode',
      name: 'nameTooShort',
      domains: 'domainFormat',
    });
    expect(checkSite({ code: '22015', slug: 'Binh Minh', name: 'Xã Bình Minh', domains: ['a.vn', 'A.vn'] })).toEqual({
      slug: 'slugFormat',
      domains: 'domainTwice',
    });
    expect(checkSite({ code: '', slug: 'binh-minh', name: 'Xã Bình Minh', domains: ['', 'binhminh.gov.vn'] }, { checkCode: false })).toEqual({});
  });

  it('should build the create request with clean values and no empty domain', () => {
    expect(toCreateRequest({ code: ' 22015 ', slug: 'binh-minh', name: ' Xã  Bình Minh ', domains: ['https://binhminh.gov.vn/', ''] })).toEqual({
      code: '22015',
      slug: 'binh-minh',
      name: 'Xã Bình Minh',
      domains: ['binhminh.gov.vn'],
    });
  });

  it('should send only what changed with the revision', () => {
    expect(toUpdateRequest(site, { code: '22015', slug: 'binh-minh', name: 'Xã Bình Minh', domains: ['binhminh.gov.vn'] })).toBeNull();
    expect(toUpdateRequest(site, { code: '22015', slug: 'binh-minh', name: 'Xã Bình Minh', domains: ['binhminh.gov.vn', 'www.binhminh.gov.vn'] })).toEqual({
      revision: 3,
      domains: ['binhminh.gov.vn', 'www.binhminh.gov.vn'],
    });
    expect(toUpdateRequest(site, { code: '22015', slug: 'binh-minh-moi', name: 'Xã Bình Minh (mới)', domains: [] })).toEqual({
      revision: 3,
      slug: 'binh-minh-moi',
      name: 'Xã Bình Minh (mới)',
      domains: [],
    });
  });

  it('should read the domains a DOMAIN_TAKEN answer names', () => {
    expect(takenDomains({ domains: ['localhost', 3] })).toEqual(['localhost']);
    expect(takenDomains(undefined)).toEqual([]);
  });
});

describe('sites list query', () => {
  it('should round-trip search and page and search code, name and domain', () => {
    expect(parseSitesQuery(sitesQueryOf({ q: 'binh', page: 2 }) as Record<string, string>)).toEqual({ q: 'binh', page: 2 });
    expect(sitesQueryOf({ q: '', page: 1 })).toEqual({});
    expect(filterSites([site], 'binh minh')).toHaveLength(1);
    expect(filterSites([site], '22015')).toHaveLength(1);
    expect(filterSites([site], 'gov.vn')).toHaveLength(1);
    expect(filterSites([site], 'an hao')).toHaveLength(0);
  });
});

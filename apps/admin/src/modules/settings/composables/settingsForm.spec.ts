import { describe, expect, it } from 'vitest';
import type { SiteSettingsResponse } from '@congxa/shared/dto/sites';
import { HttpError } from '../../../core/http';
import { checkValues, conflictCurrent, hasChanges, mergeConflict, missingForPortal, patchOf, valuesOf } from './settingsForm';

const settings = (over: Partial<SiteSettingsResponse> = {}): SiteSettingsResponse => ({
  governingBody: 'Ủy ban nhân dân xã Ân Hảo Đông',
  address: 'Thôn 1, xã Ân Hảo Đông',
  phone: '0256 3 123 456',
  email: 'ubnd@anhaodong.gov.vn',
  responsiblePerson: 'Nguyễn Văn A – Chủ tịch UBND xã',
  licence: null,
  bannerText: null,
  bannerEndsAt: null,
  footerNote: null,
  facebookUrl: null,
  zaloUrl: null,
  youtubeUrl: null,
  logoMediaId: null,
  revision: 3,
  updatedAt: '2026-03-01T01:00:00.000Z',
  ...over,
});

describe('patchOf', () => {
  it('should send only what changed, trimmed, with the revision', () => {
    const base = settings();
    const values = { ...valuesOf(base), phone: ' 0256 3 999 999 ', footerNote: 'Ghi rõ nguồn' };
    expect(patchOf(values, base)).toEqual({ revision: 3, phone: '0256 3 999 999', footerNote: 'Ghi rõ nguồn' });
    expect(hasChanges(values, base)).toBe(true);
    expect(hasChanges(valuesOf(base), base)).toBe(false);
  });

  it('should clear a setting emptied by the user with null', () => {
    const base = settings({ footerNote: 'Ghi rõ nguồn' });
    expect(patchOf({ ...valuesOf(base), footerNote: '  ' }, base)).toEqual({ revision: 3, footerNote: null });
  });

  it('should send the social links and the logo like the texts: a new value, or null once removed', () => {
    const LOGO = '6a1c2d9e-0000-4000-8000-000000000001';
    const base = settings();
    const values = { ...valuesOf(base), facebookUrl: ' https://www.facebook.com/xaanhaodong ', logoMediaId: LOGO };
    expect(patchOf(values, base)).toEqual({ revision: 3, facebookUrl: 'https://www.facebook.com/xaanhaodong', logoMediaId: LOGO });
    const withLogo = settings({ logoMediaId: LOGO, youtubeUrl: 'https://www.youtube.com/@xa' });
    expect(patchOf({ ...valuesOf(withLogo), logoMediaId: '', youtubeUrl: '' }, withLogo)).toEqual({ revision: 3, logoMediaId: null, youtubeUrl: null });
  });

  it('should leave the banner to its own card: a banner saved by the deputy is no change of the footer form', () => {
    const base = settings();
    expect(Object.keys(valuesOf(base))).not.toContain('bannerText');
    expect(hasChanges(valuesOf(base), settings({ bannerText: 'Bão số 5', bannerEndsAt: '2099-01-01T00:00:00.000Z', revision: 4 }))).toBe(false);
  });
});

describe('checkValues', () => {
  it('should flag an address that is not an e-mail and a text over its limit', () => {
    const values = { ...valuesOf(settings()), email: 'ubnd.gov.vn', footerNote: 'x'.repeat(1001) };
    expect(checkValues(values)).toEqual({ email: 'email', footerNote: 'tooLong' });
    expect(checkValues(valuesOf(settings()))).toEqual({});
    expect(checkValues({ ...valuesOf(settings()), email: '' })).toEqual({});
  });

  it('should flag a social link that is not a full https:// address, and take an empty one', () => {
    const values = { ...valuesOf(settings()), facebookUrl: 'http://facebook.com/xa', zaloUrl: 'zalo.me/0905123456', youtubeUrl: '' };
    expect(checkValues(values)).toEqual({ facebookUrl: 'url', zaloUrl: 'url' });
    expect(checkValues({ ...values, facebookUrl: ' https://www.facebook.com/xa ', zaloUrl: 'https://zalo.me/0905123456' })).toEqual({});
    expect(checkValues({ ...values, facebookUrl: `https://www.facebook.com/${'a'.repeat(500)}`, zaloUrl: '' })).toEqual({ facebookUrl: 'tooLong' });
  });
});

describe('missingForPortal', () => {
  it('should name the details the portal must show that are still empty', () => {
    expect(missingForPortal(settings())).toEqual([]);
    expect(missingForPortal(settings({ phone: null, responsiblePerson: null, licence: null }))).toEqual(['phone', 'responsiblePerson']);
  });
});

describe('mergeConflict', () => {
  const base = settings();
  const current = settings({ address: 'Thôn 2, xã Ân Hảo Đông', phone: '0256 3 111 111', revision: 4 });

  it('should keep what the user typed and show the server’s value beside it when both changed it', () => {
    const mine = { ...valuesOf(base), phone: '0256 3 222 222' };
    const { values, changes } = mergeConflict(base, mine, current);
    expect(values.phone).toBe('0256 3 222 222');
    expect(changes).toContainEqual({ key: 'phone', before: '0256 3 123 456', server: '0256 3 111 111', mine: '0256 3 222 222', clash: true });
  });

  it('should take the server’s value for a setting the user left alone, so saving does not undo it', () => {
    const mine = { ...valuesOf(base), phone: '0256 3 222 222' };
    const { values, changes } = mergeConflict(base, mine, current);
    expect(values.address).toBe('Thôn 2, xã Ân Hảo Đông');
    expect(changes).toContainEqual({
      key: 'address',
      before: 'Thôn 1, xã Ân Hảo Đông',
      server: 'Thôn 2, xã Ân Hảo Đông',
      mine: 'Thôn 2, xã Ân Hảo Đông',
      clash: false,
    });
    // Saving on top of the current revision sends only the user's own change.
    expect(patchOf(values, current)).toEqual({ revision: 4, phone: '0256 3 222 222' });
  });

  it('should take the logo another person chose when the user left it alone', () => {
    const LOGO = '6a1c2d9e-0000-4000-8000-000000000002';
    const { values, changes } = mergeConflict(base, valuesOf(base), { ...current, logoMediaId: LOGO });
    expect(values.logoMediaId).toBe(LOGO);
    expect(changes).toContainEqual({ key: 'logoMediaId', before: '', server: LOGO, mine: LOGO, clash: false });
  });

  it('should not call it a clash when both wrote the same', () => {
    const { changes } = mergeConflict(base, { ...valuesOf(base), phone: '0256 3 111 111' }, current);
    expect(changes.find((c) => c.key === 'phone')?.clash).toBe(false);
  });
});

describe('conflictCurrent', () => {
  it('should read the current settings of a 409 REVISION_CONFLICT and nothing else', () => {
    const current = settings({ revision: 4 });
    expect(conflictCurrent(new HttpError({ status: 409, code: 'REVISION_CONFLICT', message: 'x', details: { current } }))).toEqual(current);
    expect(conflictCurrent(new HttpError({ status: 422, code: 'VALIDATION_FAILED', message: 'x' }))).toBeNull();
    expect(conflictCurrent(new Error('x'))).toBeNull();
  });
});

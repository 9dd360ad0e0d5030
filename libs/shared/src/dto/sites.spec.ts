import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { validationMessage } from '../errors/validation-messages';
import { activeBanner, SITE_FOOTER_KEYS, SITE_PUBLIC_KEYS, SITE_SETTING_MAX_LENGTH, UpdateSiteBannerRequest, UpdateSiteSettingsRequest } from './sites';

describe('activeBanner', () => {
  const now = new Date('2026-10-20T03:00:00.000Z');

  it('should show a banner without an end time, or with one still ahead', () => {
    expect(activeBanner({ bannerText: 'Bão số 6', bannerEndsAt: null }, now)).toEqual({ text: 'Bão số 6', endsAt: null });
    expect(activeBanner({ bannerText: 'Bão số 6', bannerEndsAt: '2026-10-20T10:00:01+07:00' }, now)).toEqual({
      text: 'Bão số 6',
      endsAt: '2026-10-20T10:00:01+07:00',
    });
  });

  it('should show nothing once the end time has come, without a text, or with an end time that is not one', () => {
    expect(activeBanner({ bannerText: 'Bão số 6', bannerEndsAt: '2026-10-20T03:00:00Z' }, now)).toBeNull();
    expect(activeBanner({ bannerText: null, bannerEndsAt: '2099-01-01T00:00:00Z' }, now)).toBeNull();
    expect(activeBanner({ bannerText: 'Bão', bannerEndsAt: 'ngày mai' }, now)).toBeNull();
  });
});

describe('UpdateSiteBannerRequest', () => {
  const errors = (body: object) =>
    validateSync(plainToInstance(UpdateSiteBannerRequest, body)).map((e) => [
      e.property,
      Object.keys(e.constraints ?? {})
        .sort()
        .join(' '),
    ]);

  it('should take a text with an end time, a text alone, and null to switch off', () => {
    expect(errors({ revision: 2, text: 'Bão số 6', endsAt: '2026-10-20T17:00:00+07:00' })).toEqual([]);
    expect(errors({ revision: 2, text: 'Bão số 6' })).toEqual([]);
    expect(errors({ revision: 2, text: null, endsAt: null })).toEqual([]);
  });

  it('should refuse a missing text, one too long, an end time without an offset, and no revision', () => {
    expect(errors({ revision: 2 })).toEqual([['text', 'isString maxLength']]);
    expect(errors({ revision: 2, text: 'x'.repeat(301) })).toEqual([['text', 'maxLength']]);
    expect(errors({ revision: 2, text: 'Bão', endsAt: '2026-10-20 17:00' })).toEqual([['endsAt', 'isDateTime']]);
    expect(errors({ text: 'Bão' })[0]?.[0]).toBe('revision');
  });
});

describe('UpdateSiteSettingsRequest: the logo and the social links', () => {
  const errors = (body: object) =>
    validateSync(plainToInstance(UpdateSiteSettingsRequest, { revision: 3, ...body })).map((e) => [
      e.property,
      Object.keys(e.constraints ?? {})
        .sort()
        .join(' '),
    ]);
  const LOGO = '7f0c2b8e-4a51-4c7e-9a43-2d2f4f3b9a10';

  it('should take https addresses of a Facebook page, a Zalo account and a YouTube channel, and a logo id', () => {
    expect(
      errors({
        facebookUrl: 'https://www.facebook.com/xa.anhaodong',
        zaloUrl: 'https://zalo.me/1234567890123456789',
        youtubeUrl: 'https://www.youtube.com/@ubndxaanhaodong',
        logoMediaId: LOGO,
      }),
    ).toEqual([]);
    expect(errors({ zaloUrl: 'https://oa.zalo.me/home?id=123#tin' })).toEqual([]);
  });

  it('should trim an address, and take null or an empty text to clear a link or the logo', () => {
    const dto = plainToInstance(UpdateSiteSettingsRequest, { revision: 3, facebookUrl: '  https://www.facebook.com/xa  ', zaloUrl: '   ' });
    expect(validateSync(dto)).toEqual([]);
    expect(dto).toMatchObject({ facebookUrl: 'https://www.facebook.com/xa', zaloUrl: '' });
    expect(errors({ facebookUrl: null, zaloUrl: '', youtubeUrl: null, logoMediaId: null })).toEqual([]);
  });

  it.each([
    ['plain http', 'http://www.facebook.com/xa', 'isHttpsUrl'],
    ['no scheme', 'www.facebook.com/xa', 'isHttpsUrl'],
    ['a script', 'javascript:alert(1)', 'isHttpsUrl'],
    ['a user name and password', 'https://user:mat-khau@facebook.com/xa', 'isHttpsUrl'],
    ['a host without a domain', 'https://localhost/xa', 'isHttpsUrl'],
    ['a space', 'https://facebook.com/ xa', 'isHttpsUrl'],
    ['over 500 characters', `https://www.facebook.com/${'a'.repeat(480)}`, 'maxLength'],
  ])('should refuse a link with %s (%#)', (_what, url, rule) => {
    expect(errors({ facebookUrl: url })).toEqual([['facebookUrl', rule]]);
    expect(errors({ youtubeUrl: url })).toEqual([['youtubeUrl', rule]]);
  });

  it('should refuse a link that is not a text, and a logo that is not a media id', () => {
    expect(errors({ zaloUrl: 84912345678 })[0]).toEqual(['zaloUrl', expect.stringContaining('isHttpsUrl isString')]);
    expect(errors({ logoMediaId: 'logo.png' })).toEqual([['logoMediaId', 'isUuid']]);
    expect(errors({ logoMediaId: '' })).toEqual([['logoMediaId', 'isUuid']]);
  });

  it('should name the https rule for people, in both languages', () => {
    expect(validationMessage('isHttpsUrl', 'vi')).toContain('https://');
    expect(validationMessage('isHttpsUrl', 'en')).toContain('https://');
  });

  it('should put the links in the footer and the logo only in the public answer', () => {
    expect(SITE_FOOTER_KEYS).toEqual(expect.arrayContaining(['facebookUrl', 'zaloUrl', 'youtubeUrl']));
    expect(SITE_FOOTER_KEYS).not.toContain('logoMediaId');
    expect(SITE_PUBLIC_KEYS).toEqual([...SITE_FOOTER_KEYS, 'logoMediaId']);
    expect(SITE_SETTING_MAX_LENGTH.facebookUrl).toBe(500);
  });
});

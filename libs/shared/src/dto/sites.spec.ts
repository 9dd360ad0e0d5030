import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { activeBanner, UpdateSiteBannerRequest } from './sites';

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

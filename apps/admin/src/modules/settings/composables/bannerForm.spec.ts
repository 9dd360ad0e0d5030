import { describe, expect, it } from 'vitest';
import { bannerOff, bannerRequestOf, bannerState, bannerValuesOf, checkBanner } from './bannerForm';

const NOW = new Date('2026-10-20T03:00:00.000Z'); // 10:00 in Vietnam

describe('bannerState', () => {
  it('should say the portal shows a banner without an end time, or with one ahead', () => {
    expect(bannerState({ bannerText: 'Bão số 6', bannerEndsAt: null }, NOW)).toBe('on');
    expect(bannerState({ bannerText: 'Bão số 6', bannerEndsAt: '2026-10-20T03:00:01.000Z' }, NOW)).toBe('on');
  });

  it('should say it ended once its end time has come, and off without a text', () => {
    expect(bannerState({ bannerText: 'Bão số 6', bannerEndsAt: '2026-10-20T03:00:00.000Z' }, NOW)).toBe('ended');
    expect(bannerState({ bannerText: null, bannerEndsAt: null }, NOW)).toBe('off');
  });
});

describe('bannerValuesOf', () => {
  it('should show the end time in Vietnam’s time, as the date-time field holds it', () => {
    expect(bannerValuesOf({ bannerText: 'Bão', bannerEndsAt: '2026-10-20T10:30:00.000Z' })).toEqual({ text: 'Bão', endsAt: '2026-10-20T17:30:00+07:00' });
    expect(bannerValuesOf({ bannerText: null, bannerEndsAt: null })).toEqual({ text: '', endsAt: '' });
  });
});

describe('bannerRequestOf', () => {
  it('should send the trimmed text and the end time with the revision', () => {
    expect(bannerRequestOf({ text: '  Mất điện chiều nay ', endsAt: '2026-10-20T17:30:00+07:00' }, 5)).toEqual({
      revision: 5,
      text: 'Mất điện chiều nay',
      endsAt: '2026-10-20T17:30:00+07:00',
    });
  });

  it('should send no end time for "until switched off", and none without a text', () => {
    expect(bannerRequestOf({ text: 'Bão', endsAt: '' }, 5)).toEqual({ revision: 5, text: 'Bão', endsAt: null });
    expect(bannerRequestOf({ text: '  ', endsAt: '2026-10-20T17:30:00+07:00' }, 5)).toEqual({ revision: 5, text: null, endsAt: null });
    expect(bannerOff(7)).toEqual({ revision: 7, text: null, endsAt: null });
  });
});

describe('checkBanner', () => {
  it('should ask for a text within its limit and an end time still ahead', () => {
    expect(checkBanner({ text: 'Bão', endsAt: '2026-10-20T17:30:00+07:00' }, NOW)).toEqual({});
    expect(checkBanner({ text: 'Bão', endsAt: '' }, NOW)).toEqual({});
    expect(checkBanner({ text: '   ', endsAt: '' }, NOW)).toEqual({ text: 'required' });
    expect(checkBanner({ text: 'x'.repeat(301), endsAt: '' }, NOW)).toEqual({ text: 'tooLong' });
    expect(checkBanner({ text: 'Bão', endsAt: '2026-10-20T09:59:00+07:00' }, NOW)).toEqual({ endsAt: 'endsInPast' });
  });
});

import { describe, expect, it } from 'vitest';
import { isoToViParts, maskViTime, parseViTime, toVietnamIso, viPartsToIso } from './datetime';

describe('isoToViParts', () => {
  it('should show a UTC moment as the day and time in Vietnam when the zone differs', () => {
    expect(isoToViParts('2026-12-05T03:32:00.000Z')).toEqual({ date: '05/12/2026', time: '10:32' });
    // 20:30 UTC is already the next day in Vietnam.
    expect(isoToViParts('2026-12-31T20:30:00Z')).toEqual({ date: '01/01/2027', time: '03:30' });
  });

  it('should give empty parts when there is no moment or it is not one', () => {
    expect(isoToViParts(null)).toEqual({ date: '', time: '' });
    expect(isoToViParts('hôm qua')).toEqual({ date: '', time: '' });
  });
});

describe('parseViTime', () => {
  it('should read the ways people write a time as HH:mm', () => {
    expect(parseViTime('9:05')).toBe('09:05');
    expect(parseViTime('09h05')).toBe('09:05');
    expect(parseViTime(' 21.30 ')).toBe('21:30');
    expect(parseViTime('')).toBe('');
  });

  it('should refuse a time the clock does not have', () => {
    expect(parseViTime('24:00')).toBeNull();
    expect(parseViTime('10:60')).toBeNull();
    expect(parseViTime('9:5')).toBeNull();
    expect(parseViTime('sáng')).toBeNull();
  });
});

describe('maskViTime', () => {
  it('should add the colon as the digits are typed', () => {
    expect(maskViTime('09')).toBe('09:');
    expect(maskViTime('0930')).toBe('09:30');
    expect(maskViTime('9:')).toBe('09:');
    expect(maskViTime('093045')).toBe('09:30');
    expect(maskViTime('09', true)).toBe('09');
  });
});

describe('viPartsToIso', () => {
  it('should give the moment with the +07:00 offset whatever the browser', () => {
    expect(viPartsToIso('05/12/2026', '10:32')).toBe('2026-12-05T10:32:00+07:00');
    expect(new Date(viPartsToIso('05/12/2026', '10:32')!).toISOString()).toBe('2026-12-05T03:32:00.000Z');
  });

  it('should take a day without a time as its start and nothing as no moment', () => {
    expect(viPartsToIso('05/12/2026', '')).toBe('2026-12-05T00:00:00+07:00');
    expect(viPartsToIso('', '')).toBe('');
  });

  it('should refuse a time without a day and a day the calendar does not have', () => {
    expect(viPartsToIso('', '10:00')).toBeNull();
    expect(viPartsToIso('31/02/2026', '10:00')).toBeNull();
    expect(viPartsToIso('12/31/2026', '10:00')).toBeNull();
  });
});

describe('toVietnamIso', () => {
  it('should write a stored moment again in Vietnam time so a round trip keeps it', () => {
    expect(toVietnamIso('2026-12-05T03:32:00.000Z')).toBe('2026-12-05T10:32:00+07:00');
    expect(toVietnamIso(null)).toBe('');
  });
});

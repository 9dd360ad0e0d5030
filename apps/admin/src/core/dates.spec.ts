import { describe, expect, it } from 'vitest';
import { formatViDay, isIsoDay, isReversedRange, maskViDay, parseTimeOfDay, parseViDay } from './dates';

describe('parseViDay', () => {
  it('should read dd/mm/yyyy as a day and give it as YYYY-MM-DD', () => {
    expect(parseViDay('31/12/2026')).toBe('2026-12-31');
    expect(parseViDay(' 5/1/2026 ')).toBe('2026-01-05');
    expect(parseViDay('05.01.2026')).toBe('2026-01-05');
    expect(parseViDay('29/02/2028')).toBe('2028-02-29');
  });

  it('should refuse a day the calendar does not have', () => {
    expect(parseViDay('31/02/2026')).toBeNull();
    expect(parseViDay('29/02/2026')).toBeNull();
    expect(parseViDay('32/01/2026')).toBeNull();
    expect(parseViDay('12/13/2026')).toBeNull();
  });

  it('should refuse other formats and typing slips', () => {
    expect(parseViDay('2026-12-31')).toBeNull();
    expect(parseViDay('12/31/26')).toBeNull();
    expect(parseViDay('31/12/0202')).toBeNull();
    expect(parseViDay('hôm qua')).toBeNull();
  });

  it('should read an empty field as no date', () => {
    expect(parseViDay('')).toBe('');
    expect(parseViDay('   ')).toBe('');
  });
});

describe('formatViDay', () => {
  it('should show a day as dd/mm/yyyy and nothing for anything else', () => {
    expect(formatViDay('2026-12-31')).toBe('31/12/2026');
    expect(formatViDay('2026-02-30')).toBe('');
    expect(formatViDay(null)).toBe('');
  });

  it('should round-trip with parseViDay', () => {
    expect(parseViDay(formatViDay('2026-01-05'))).toBe('2026-01-05');
    expect(isIsoDay('2026-01-05')).toBe(true);
  });
});

describe('maskViDay', () => {
  it('should add the slashes while digits are typed', () => {
    expect(maskViDay('3')).toBe('3');
    expect(maskViDay('31')).toBe('31/');
    expect(maskViDay('31/1')).toBe('31/1');
    expect(maskViDay('31/12')).toBe('31/12/');
    expect(maskViDay('31122026')).toBe('31/12/2026');
    expect(maskViDay('31/12/20261')).toBe('31/12/2026');
  });

  it('should pad a one-digit day or month closed by a separator', () => {
    expect(maskViDay('5/')).toBe('05/');
    expect(maskViDay('05/1/')).toBe('05/01/');
    expect(maskViDay('5.1.2026')).toBe('05/01/2026');
  });

  it('should let Backspace remove a slash', () => {
    expect(maskViDay('31', true)).toBe('31');
    expect(maskViDay('31/12', true)).toBe('31/12');
  });
});

describe('isReversedRange', () => {
  it('should tell a range that ends before it starts', () => {
    expect(isReversedRange('2026-12-31', '2026-01-01')).toBe(true);
    expect(isReversedRange('2026-01-01', '2026-01-01')).toBe(false);
    expect(isReversedRange('', '2026-01-01')).toBe(false);
  });
});

describe('parseTimeOfDay', () => {
  it('should read a time as people type it and write it HH:mm, 24 hours', () => {
    for (const [typed, time] of [
      ['7:30', '07:30'],
      ['07:30', '07:30'],
      ['7h30', '07:30'],
      ['14g', '14:00'],
      ['7 h 30 phút', '07:30'],
      ['07.30', '07:30'],
      ['0730', '07:30'],
      ['730', '07:30'],
      ['7', '07:00'],
      ['23:59', '23:59'],
      ['  ', ''],
    ])
      expect(parseTimeOfDay(typed!)).toBe(time);
  });

  it('should refuse what is not a time of day when it is out of range or words', () => {
    for (const typed of ['24:00', '7:75', 'sáng', '7:30:00', '12345', '-1']) expect(parseTimeOfDay(typed)).toBeNull();
  });
});

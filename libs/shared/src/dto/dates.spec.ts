import { filterInstant, isPlainDate, parseDateTime } from './dates';

describe('parseDateTime', () => {
  it('should read full date-times with an explicit offset, seconds and fractions optional', () => {
    expect(parseDateTime('2026-01-01T08:00:00+07:00')?.toISOString()).toBe('2026-01-01T01:00:00.000Z');
    expect(parseDateTime('2026-01-01T01:00Z')?.toISOString()).toBe('2026-01-01T01:00:00.000Z');
    expect(parseDateTime('2026-01-01T01:00:00.123456Z')?.toISOString()).toBe('2026-01-01T01:00:00.123Z');
    expect(parseDateTime('2026-06-30T23:59:59-14:00')?.toISOString()).toBe('2026-07-01T13:59:59.000Z');
  });

  it('should refuse what ISO 8601 allows but new Date() misreads or cannot read', () => {
    for (const s of [
      '2026-W01',
      '2026-W01-1',
      '20260101',
      '2026-001',
      '2026-01-01',
      '2026-01-01T08:00:00',
      '2026-01-01 08:00:00Z',
      '2026-02-30T00:00:00Z',
      '2026-01-01T24:00:00Z',
      '2026-01-01T23:60:00Z',
      '2026-01-01T23:59:60Z',
      '2026-01-01T08:00:00+15:00',
      '0000-01-01T00:00:00Z',
      '+012026-01-01T00:00:00Z',
      '',
      ' 2026-01-01T08:00:00Z',
    ]) {
      expect([s, parseDateTime(s)]).toEqual([s, null]);
    }
    expect(parseDateTime(1767225600000)).toBeNull();
  });
});

describe('isPlainDate', () => {
  it('should take real YYYY-MM-DD days only', () => {
    expect(isPlainDate('2026-01-31')).toBe(true);
    expect(isPlainDate('2028-02-29')).toBe(true);
    for (const s of ['2026-02-29', '2026-13-01', '20260101', '2026-W01', '2026-1-1', '2026-01-01T00:00:00Z']) expect([s, isPlainDate(s)]).toEqual([s, false]);
  });
});

describe('filterInstant', () => {
  it('should read a plain date as that whole day in Vietnam, and a date-time as written', () => {
    expect(filterInstant('2026-01-31', 'start')?.toISOString()).toBe('2026-01-30T17:00:00.000Z');
    expect(filterInstant('2026-01-31', 'end')?.toISOString()).toBe('2026-01-31T17:00:00.000Z');
    expect(filterInstant('2026-01-31T08:00:00+07:00', 'end')?.toISOString()).toBe('2026-01-31T01:00:00.000Z');
    expect(filterInstant('2026-W05', 'start')).toBeNull();
  });
});

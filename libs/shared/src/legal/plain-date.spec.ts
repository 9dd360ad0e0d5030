import { formatPlainDate, isPlainDate, todayInVietnam } from './plain-date';

describe('isPlainDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-01-01', true],
    ['1999-12-31', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-04-31', false],
    ['2024-2-1', false],
    ['01/01/2025', false],
    ['2025-01-01T00:00:00Z', false],
    ['', false],
  ])('should answer %s → %s', (value, expected) => {
    expect(isPlainDate(value)).toBe(expected);
  });

  it('should refuse what is not a string', () => {
    expect(isPlainDate(null)).toBe(false);
    expect(isPlainDate(new Date())).toBe(false);
    expect(isPlainDate(20250101)).toBe(false);
  });
});

describe('todayInVietnam', () => {
  it.each([
    ['2024-12-31T16:59:59.999Z', '2024-12-31'],
    ['2024-12-31T17:00:00Z', '2025-01-01'],
    ['2025-01-01T00:00:00Z', '2025-01-01'],
    ['2024-02-28T17:00:00Z', '2024-02-29'],
    ['2025-06-30T23:30:00+07:00', '2025-06-30'],
  ])('should give the Hà Nội day at %s', (instant, day) => {
    expect(todayInVietnam(new Date(instant))).toBe(day);
  });

  it('should give a plain date for the current time', () => {
    expect(isPlainDate(todayInVietnam())).toBe(true);
  });
});

describe('formatPlainDate', () => {
  it('should show a day as dd/mm/yyyy and leave anything else alone', () => {
    expect(formatPlainDate('2025-01-01')).toBe('01/01/2025');
    expect(formatPlainDate('2024-12-09')).toBe('09/12/2024');
    expect(formatPlainDate('soon')).toBe('soon');
  });
});

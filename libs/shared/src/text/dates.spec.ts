import { formatDate, formatDateTime } from './dates';

describe('formatDate', () => {
  it('should show dd/mm/yyyy when given an ISO timestamp', () => {
    expect(formatDate('2025-03-09T03:00:00Z')).toBe('09/03/2025');
  });

  it('should use the Vietnam date when UTC is still on the previous day', () => {
    // 17:30 UTC on 1 July is 00:30 on 2 July in Hà Nội (UTC+7).
    expect(formatDate('2025-07-01T17:30:00Z')).toBe('02/07/2025');
    expect(formatDate('2025-07-01T16:59:59Z')).toBe('01/07/2025');
  });

  it('should accept Date objects and epoch milliseconds', () => {
    expect(formatDate(new Date('2024-12-31T18:00:00Z'))).toBe('01/01/2025');
    expect(formatDate(Date.UTC(2024, 1, 29, 12))).toBe('29/02/2024');
  });

  it('should give an empty string when the date is invalid', () => {
    expect(formatDate('not a date')).toBe('');
  });
});

describe('formatDateTime', () => {
  it('should show dd/mm/yyyy HH:mm in Vietnam time when given an ISO timestamp', () => {
    expect(formatDateTime('2025-07-01T17:30:00Z')).toBe('02/07/2025 00:30');
    expect(formatDateTime('2025-01-15T05:05:00Z')).toBe('15/01/2025 12:05');
  });
});

import { describe, expect, it } from 'vitest';
import { formatDate } from './useDateFormat';

describe('formatDate', () => {
  it('should show dd/mm/yyyy when given an ISO timestamp', () => {
    expect(formatDate('2025-03-09T03:00:00Z')).toBe('09/03/2025');
  });

  it('should use the Vietnam date when UTC is still on the previous day', () => {
    expect(formatDate('2025-07-01T17:30:00Z')).toBe('02/07/2025');
    expect(formatDate('2025-07-01T16:59:59Z')).toBe('01/07/2025');
  });

  it('should give an empty string when the date is invalid', () => {
    expect(formatDate('')).toBe('');
    expect(formatDate('hôm qua')).toBe('');
  });
});

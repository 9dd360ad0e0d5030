import { describe, expect, it } from 'vitest';
import { isoToVietnamInput, vietnamInputToIso } from './vietnamTime';

describe('datetime-local in Vietnam time', () => {
  it('should read the input as Hà Nội time whatever the browser zone when sending to the API', () => {
    expect(vietnamInputToIso('2026-03-01T08:30')).toBe('2026-03-01T01:30:00.000Z');
    expect(vietnamInputToIso('2026-01-01T00:15')).toBe('2025-12-31T17:15:00.000Z');
    expect(vietnamInputToIso('2026-03-01T08:30:45')).toBe('2026-03-01T01:30:45.000Z');
  });

  it('should show an API time as Hà Nội wall-clock time when filling the input', () => {
    expect(isoToVietnamInput('2026-03-01T01:30:00.000Z')).toBe('2026-03-01T08:30');
    expect(isoToVietnamInput('2025-12-31T17:15:00Z')).toBe('2026-01-01T00:15');
  });

  it('should round-trip every value when converted there and back', () => {
    for (const value of ['2026-02-28T23:59', '2026-07-15T00:00', '2027-12-31T12:00']) {
      expect(isoToVietnamInput(vietnamInputToIso(value))).toBe(value);
    }
  });

  it('should give nothing when the value is empty or not a date', () => {
    expect(vietnamInputToIso('')).toBeNull();
    expect(vietnamInputToIso('01/03/2026 08:30')).toBeNull();
    expect(vietnamInputToIso('2026-02-31T08:30')).toBeNull();
    expect(isoToVietnamInput(null)).toBe('');
    expect(isoToVietnamInput('not a date')).toBe('');
  });
});

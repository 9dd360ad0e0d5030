import { describe, expect, it } from 'vitest';
import { safeRedirect } from './safeRedirect';

describe('safeRedirect', () => {
  it('should keep an in-app path when the query names one', () => {
    expect(safeRedirect('/thanh-vien?page=2')).toBe('/thanh-vien?page=2');
    expect(safeRedirect(['/a', '/b'])).toBe('/a');
  });

  it('should refuse other hosts when the query points outside the app', () => {
    expect(safeRedirect('https://evil.example/')).toBeNull();
    expect(safeRedirect('//evil.example/')).toBeNull();
    expect(safeRedirect('/\\evil.example')).toBeNull();
    expect(safeRedirect(undefined)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { formatBytes } from './format';

describe('formatBytes', () => {
  it('should write sizes the way each language writes numbers', () => {
    expect(formatBytes(512, 'vi')).toBe('512 byte');
    expect(formatBytes(2.5 * 1024 * 1024, 'vi')).toBe('2,5 MB');
    expect(formatBytes(2.5 * 1024 * 1024, 'en')).toBe('2.5 MB');
    expect(formatBytes(50 * 1024 * 1024, 'vi')).toBe('50 MB');
    expect(formatBytes(150 * 1024, 'en')).toBe('150 KB');
  });
});

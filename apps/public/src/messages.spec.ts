import { describe, expect, it } from 'vitest';
import { t } from './messages';

describe('t', () => {
  it('should give the Vietnamese string when asked for a key', () => {
    expect(t('notFoundTitle')).toBe('Không tìm thấy trang');
  });

  it('should fill placeholders when params are given', () => {
    expect(t('pageOf', { page: 2, pages: 5 })).toBe('Trang 2/5');
    expect(t('publishedOn', { date: '01/07/2025' })).toBe('Ngày đăng 01/07/2025');
  });

  it('should leave an unknown placeholder visible when its param is missing', () => {
    expect(t('pageOf', { page: 2 })).toBe('Trang 2/{pages}');
  });
});

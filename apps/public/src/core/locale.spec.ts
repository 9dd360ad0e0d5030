import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import { localeOf, localePath, translate } from './locale';

describe('translate', () => {
  it('should give the Vietnamese string when asked for a key', () => {
    expect(translate('vi')('notFoundTitle')).toBe('Không tìm thấy trang');
    expect(translate('en')('notFoundTitle')).toBe('Page not found');
  });

  it('should fill placeholders when params are given', () => {
    expect(translate('vi')('pageOf', { page: 2, pages: 5 })).toBe('Trang 2/5');
    expect(translate('vi')('publishedOn', { date: '01/07/2025' })).toBe('Ngày đăng 01/07/2025');
  });

  it('should leave an unknown placeholder visible when its param is missing', () => {
    expect(translate('vi')('pageOf', { page: 2 })).toBe('Trang 2/{pages}');
  });

  it('should have every English string different from empty', () => {
    for (const [key, text] of Object.entries(messages.en)) expect([key, text.length > 0]).toEqual([key, true]);
  });
});

describe('localeOf / localePath', () => {
  it('should read English from the /en prefix only', () => {
    expect(localeOf('/en')).toBe('en');
    expect(localeOf('/en/tim-kiem')).toBe('en');
    expect(localeOf('/english-club')).toBe('vi');
    expect(localeOf('/')).toBe('vi');
  });

  it('should prefix paths in English and leave Vietnamese ones', () => {
    expect(localePath('en', '/')).toBe('/en');
    expect(localePath('en', '/tin-tuc/a')).toBe('/en/tin-tuc/a');
    expect(localePath('vi', '/tin-tuc/a')).toBe('/tin-tuc/a');
  });
});

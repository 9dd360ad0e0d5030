import { foldVietnamese, hasForbiddenControlChars, normalizeEmail, normalizeText, slugify } from './normalize';

describe('text normalisation', () => {
  it('should compose decomposed Vietnamese into NFC', () => {
    const decomposed = 'Hội nghị'.normalize('NFD');
    expect(decomposed).not.toBe('Hội nghị');
    expect(normalizeText(decomposed)).toBe('Hội nghị');
  });

  it('should slugify Vietnamese titles with đ folded', () => {
    expect(slugify('Hội nghị tổng kết')).toBe('hoi-nghi-tong-ket');
    expect(slugify('Đường làng, ngõ xóm: ĐẸP!')).toBe('duong-lang-ngo-xom-dep');
    expect(foldVietnamese('Quyết định')).toBe('quyet dinh');
  });

  it('should refuse control characters except tab and newline', () => {
    expect(hasForbiddenControlChars('a\tb\nc\r\nd')).toBe(false);
    expect(hasForbiddenControlChars('a\u0000b')).toBe(true);
    expect(hasForbiddenControlChars('a\u001bb')).toBe(true);
    expect(hasForbiddenControlChars('a\rb')).toBe(true);
    expect(hasForbiddenControlChars('a\u0085b')).toBe(true);
  });

  it('should lower-case and trim emails', () => {
    expect(normalizeEmail('  Chief@Demo.LOCAL ')).toBe('chief@demo.local');
  });
});

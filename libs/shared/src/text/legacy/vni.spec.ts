import { decodeVni, encodeVni } from './vni';

describe('VNI-Windows decoding', () => {
  it('should join a base letter and its mark byte when the mark has the case of its base', () => {
    expect(decodeVni('Tieáng Vieät')).toBe('Tiếng Việt');
    expect(decodeVni('TIEÁNG VIEÄT')).toBe('TIẾNG VIỆT');
    expect(decodeVni('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
  });

  it('should read the single-byte letters đ ơ ư and the toned i and ỵ', () => {
    expect(decodeVni('ñ Ñ ô Ô ö Ö')).toBe('đ Đ ơ Ơ ư Ư');
    expect(decodeVni('í ì æ ó ò î Í Ì Æ Ó Ò Î')).toBe('í ì ỉ ĩ ị ỵ Í Ì Ỉ Ĩ Ị Ỵ');
    expect(decodeVni('Ñöôøng, öôùc, ÖÔÙC, thuôû, khuyûu')).toBe('Đường, ước, ƯỚC, thuở, khuỷu');
  });

  it('should read the two-character sequence before the single characters', () => {
    // "oâ" is ô, while "ô" alone is ơ.
    expect(decodeVni('khoâng ô')).toBe('không ơ');
    expect(decodeVni('aê aé aè aú aü aë')).toBe('ă ắ ằ ẳ ẵ ặ');
    expect(decodeVni('aâ aá aà aå aã aä')).toBe('â ấ ầ ẩ ẫ ậ');
  });

  it('should leave a mark of the wrong case, and punctuation, as they are', () => {
    expect(decodeVni('Aù')).toBe('Aù');
    expect(decodeVni('“Xin chaøo” – 100%…')).toBe('“Xin chào” – 100%…');
  });

  it('should map C1 controls back to the cp1252 characters of their bytes', () => {
    expect(decodeVni('\u0093Xin chaøo\u0094')).toBe('“Xin chào”');
  });
});

describe('VNI encoding (used to build test documents)', () => {
  it('should spell every toned vowel with the mark byte of its case', () => {
    expect(encodeVni('Tiếng Việt')).toBe('Tieáng Vieät');
    expect(encodeVni('ĐƯỜNG')).toBe('ÑÖÔØNG');
    expect(encodeVni('ỵ Ỵ ỷ Ỷ')).toBe('î Î yû YÛ');
  });

  it('should refuse a character VNI cannot hold', () => {
    expect(() => encodeVni('ç')).not.toThrow();
    expect(() => encodeVni('ü')).toThrow('VNI cannot hold "ü"');
  });
});

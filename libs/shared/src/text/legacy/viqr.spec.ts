import { convertToUnicode } from './convert';
import { decodeViqr, encodeViqr } from './viqr';

describe('VIQR', () => {
  it('should put the shape mark then the tone on the vowel before them', () => {
    expect(decodeViqr('Vie^.t Nam')).toBe('Việt Nam');
    expect(decodeViqr('Co^.ng ho`a xa~ ho^.i chu? nghi~a')).toBe('Cộng hòa xã hội chủ nghĩa');
    expect(decodeViqr("a( a(' a^` o+? u+~ e^.n")).toBe('ă ắ ầ ở ữ ện');
  });

  it('should read dd as đ only at the start of a word', () => {
    expect(decodeViqr('dda^y DDa`i Ddi')).toBe('đây Đài Đi');
    expect(decodeViqr('address')).toBe('address');
  });

  it('should keep a period or question mark that ends a sentence', () => {
    expect(decodeViqr('Xin cha`o. Ba.n kho?e kho^ng?')).toBe('Xin chào. Bạn khỏe không?');
    expect(decodeViqr('con bo.. Ho.c sinh')).toBe('con bọ. Học sinh');
    expect(decodeViqr('to^i o+? dda^y')).toBe('tôi ở đây');
  });

  it('should keep a mark escaped with a backslash', () => {
    expect(decodeViqr('chao\\. Ha\\`')).toBe('chao. Ha`');
  });

  it('should round-trip text written by its encoder', () => {
    const text = 'Ủy ban nhân dân xã Ân Hảo Đông thông báo lịch tiếp công dân';
    expect(encodeViqr(text)).toBe("U?y ban nha^n da^n xa~ A^n Ha?o DDo^ng tho^ng ba'o li.ch tie^'p co^ng da^n");
    expect(convertToUnicode(encodeViqr(text), 'viqr')).toBe(text);
  });

  it('should not be converted unless asked for', () => {
    expect(convertToUnicode("Vie^.t Nam va` the^' gio+'i")).toBe("Vie^.t Nam va` the^' gio+'i");
  });
});

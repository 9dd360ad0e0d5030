import { decodeTcvn3, encodeTcvn3, encodeTcvn3Runs } from './tcvn3';
import { convertToUnicode } from './convert';

describe('TCVN3 (.VnTime) decoding', () => {
  it('should read the soft hyphen 0xAD as ư when it sits inside a word', () => {
    expect(decodeTcvn3('Tr\u00adêng häc')).toBe('Trường học');
    expect(decodeTcvn3('n\u00adíc')).toBe('nước');
    expect(decodeTcvn3('\u00ad')).toBe('ư');
  });

  it('should give Ă Â Ê Ô Ơ Ư Đ their own capital codes and the lower-case ones theirs', () => {
    expect(decodeTcvn3('¡ ¢ £ ¤ ¥ ¦ §')).toBe('Ă Â Ê Ô Ơ Ư Đ');
    expect(decodeTcvn3('¨ © ª « ¬ \u00ad ®')).toBe('ă â ê ô ơ ư đ');
    expect(decodeTcvn3('§¹i héi §¶ng')).toBe('Đại hội Đảng');
  });

  it('should decode every tone of a, â and ă from its own byte', () => {
    expect(decodeTcvn3('a ¸ µ ¶ · ¹')).toBe('a á à ả ã ạ');
    expect(decodeTcvn3('© Ê Ç È É Ë')).toBe('â ấ ầ ẩ ẫ ậ');
    expect(decodeTcvn3('¨ ¾ » ¼ ½ Æ')).toBe('ă ắ ằ ẳ ẵ ặ');
    expect(decodeTcvn3('y ý ú û ü þ')).toBe('y ý ỳ ỷ ỹ ỵ');
  });

  it('should draw every letter as a capital when the text is set in an H font', () => {
    expect(decodeTcvn3('ViÖt Nam', { capitals: 'all' })).toBe('VIỆT NAM');
    expect(convertToUnicode('céng hoµ x· héi chñ nghÜa viÖt nam', 'tcvn3', { fonts: ['.VnTimeH'] })).toBe('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('should keep toned vowels in lower case as the ordinary font drew them when the font is .VnTime', () => {
    expect(convertToUnicode('VIÖT NAM', 'tcvn3', { fonts: ['.VnTime'] })).toBe('VIệT NAM');
  });

  it('should restore the capitals of words typed in capitals when no font is known', () => {
    expect(decodeTcvn3('VIÖT NAM')).toBe('VIỆT NAM');
    expect(decodeTcvn3('Hµ Néi - Hµ NéI')).toBe('Hà Nội - HÀ NỘI');
    expect(decodeTcvn3('Th«ng b¸o cña ñy ban nh©n d©n x· ¢n H¶o §«ng')).toBe('Thông báo của ủy ban nhân dân xã Ân Hảo Đông');
    expect(decodeTcvn3('Cô L£ – BÝ th\u00ad')).toBe('CỤ LÊ – Bí thư');
    // One capital next to a lower-case word stays as typed.
    expect(decodeTcvn3('TH¶O BÝ th\u00ad')).toBe('THẢO Bí thư');
  });

  it('should capitalise a toned vowel that begins a sentence when no font is known', () => {
    expect(decodeTcvn3('ñy ban x· th«ng b¸o. ë ®©u? “Êy lµ viÖc cña ai”')).toBe('Ủy ban xã thông báo. Ở đâu? “Ấy là việc của ai”');
    expect(decodeTcvn3('Dßng mét\næn ®Þnh')).toBe('Dòng một\nỔn định');
    expect(convertToUnicode('ñy ban', 'tcvn3', { fonts: ['.VnTime'] })).toBe('ủy ban');
  });

  it('should map cp1252 specials and C1 controls back to their bytes and keep the punctuation', () => {
    expect(decodeTcvn3('“Hµ Néi” – ViÖt Nam…')).toBe('“Hà Nội” – Việt Nam…');
    expect(decodeTcvn3('\u0093Hµ Néi\u0094 \u0096 \u0085')).toBe('“Hà Nội” – …');
  });

  it('should read characters Word stores for a symbol-charset font (U+F0xx) as their bytes', () => {
    const pua = [...'Tr\u00adêng'].map((c) => String.fromCharCode(0xf000 + c.charCodeAt(0))).join('');
    expect(decodeTcvn3(pua)).toBe('Trường');
  });

  it('should leave ASCII, digits and bytes TCVN3 does not use as they are', () => {
    expect(decodeTcvn3('Covid-19: 38°C, 100%')).toBe('Covid-19: 38°C, 100%');
    expect(decodeTcvn3('Ngµy 02/9/1945')).toBe('Ngày 02/9/1945');
  });
});

describe('TCVN3 encoding (used to build test documents)', () => {
  it('should put toned capitals in runs of the H font and the rest in the ordinary font', () => {
    expect(encodeTcvn3Runs('Ấn Độ')).toEqual([
      { text: 'Ê', font: '.VnTimeH' },
      { text: 'n §é', font: '.VnTime' },
    ]);
    expect(encodeTcvn3Runs('VIỆT NAM', { normal: '.VnArial', capital: '.VnArialH' })).toEqual([
      { text: 'VI', font: '.VnArial' },
      { text: 'ÖT NAM', font: '.VnArialH' },
    ]);
  });

  it('should write ư as the soft hyphen and keep smart quotes', () => {
    expect(encodeTcvn3('“Trường”')).toBe('“Tr\u00adêng”');
  });

  it('should refuse a character TCVN3 cannot hold', () => {
    expect(() => encodeTcvn3('ç')).toThrow('TCVN3 cannot hold "ç"');
    expect(() => encodeTcvn3('漢')).toThrow();
  });
});

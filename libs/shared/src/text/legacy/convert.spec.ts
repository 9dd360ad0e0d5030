import { convertLegacyText, convertToUnicode } from './convert';
import { c1ToCp1252, charToByte } from './cp1252';
import { foldForSearch, toNfc } from './aliases';
import { classifyFont, classifyFonts } from './fonts';
import { encodeTcvn3 } from './tcvn3';
import { encodeVni } from './vni';

const LINE = 'Trường Tiểu học xã Ân Hảo Đông khai giảng năm học mới.';

describe('convertToUnicode', () => {
  it('should convert detected TCVN3 and VNI text and say what it found', () => {
    expect(convertLegacyText(encodeTcvn3(LINE))).toMatchObject({ text: LINE, detected: 'tcvn3' });
    expect(convertLegacyText(encodeVni(LINE))).toMatchObject({ text: LINE, detected: 'vni' });
  });

  it('should echo the encoding with confidence 1 when it is given', () => {
    expect(convertLegacyText('Tieáng Vieät', 'vni')).toEqual({ text: 'Tiếng Việt', detected: 'vni', confidence: 1 });
  });

  it('should pass Unicode through unchanged, composing decomposed text to NFC', () => {
    expect(convertToUnicode(LINE)).toBe(LINE);
    const nfd = LINE.normalize('NFD');
    expect(convertToUnicode(nfd)).toBe(LINE);
    expect(convertToUnicode(nfd).length).toBeLessThan(nfd.length);
  });

  it('should convert only the legacy lines of a paste that mixes them with Unicode lines', () => {
    const text = `Tiêu đề: ${LINE}\n${encodeTcvn3(LINE)}\r\n${encodeTcvn3('Hà Nội')}`;
    expect(convertToUnicode(text)).toBe(`Tiêu đề: ${LINE}\n${LINE}\r\nHà Nội`);
  });

  it('should decode each line of a multi-line text and keep the line breaks', () => {
    const text = ['Kính gửi: Ủy ban nhân dân xã', '', 'Đề nghị cấp giấy chứng nhận.'].join('\n');
    expect(convertToUnicode(encodeVni(text))).toBe(text);
  });

  it('should use the H font to restore toned capitals', () => {
    expect(convertToUnicode(encodeTcvn3('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), 'auto', { fonts: ['.VnTimeH'] })).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('should convert a megabyte of TCVN3 in well under a few seconds', () => {
    const line = encodeTcvn3(`${LINE}\n`);
    const big = line.repeat(Math.ceil((1024 * 1024) / line.length));
    const started = Date.now();
    const result = convertLegacyText(big);
    const ms = Date.now() - started;
    expect(result.detected).toBe('tcvn3');
    expect(result.text.startsWith(LINE)).toBe(true);
    console.log(`1 MB of TCVN3 detected and converted in ${ms} ms`);
    expect(ms).toBeLessThan(5000);
  });
});

describe('toNfc and foldForSearch', () => {
  it('should compose to NFC and fold to a search key with đ folded', () => {
    expect(toNfc('Ho\u0300a\r\nBi\u0300nh')).toBe('Hòa\nBình');
    expect(foldForSearch('Đường Lê Lợi')).toBe('duong le loi');
  });
});

describe('fonts and bytes', () => {
  it('should classify TCVN3 fonts, their H variants and VNI fonts', () => {
    expect(classifyFont('.VnTime')).toEqual({ encoding: 'tcvn3', capitals: false });
    expect(classifyFont('.VnTimeH')).toEqual({ encoding: 'tcvn3', capitals: true });
    expect(classifyFont('.VnArial NarrowH')).toEqual({ encoding: 'tcvn3', capitals: true });
    expect(classifyFont('VNI-Times')).toEqual({ encoding: 'vni', capitals: false });
    expect(classifyFont('Times New Roman')).toBeNull();
    expect(classifyFonts(['.VnTime', '.VnTimeH'])).toEqual({ encoding: 'tcvn3', capitals: 'mixed' });
    expect(classifyFonts(['.VnTime', 'VNI-Times'])).toEqual({ encoding: null, capitals: 'none' });
  });

  it('should take cp1252 specials back to their bytes and C1 controls to cp1252', () => {
    expect(charToByte(0x201c)).toBe(0x93);
    expect(charToByte(0x2026)).toBe(0x85);
    expect(charToByte(0x00ad)).toBe(0xad);
    expect(charToByte(0x1ea1)).toBe(-1);
    expect(c1ToCp1252('\u0093a\u0094 \u0085 \u0080 \u0081')).toBe('“a” … € \u0081');
  });
});

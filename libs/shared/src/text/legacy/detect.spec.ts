import { detectEncoding, looksLikeLegacy } from './detect';
import { encodeTcvn3 } from './tcvn3';
import { encodeVni } from './vni';
import { encodeViqr } from './viqr';

const SENTENCE = 'Ủy ban nhân dân xã thông báo lịch tiếp công dân tháng này.';

describe('detectEncoding', () => {
  it('should trust the font name when there is one', () => {
    expect(detectEncoding('Xin chao', { fonts: ['.VnTime'] })).toEqual({ encoding: 'tcvn3', confidence: 1 });
    expect(detectEncoding('Xin chao', { fonts: ['.VnTimeH', 'Times New Roman'] })).toEqual({ encoding: 'tcvn3', confidence: 1 });
    expect(detectEncoding('Xin chaøo', { fonts: ['VNI-Times'] })).toEqual({ encoding: 'vni', confidence: 1 });
  });

  it('should ignore fonts that say nothing about the encoding', () => {
    expect(detectEncoding(encodeVni(SENTENCE), { fonts: ['Times New Roman'] }).encoding).toBe('vni');
  });

  it('should recognise TCVN3 and VNI text by the syllables they spell', () => {
    const tcvn3 = detectEncoding(encodeTcvn3(SENTENCE));
    expect(tcvn3.encoding).toBe('tcvn3');
    expect(tcvn3.confidence).toBeGreaterThan(0.8);
    const vni = detectEncoding(encodeVni(SENTENCE));
    expect(vni.encoding).toBe('vni');
    expect(vni.confidence).toBeGreaterThan(0.8);
  });

  it('should call Unicode Vietnamese Unicode, even spelled with Latin-1 letters only', () => {
    expect(detectEncoding(SENTENCE)).toEqual({ encoding: 'unicode', confidence: 1 });
    expect(detectEncoding('Tôi là Hà.').encoding).toBe('unicode');
    expect(detectEncoding('Chào cô, cô có khỏe không?'.normalize('NFD')).encoding).toBe('unicode');
  });

  it('should call English, with accents and typographic punctuation, Unicode', () => {
    expect(detectEncoding('Plain English text.')).toEqual({ encoding: 'unicode', confidence: 1 });
    expect(detectEncoding('“Café” — naïve résumé, Zürich, São Paulo… ½ © ® § ¶ · €5').encoding).toBe('unicode');
  });

  it('should say unknown when there is no letter at all', () => {
    expect(detectEncoding('')).toEqual({ encoding: 'unknown', confidence: 0 });
    expect(detectEncoding('12/3 – 45%')).toEqual({ encoding: 'unknown', confidence: 0 });
  });

  it('should recognise VIQR only from ASCII full of marked syllables', () => {
    expect(detectEncoding(encodeViqr(SENTENCE)).encoding).toBe('viqr');
    expect(detectEncoding("I'm sure it's fine, isn't it? Yes.").encoding).toBe('unicode');
  });

  it('should detect the legacy part of a paste that mixes Unicode and TCVN3 lines', () => {
    expect(detectEncoding(`${SENTENCE}\n${encodeTcvn3(SENTENCE)}`).encoding).toBe('tcvn3');
  });
});

describe('looksLikeLegacy', () => {
  it('should offer a conversion for TCVN3 and VNI pastes only', () => {
    expect(looksLikeLegacy(encodeTcvn3(SENTENCE))).toMatchObject({ encoding: 'tcvn3' });
    expect(looksLikeLegacy('Tieáng Vieät laø ngoân ngöõ chính thöùc')).toMatchObject({ encoding: 'vni' });
    expect(looksLikeLegacy(SENTENCE)).toBeNull();
    expect(looksLikeLegacy(encodeViqr(SENTENCE))).toBeNull();
    expect(looksLikeLegacy('Hello world')).toBeNull();
  });
});

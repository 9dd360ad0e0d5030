import { foldVietnamese } from '../text';
import { documentNumberKey, looksLikeDocumentNumber, parseDocumentNumber, type DocumentNumber } from './document-number';
import { DOCUMENT_TYPES, withSiteDocumentTypes } from './document-types';

type Row = [input: string, number: string, year: number | null, typeAbbr: string | null, issuerAbbr: string | null, unitAbbr: string | null, key: string];

/** Numbers as they appear on commune, district, province and central documents. */
const REALISTIC: Row[] = [
  ['12/QĐ-UBND', '12', null, 'QĐ', 'UBND', null, '12/qd-ubnd'],
  ['01/2024/QĐ-UBND', '01', 2024, 'QĐ', 'UBND', null, '1/2024/qd-ubnd'],
  ['135/UBND-VP', '135', null, null, 'UBND', 'VP', '135/ubnd-vp'],
  ['05/2024/NĐ-CP', '05', 2024, 'NĐ', 'CP', null, '5/2024/nd-cp'],
  ['12/NQ-HĐND', '12', null, 'NQ', 'HĐND', null, '12/nq-hdnd'],
  ['45/KH-UBND', '45', null, 'KH', 'UBND', null, '45/kh-ubnd'],
  ['30/2020/NĐ-CP', '30', 2020, 'NĐ', 'CP', null, '30/2020/nd-cp'],
  ['42/2022/NĐ-CP', '42', 2022, 'NĐ', 'CP', null, '42/2022/nd-cp'],
  ['22/2023/TT-BTTTT', '22', 2023, 'TT', 'BTTTT', null, '22/2023/tt-btttt'],
  ['72/2002/QĐ-TTg', '72', 2002, 'QĐ', 'TTg', null, '72/2002/qd-ttg'],
  ['80/2015/QH13', '80', 2015, null, 'QH13', null, '80/2015/qh13'],
  ['03/CT-UBND', '03', null, 'CT', 'UBND', null, '3/ct-ubnd'],
  ['07/QC-UBND', '07', null, 'QC', 'UBND', null, '7/qc-ubnd'],
  ['02/QyĐ-UBND', '02', null, 'QyĐ', 'UBND', null, '2/qyd-ubnd'],
  ['04/TC-UBND', '04', null, 'TC', 'UBND', null, '4/tc-ubnd'],
  ['15/TB-UBND', '15', null, 'TB', 'UBND', null, '15/tb-ubnd'],
  ['09/HD-UBND', '09', null, 'HD', 'UBND', null, '9/hd-ubnd'],
  ['11/CTr-UBND', '11', null, 'CTr', 'UBND', null, '11/ctr-ubnd'],
  ['04/PA-UBND', '04', null, 'PA', 'UBND', null, '4/pa-ubnd'],
  ['06/ĐA-UBND', '06', null, 'ĐA', 'UBND', null, '6/da-ubnd'],
  ['08/DA-UBND', '08', null, 'DA', 'UBND', null, '8/da-ubnd'],
  ['25/BC-UBND', '25', null, 'BC', 'UBND', null, '25/bc-ubnd'],
  ['31/BB-UBND', '31', null, 'BB', 'UBND', null, '31/bb-ubnd'],
  ['17/TTr-UBND', '17', null, 'TTr', 'UBND', null, '17/ttr-ubnd'],
  ['02/HĐ-UBND', '02', null, 'HĐ', 'UBND', null, '2/hd-ubnd'],
  ['01/CĐ-UBND', '01', null, 'CĐ', 'UBND', null, '1/cd-ubnd'],
  ['03/BGN-UBND', '03', null, 'BGN', 'UBND', null, '3/bgn-ubnd'],
  ['05/BTT-UBND', '05', null, 'BTT', 'UBND', null, '5/btt-ubnd'],
  ['10/GUQ-UBND', '10', null, 'GUQ', 'UBND', null, '10/guq-ubnd'],
  ['88/GM-UBND', '88', null, 'GM', 'UBND', null, '88/gm-ubnd'],
  ['14/GGT-UBND', '14', null, 'GGT', 'UBND', null, '14/ggt-ubnd'],
  ['02/GNP-UBND', '02', null, 'GNP', 'UBND', null, '2/gnp-ubnd'],
  ['19/PG-UBND', '19', null, 'PG', 'UBND', null, '19/pg-ubnd'],
  ['21/PC-UBND', '21', null, 'PC', 'UBND', null, '21/pc-ubnd'],
  ['23/PB-UBND', '23', null, 'PB', 'UBND', null, '23/pb-ubnd'],
  ['12/TB-UBND-VP', '12', null, 'TB', 'UBND', 'VP', '12/tb-ubnd-vp'],
  ['1234/UBND-KT', '1234', null, null, 'UBND', 'KT', '1234/ubnd-kt'],
  ['123/UBND-VHXH', '123', null, null, 'UBND', 'VHXH', '123/ubnd-vhxh'],
  ['45/BC-HĐND', '45', null, 'BC', 'HĐND', null, '45/bc-hdnd'],
  ['15/2021/NQ-HĐND', '15', 2021, 'NQ', 'HĐND', null, '15/2021/nq-hdnd'],
  ['07/2025/TT-BNV', '07', 2025, 'TT', 'BNV', null, '7/2025/tt-bnv'],
  ['1256/QĐ-BCĐ', '1256', null, 'QĐ', 'BCĐ', null, '1256/qd-bcd'],
];

/** Ways people type `12/QĐ-UBND`. */
const SPELLINGS: [string, string][] = [
  ['spaces around the separators, lower case', '12 / qđ-ubnd'],
  ['spaces around the hyphen too', '12 / qđ - ubnd'],
  ['Đ typed as D', '12/QD-UBND'],
  ['all lower case without the stroke', '12/qd-ubnd'],
  ['mixed case', '12/Qđ-Ubnd'],
  ['an en dash', '12/QĐ\u2013UBND'],
  ['an em dash', '12/QĐ\u2014UBND'],
  ['a minus sign', '12/QĐ\u2212UBND'],
  ['a non-breaking hyphen', '12/QĐ\u2011UBND'],
  ['a full-width slash', '12\uFF0FQĐ-UBND'],
  ['a division slash', '12\u2215QĐ-UBND'],
  ['non-breaking spaces', '12\u00a0/\u00a0QĐ-UBND'],
  ['surrounding blanks and a tab', ' \t12/QĐ-UBND  '],
  ['a full stop after it', '12/QĐ-UBND.'],
  ['the "Số:" of the document header', 'Số: 12/QĐ-UBND'],
  ['the "Số:" decomposed (NFD)', 'Số: 12/QĐ-UBND'.normalize('NFD')],
  ['"so" without marks', 'so 12/QD-UBND'],
  ['the type name, as documents cite each other', 'Quyết định số 12/QĐ-UBND'],
  ['the type name decomposed (NFD)', 'Quyết định số 12/QĐ-UBND'.normalize('NFD')],
  ['the type name without marks, no "số"', 'quyet dinh 12/qd-ubnd'],
  ['spaces only, as in a search box', '12 qd ubnd'],
  ['spaces only, with Đ', '12 QĐ UBND'],
  ['a space instead of the hyphen', '12/QĐ UBND'],
  ['number and type separated by a space', '12 qđ-ubnd'],
];

const NOT_NUMBERS: [string, string][] = [
  ['empty', ''],
  ['blank', '   '],
  ['a type name', 'Quyết định'],
  ['a year', '2024'],
  ['a bare number', '12'],
  ['a number and a year', '12/2024'],
  ['a date', '12/05/2024'],
  ['a date with dashes', '2024-05-12'],
  ['letters on both sides', 'abc/def'],
  ['a symbol without a number', 'QĐ-UBND'],
  ['a slash first', '/QĐ-UBND'],
  ['nothing after the slash', '12/'],
  ['an empty type', '12/-UBND'],
  ['a trailing hyphen', '12/QĐ-'],
  ['a doubled hyphen', '12/QĐ--UBND'],
  ['number zero', '0/QĐ-UBND'],
  ['number zero with a leading zero', '00/QĐ-UBND'],
  ['an implausible year', '12/1800/QĐ-UBND'],
  ['a year beyond 2100', '12/2345/QĐ-UBND'],
  ['words after the symbol', '12/QĐ-UBND về việc ban hành quy chế'],
  ['words, no slash', '2024 ke hoach'],
  ['type without issuer, no slash', '12 qd'],
  ['no type, no slash', '12 ubnd vp'],
  ['seven digits', '1234567/QĐ-UBND'],
  ['type before number', 'QĐ 12'],
  ['plain words', 'hello world'],
  ['a Party-style number (not supported)', '45-NQ/TW'],
  ['a year after the symbol', '12/QĐ-UBND/2024'],
  ['a part starting with a digit', '12/QĐ-1UBND'],
  ['more than five parts', '12/QĐ-UBND-VP-A-B-C'],
  ['a URL', 'https://example.vn/van-ban'],
  ['a decimal number', '12.5/QĐ-UBND'],
];

describe('parseDocumentNumber', () => {
  it.each(REALISTIC)('should read %s', (input, number, year, typeAbbr, issuerAbbr, unitAbbr, key) => {
    const parsed = parseDocumentNumber(input);
    expect(parsed).toMatchObject({ number, numberValue: Number(number), year, typeAbbr, issuerAbbr, unitAbbr, normalized: key });
    // Written canonically already, so shown as written.
    expect(parsed?.display).toBe(input);
  });

  it.each(SPELLINGS)('should read 12/QĐ-UBND when written with %s', (_name, input) => {
    expect(parseDocumentNumber(input)).toEqual<DocumentNumber>({
      number: '12',
      numberValue: 12,
      year: null,
      typeAbbr: 'QĐ',
      typeCode: 'quyet-dinh',
      issuerAbbr: 'UBND',
      unitAbbr: null,
      display: '12/QĐ-UBND',
      normalized: '12/qd-ubnd',
    });
  });

  it('should really have been given decomposed text in the NFD cases', () => {
    expect('Số: 12/QĐ-UBND'.normalize('NFD')).not.toBe('Số: 12/QĐ-UBND');
  });

  it.each(NOT_NUMBERS)('should give null for %s', (_name, input) => {
    expect(parseDocumentNumber(input)).toBeNull();
  });

  it('should keep leading zeros in number and drop them from the key', () => {
    for (const input of ['1/2024/QĐ-UBND', '01/2024/QĐ-UBND', '001/2024/QĐ-UBND', '01 / 2024 / qd - ubnd']) {
      const parsed = parseDocumentNumber(input);
      expect(parsed?.numberValue).toBe(1);
      expect(parsed?.normalized).toBe('1/2024/qd-ubnd');
    }
    expect(parseDocumentNumber('001/2024/QĐ-UBND')?.number).toBe('001');
  });

  it('should rebuild the usual spelling of issuers that upper-casing cannot', () => {
    expect(parseDocumentNumber('72/2002/qd-ttg')).toMatchObject({ issuerAbbr: 'TTg', display: '72/2002/QĐ-TTg' });
    expect(parseDocumentNumber('12/NQ-HDND')).toMatchObject({ issuerAbbr: 'HĐND', display: '12/NQ-HĐND' });
    expect(parseDocumentNumber('05/2024/tt-bgddt')).toMatchObject({ issuerAbbr: 'BGDĐT' });
    expect(parseDocumentNumber('135/ubnd-vp')).toMatchObject({ issuerAbbr: 'UBND', unitAbbr: 'VP', display: '135/UBND-VP' });
    expect(parseDocumentNumber('01/2024/qyd-ubnd')).toMatchObject({ typeAbbr: 'QyĐ', display: '01/2024/QyĐ-UBND' });
  });

  it('should read the year with spaces around its slashes', () => {
    expect(parseDocumentNumber('12 / 2024 / qđ - ubnd')).toMatchObject({ number: '12', year: 2024, normalized: '12/2024/qd-ubnd' });
    expect(parseDocumentNumber('01 2024 qd ubnd')).toMatchObject({ year: 2024, typeAbbr: 'QĐ', normalized: '1/2024/qd-ubnd' });
  });

  it('should accept a type alone and an issuer alone after a slash, for partial lookups', () => {
    expect(parseDocumentNumber('12/QĐ')).toMatchObject({ typeAbbr: 'QĐ', issuerAbbr: null, unitAbbr: null, normalized: '12/qd' });
    expect(parseDocumentNumber('135/UBND')).toMatchObject({ typeAbbr: null, issuerAbbr: 'UBND', unitAbbr: null, normalized: '135/ubnd' });
  });

  it('should tell HĐ (Hợp đồng) from HD (Hướng dẫn) and ĐA (Đề án) from DA (Dự án) when the stroke is typed', () => {
    expect(parseDocumentNumber('02/HĐ-UBND')?.typeCode).toBe('hop-dong');
    expect(parseDocumentNumber('02/hđ-ubnd')?.typeCode).toBe('hop-dong');
    expect(parseDocumentNumber('02/HD-UBND')?.typeCode).toBe('huong-dan');
    expect(parseDocumentNumber('06/ĐA-UBND')?.typeCode).toBe('de-an');
    expect(parseDocumentNumber('06/DA-UBND')?.typeCode).toBe('du-an');
    // Their keys agree, so a search for either finds both.
    expect(documentNumberKey('02/HĐ-UBND')).toBe(documentNumberKey('02/HD-UBND'));
  });

  it.each(DOCUMENT_TYPES.filter((t) => t.abbreviation !== null).map((t) => [t.abbreviation as string, t.code] as const))(
    'should recognise the abbreviation %s however it is cased or folded',
    (abbreviation, code) => {
      expect(parseDocumentNumber(`7/${abbreviation}-UBND`)?.typeCode).toBe(code);
      expect(parseDocumentNumber(`7/${abbreviation.toLowerCase()}-UBND`)?.typeCode).toBe(code);
      // Folded (Đ → D), it is the type written that way if there is one (HD, DA), else still this one.
      const folded = foldVietnamese(abbreviation).toUpperCase();
      const sameSpelling = DOCUMENT_TYPES.find((t) => t.abbreviation?.toUpperCase() === folded);
      expect(parseDocumentNumber(`7/${folded}-UBND`)?.typeCode).toBe(sameSpelling?.code ?? code);
      expect(parseDocumentNumber(`7/${folded}-UBND`)?.normalized).toBe(`7/${foldVietnamese(abbreviation)}-ubnd`);
    },
  );

  it("should recognise a site's own type when given the site's list", () => {
    const types = withSiteDocumentTypes([{ code: 'thong-tu-lien-tich', label: { vi: 'Thông tư liên tịch' }, abbreviation: 'TTLT' }]);
    expect(parseDocumentNumber('01/2014/TTLT-BTC-BNV')).toMatchObject({ typeAbbr: null, issuerAbbr: 'TTLT', unitAbbr: 'BTC-BNV' });
    expect(parseDocumentNumber('01/2014/ttlt-btc-bnv', types)).toMatchObject({
      typeAbbr: 'TTLT',
      typeCode: 'thong-tu-lien-tich',
      issuerAbbr: 'BTC',
      unitAbbr: 'BNV',
      normalized: '1/2014/ttlt-btc-bnv',
    });
    expect(parseDocumentNumber('3 ttlt btc bnv')).toBeNull();
    expect(parseDocumentNumber('3 ttlt btc bnv', types)?.typeCode).toBe('thong-tu-lien-tich');
  });

  it('should refuse very long input without looking into it', () => {
    expect(parseDocumentNumber(`12/QĐ-UBND${' '.repeat(300)}`)).toBeNull();
  });
});

describe('documentNumberKey', () => {
  it('should give one key for every way of writing the same number', () => {
    const keys = new Set(SPELLINGS.map(([, input]) => documentNumberKey(input)));
    expect([...keys]).toEqual(['12/qd-ubnd']);
  });

  it('should make a shorter symbol a prefix of a longer one at a hyphen', () => {
    const short = documentNumberKey('135/UBND') as string;
    const long = documentNumberKey('135/UBND-VP') as string;
    expect(long.startsWith(`${short}-`)).toBe(true);
  });

  it('should give null when the text is not a number', () => {
    expect(documentNumberKey('Quyết định')).toBeNull();
  });
});

describe('looksLikeDocumentNumber', () => {
  it.each([
    ['12/QĐ-UBND', true],
    ['12 qd ubnd', true],
    ['01/2024/QD-UBND', true],
    ['Quyết định số 12/QĐ-UBND', true],
    ['quyết định về phòng chống thiên tai', false],
    ['12 qd', false],
    ['2024', false],
    ['kế hoạch 2024', false],
    ['12/2024', false],
  ] as const)('should answer %s → %s', (query, expected) => {
    expect(looksLikeDocumentNumber(query)).toBe(expected);
  });
});

import { slugify } from '../text';
import {
  DOCUMENT_TYPES,
  documentTypeProblems,
  findDocumentType,
  findDocumentTypeByAbbreviation,
  withSiteDocumentTypes,
  type DocumentTypeProblem,
  type SiteDocumentType,
} from './document-types';

/** Decree 30/2020/NĐ-CP, Appendix III, transcribed independently of document-types.ts (name → abbreviation). */
const DECREE_30: [string, string | null][] = [
  ['Nghị quyết', 'NQ'],
  ['Quyết định', 'QĐ'],
  ['Chỉ thị', 'CT'],
  ['Quy chế', 'QC'],
  ['Quy định', 'QyĐ'],
  ['Thông cáo', 'TC'],
  ['Thông báo', 'TB'],
  ['Hướng dẫn', 'HD'],
  ['Chương trình', 'CTr'],
  ['Kế hoạch', 'KH'],
  ['Phương án', 'PA'],
  ['Đề án', 'ĐA'],
  ['Dự án', 'DA'],
  ['Báo cáo', 'BC'],
  ['Biên bản', 'BB'],
  ['Tờ trình', 'TTr'],
  ['Hợp đồng', 'HĐ'],
  ['Công văn', null],
  ['Công điện', 'CĐ'],
  ['Bản ghi nhớ', 'BGN'],
  ['Bản thỏa thuận', 'BTT'],
  ['Giấy ủy quyền', 'GUQ'],
  ['Giấy mời', 'GM'],
  ['Giấy giới thiệu', 'GGT'],
  ['Giấy nghỉ phép', 'GNP'],
  ['Phiếu gửi', 'PG'],
  ['Phiếu chuyển', 'PC'],
  ['Phiếu báo', 'PB'],
];
const HIGHER_LEVEL: [string, string | null][] = [
  ['Luật', null],
  ['Nghị định', 'NĐ'],
  ['Thông tư', 'TT'],
];

describe('DOCUMENT_TYPES', () => {
  it('should hold exactly the types of Decree 30 and the higher-level ones, in that order', () => {
    expect(DOCUMENT_TYPES.map((t) => [t.label.vi, t.abbreviation])).toEqual([...DECREE_30, ...HIGHER_LEVEL]);
    expect(DOCUMENT_TYPES.filter((t) => t.source === 'decree-30')).toHaveLength(DECREE_30.length);
  });

  it('should use the slug of the Vietnamese name as code', () => {
    for (const type of DOCUMENT_TYPES) expect(type.code).toBe(slugify(type.label.vi));
  });

  it('should have no two codes, abbreviations (ignoring case) or English labels alike', () => {
    const codes = DOCUMENT_TYPES.map((t) => t.code);
    const abbreviations = DOCUMENT_TYPES.flatMap((t) => (t.abbreviation ? [t.abbreviation.toUpperCase()] : []));
    const english = DOCUMENT_TYPES.map((t) => t.label.en);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(abbreviations).size).toBe(abbreviations.length);
    expect(new Set(english).size).toBe(english.length);
  });

  it('should store every label and abbreviation in NFC', () => {
    for (const type of DOCUMENT_TYPES) {
      expect(type.label.vi).toBe(type.label.vi.normalize('NFC'));
      if (type.abbreviation) expect(type.abbreviation).toBe(type.abbreviation.normalize('NFC'));
    }
  });
});

describe('findDocumentTypeByAbbreviation', () => {
  it.each([
    ['QĐ', 'quyet-dinh'],
    ['qđ', 'quyet-dinh'],
    ['QD', 'quyet-dinh'],
    ['QĐ'.normalize('NFD'), 'quyet-dinh'],
    ['qyd', 'quy-dinh'],
    ['HD', 'huong-dan'],
    ['HĐ', 'hop-dong'],
    ['DA', 'du-an'],
    ['đa', 'de-an'],
    ['ctr', 'chuong-trinh'],
    ['CT', 'chi-thi'],
    ['TTr', 'to-trinh'],
    ['TT', 'thong-tu'],
    ['nd', 'nghi-dinh'],
  ])('should read %s as %s', (abbreviation, code) => {
    expect(findDocumentTypeByAbbreviation(abbreviation)?.code).toBe(code);
  });

  it('should find nothing for an issuer or an empty string', () => {
    expect(findDocumentTypeByAbbreviation('UBND')).toBeUndefined();
    expect(findDocumentTypeByAbbreviation('')).toBeUndefined();
  });
});

describe('site-defined types', () => {
  const conclusion: SiteDocumentType = { code: 'ket-luan', label: { vi: 'Kết luận' }, abbreviation: 'KL' };

  it('should append site types after the built-in ones, the Vietnamese label standing in for a missing English one', () => {
    const types = withSiteDocumentTypes([conclusion, { code: 'thong-tri', label: { vi: 'Thông tri', en: 'Instruction' }, abbreviation: 'TTri' }]);
    expect(types).toHaveLength(DOCUMENT_TYPES.length + 2);
    expect(types.slice(-2)).toEqual([
      { code: 'ket-luan', label: { vi: 'Kết luận', en: 'Kết luận' }, abbreviation: 'KL' },
      { code: 'thong-tri', label: { vi: 'Thông tri', en: 'Instruction' }, abbreviation: 'TTri' },
    ]);
    expect(findDocumentType('ket-luan', types)?.label.vi).toBe('Kết luận');
    expect(findDocumentTypeByAbbreviation('kl', types)?.code).toBe('ket-luan');
    expect(findDocumentType('ket-luan')).toBeUndefined();
  });

  it('should not let a site change the built-in list', () => {
    const types = withSiteDocumentTypes();
    types[0].label.vi = 'changed';
    expect(DOCUMENT_TYPES[0].label.vi).toBe('Nghị quyết');
  });

  it.each<[string, SiteDocumentType, DocumentTypeProblem[]]>([
    ['a valid type', conclusion, []],
    ['a type with no abbreviation', { code: 'to-trinh-mien', label: { vi: 'Tờ trình miệng' }, abbreviation: null }, []],
    ['an abbreviation with Đ', { code: 'de-nghi', label: { vi: 'Đề nghị' }, abbreviation: 'ĐN' }, []],
    ['a code with capitals', { ...conclusion, code: 'Ket-luan' }, ['code_format']],
    ['a code with marks', { ...conclusion, code: 'kết-luận' }, ['code_format']],
    ['an empty code', { ...conclusion, code: '' }, ['code_format']],
    ['a built-in code', { ...conclusion, code: 'quyet-dinh' }, ['code_taken']],
    ['a blank label', { ...conclusion, label: { vi: '  ' } }, ['label_missing']],
    ['an abbreviation with a digit', { ...conclusion, abbreviation: 'K1' }, ['abbreviation_format']],
    ['an abbreviation with a hyphen', { ...conclusion, abbreviation: 'K-L' }, ['abbreviation_format']],
    ['an empty abbreviation', { ...conclusion, abbreviation: '' }, ['abbreviation_format']],
    ['a built-in abbreviation', { ...conclusion, abbreviation: 'QĐ' }, ['abbreviation_taken']],
    ['a built-in abbreviation in lower case', { ...conclusion, abbreviation: 'qđ' }, ['abbreviation_taken']],
    ['everything wrong', { code: 'nghi-quyet', label: { vi: '' }, abbreviation: 'NQ' }, ['code_taken', 'label_missing', 'abbreviation_taken']],
  ])('should report the problems of %s', (_name, entry, problems) => {
    expect(documentTypeProblems(entry)).toEqual(problems);
  });

  it('should check against the site types already added', () => {
    const existing = withSiteDocumentTypes([conclusion]);
    expect(documentTypeProblems({ code: 'ket-luan-2', label: { vi: 'Kết luận' }, abbreviation: 'kl' }, existing)).toEqual(['abbreviation_taken']);
    expect(documentTypeProblems(conclusion, existing)).toEqual(['code_taken', 'abbreviation_taken']);
  });

  it('should allow QD beside QĐ, as Decree 30 has HD beside HĐ', () => {
    expect(documentTypeProblems({ code: 'quy-dinh-chung', label: { vi: 'Quy định chung' }, abbreviation: 'QD' })).toEqual([]);
  });
});

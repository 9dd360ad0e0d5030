import 'reflect-metadata';
import { slugify } from '@congxa/shared/text';
import { searchWords } from '../search/search-text';
import { PROCEDURE_TYPE, procedureProblems } from './procedure.type';

describe('procedure rules', () => {
  const base = { code: '1.001193', nationalUrl: '' };

  it('should accept a code in the national form, or none while drafting', () => {
    expect(procedureProblems(base)).toEqual([]);
    expect(procedureProblems({ ...base, code: '' })).toEqual([]);
    expect(procedureProblems({ ...base, code: '2.000986' })).toEqual([]);
  });

  it('should name the code when it is not one digit, a dot and six digits', () => {
    for (const code of ['1001193', '1.00119', '1.0011930', '12.001193', '1,001193', 'TT-01', '1.001193a'])
      expect([code, procedureProblems({ ...base, code })]).toEqual([code, ['code']]);
  });

  it('should take an https link to the national portal and refuse any other', () => {
    expect(
      procedureProblems({ ...base, nationalUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193' }),
    ).toEqual([]);
    for (const nationalUrl of ['http://dichvucong.gov.vn/x', 'dichvucong.gov.vn', 'javascript:alert(1)', 'https://', 'https://a b'])
      expect([nationalUrl, procedureProblems({ ...base, nationalUrl })]).toEqual([nationalUrl, ['nationalUrl']]);
  });

  it('should make the address from the code and the name', () => {
    expect(slugify(PROCEDURE_TYPE.slugText!({ code: '1.001193', title: 'Đăng ký khai sinh' }))).toBe('1-001193-dang-ky-khai-sinh');
    expect(slugify(PROCEDURE_TYPE.slugText!({ code: '', title: 'Đăng ký khai sinh' }))).toBe('dang-ky-khai-sinh');
  });

  it('should give search the code, the name, the agency and the dossier’s documents', () => {
    const doc = PROCEDURE_TYPE.searchDocument!({
      item: { slug: '1-001193-dang-ky-khai-sinh' } as never,
      content: {
        title: 'Đăng ký khai sinh',
        code: '1.001193',
        agency: 'UBND cấp xã',
        steps: '<p>Nộp hồ sơ</p>',
        dossier: [{ name: 'Giấy chứng sinh' }],
        legalBasisText: '',
      },
    }) as { title: string; text: string; path: string };
    expect(doc.path).toBe('/thu-tuc/1-001193-dang-ky-khai-sinh');
    expect(searchWords(doc.text)).toEqual(expect.arrayContaining(['1', '001193', 'ubnd', 'nộp', 'giấy', 'chứng', 'sinh']));
  });
});

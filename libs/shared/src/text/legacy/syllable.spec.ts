import { isVietnameseSyllable } from './syllable';

describe('isVietnameseSyllable', () => {
  it.each(['Việt', 'nghiêng', 'quốc', 'gì', 'giường', 'khuỷu', 'hòa', 'hoà', 'ươm', 'yêu', 'Ước', 'ĐƯỜNG', 'a', 'ạ', 'ở', 'xoong', 'thuở', 'quyết', 'kỹ'])(
    'should accept "%s"',
    (word) => {
      expect(isVietnameseSyllable(word)).toBe(true);
    },
  );

  it.each([
    ['hello', 'English'],
    ['café', 'f is not Vietnamese'],
    ['ngie', 'ng before i (should be ngh)'],
    ['kam', 'k before a (should be c)'],
    ['ghà', 'gh before a (should be g)'],
    ['àc', 'a stop final takes only sắc or nặng'],
    ['viêt', 'a stop final with no tone'],
    ['ắ', 'ă needs a final consonant'],
    ['tiếngg', 'no such rhyme'],
    ['Tr\u00adêng', 'a soft hyphen inside'],
    ['hóà', 'two tones'],
    ['', 'empty'],
  ])('should refuse "%s" (%s)', (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });

  it('should accept decomposed input', () => {
    expect(isVietnameseSyllable('Việt'.normalize('NFD'))).toBe(true);
  });
});

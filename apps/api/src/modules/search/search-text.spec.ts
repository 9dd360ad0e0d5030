import { documentLexemes, impliedLexemes, monthLexemes, searchWords, vocabularyWords } from './search-text';

const AT = new Date('2026-12-05T10:00:00Z');

describe('searchWords', () => {
  it('should split on everything but letters, marks and digits', () => {
    expect(searchWords('Quyết định số 12/QĐ-UBND, ngày 5.3.2024')).toEqual(['quyết', 'định', 'số', '12', 'qđ', 'ubnd', 'ngày', '5', '3', '2024']);
  });
});

describe('documentLexemes', () => {
  const lexemes = new Set(documentLexemes('Thu thập chứng cứ', 'Chung cư mới\nxây xong', AT));

  it('should hold folded words, their exact forms and the folded bigrams of adjacent words', () => {
    for (const l of ['chung', 'cu', 'chứng', 'cứ', 'cư', 'chung_cu', 'thu_thap', 'moi']) expect(lexemes).toContain(l);
  });

  it('should hold the exact bigram only of two adjacent words that both carry marks', () => {
    expect(lexemes).toContain('chứng_cứ');
    expect(lexemes).toContain('thập_chứng');
    // "Chung" has no marks: no exact bigram for "Chung cư".
    expect(lexemes).not.toContain('chung_cư');
  });

  it('should not join words across lines', () => {
    expect(lexemes).not.toContain('moi_xay');
    expect(lexemes).not.toContain('cu_chung');
  });

  it('should hold the folded title words and bigrams again with the title prefix, and the month', () => {
    expect(lexemes).toContain('t:chung_cu');
    expect(lexemes).toContain('t:thu');
    expect(lexemes).not.toContain('t:chứng');
    expect(lexemes).not.toContain('t:moi');
    expect(lexemes).toContain('m:202612');
  });

  it('should stop after the word limit', () => {
    expect(documentLexemes('', 'một hai ba bốn', AT, 2).filter((l) => !l.startsWith('m:'))).toEqual(['mot', 'một', 'hai', 'mot_hai']);
  });
});

describe('impliedLexemes', () => {
  it('should name what a bigram, an exact form and a title lexeme imply', () => {
    expect([...impliedLexemes('chứng_cứ')].sort()).toEqual(['chung', 'chung_cu', 'chứng', 'cu', 'cứ']);
    expect([...impliedLexemes('t:quyet_dinh')].sort()).toEqual(['dinh', 'quyet', 'quyet_dinh', 't:dinh', 't:quyet']);
    expect([...impliedLexemes('xa')]).toEqual([]);
  });
});

describe('vocabularyWords and monthLexemes', () => {
  it('should keep folded words of two letters or more and no bare numbers', () => {
    expect(vocabularyWords('Quyết định 12 ở xã Đông')).toEqual(['quyet', 'dinh', 'xa', 'dong']);
  });

  it('should list the months between two moments, both included', () => {
    expect(monthLexemes(new Date('2025-11-30T23:00:00Z'), new Date('2026-02-01T00:00:00Z'))).toEqual(['m:202511', 'm:202512', 'm:202601', 'm:202602']);
  });
});

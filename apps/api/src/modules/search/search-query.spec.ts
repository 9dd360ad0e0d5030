import { parseSearchQuery, planSearch, toTsQuery } from './search-query';

const plan = (q: string) => planSearch(parseSearchQuery(q));

describe('parseSearchQuery', () => {
  it('should read words separated by white space as separate terms, lower case and NFC', () => {
    // "Quyết" typed with a combining acute (NFD) is the same word as the precomposed one.
    expect(parseSearchQuery('Quye\u0302\u0301t  ĐỊNH')).toEqual([
      { words: ['quyết'], phrase: false },
      { words: ['định'], phrase: false },
    ]);
  });

  it('should keep a quoted phrase together, with straight or typographic quotes', () => {
    expect(parseSearchQuery('"quyết định" số')).toEqual([
      { words: ['quyết', 'định'], phrase: true },
      { words: ['số'], phrase: false },
    ]);
    expect(parseSearchQuery('“ủy ban nhân dân”')).toEqual([{ words: ['ủy', 'ban', 'nhân', 'dân'], phrase: true }]);
  });

  it('should read a document number as the phrase of its parts when it is written without spaces', () => {
    expect(parseSearchQuery('12/QĐ-UBND')).toEqual([{ words: ['12', 'qđ', 'ubnd'], phrase: true }]);
    expect(parseSearchQuery('Nghị định 05/2024/NĐ-CP')).toEqual([
      { words: ['nghị'], phrase: false },
      { words: ['định'], phrase: false },
      { words: ['05', '2024', 'nđ', 'cp'], phrase: true },
    ]);
  });

  it('should ignore punctuation around words and an unclosed quote', () => {
    expect(parseSearchQuery('(quyết định), "chứng')).toEqual([
      { words: ['quyết'], phrase: false },
      { words: ['định'], phrase: false },
      { words: ['chứng'], phrase: false },
    ]);
  });

  it('should count a repeated word once and keep at most the word limit', () => {
    expect(parseSearchQuery('xã xã Xã')).toEqual([{ words: ['xã'], phrase: false }]);
    expect(parseSearchQuery('a b c d e', 3).flatMap((t) => t.words)).toEqual(['a', 'b', 'c']);
  });

  it('should find no terms in a query of punctuation only', () => {
    expect(parseSearchQuery('!!! ... ""')).toEqual([]);
    expect(plan('!!!')).toBeNull();
  });
});

describe('planSearch', () => {
  it('should match words folded and rank adjacency, then the title, when typed without marks', () => {
    const p = plan('quyet dinh')!;
    expect(p.match).toEqual(['dinh', 'quyet']);
    expect(p.tiers).toEqual([['quyet_dinh', 't:dinh', 't:quyet'], ['quyet_dinh'], ['t:dinh', 't:quyet'], ['dinh', 'quyet']]);
    expect(p.words).toEqual(['quyet', 'dinh']);
  });

  it('should rank the exact marks first, two marked words typed together as their exact bigram', () => {
    const p = plan('chứng cứ')!;
    expect(p.match).toEqual(['chung', 'cu']);
    expect(p.tiers[0]).toEqual(['chứng_cứ', 't:chung', 't:cu']);
    expect(p.tiers[1]).toEqual(['chứng_cứ']);
    // "chung cư" is folded the same: it only reaches the tiers without marks.
    expect(p.tiers.slice(2)).toEqual([['chung_cu', 't:chung', 't:cu'], ['chung_cu'], ['t:chung', 't:cu'], ['chung', 'cu']]);
  });

  it('should keep an unmarked word out of the exact signal', () => {
    expect(plan('chung cư')!.tiers[0]).toEqual(['chung_cu', 'cư', 't:chung', 't:cu']);
  });

  it('should match a phrase by the bigrams of its adjacent words only', () => {
    const p = plan('"quyết định"')!;
    expect(p.match).toEqual(['quyet_dinh']);
    expect(p.tiers).toEqual([['quyết_định', 't:quyet_dinh'], ['quyết_định'], ['t:quyet_dinh'], ['quyet_dinh']]);
  });

  it('should match a document number as the phrase of its folded parts', () => {
    const p = plan('12/QĐ-UBND')!;
    expect(p.match).toEqual(['12_qd', 'qd_ubnd']);
    expect(p.tiers.at(-1)).toEqual(['12_qd', 'qd_ubnd']);
    expect(p.tiers[0]).toContain('qđ');
    expect(plan('12 qd ubnd')!.tiers).toContainEqual(['12_qd', 'qd_ubnd']);
  });

  it('should make đ and d the same when matching', () => {
    expect(plan('Đà Nẵng')!.match).toEqual(plan('da nang')!.match);
  });

  it('should end with the match itself and keep no tier twice', () => {
    for (const q of ['xã', 'quyết định số 12', '"ủy ban nhân dân" tỉnh', 'a "b c" d']) {
      const p = plan(q)!;
      expect(p.tiers.at(-1)).toEqual(p.match);
      expect(new Set(p.tiers.map((t) => t.join(' '))).size).toBe(p.tiers.length);
    }
  });
});

describe('toTsQuery', () => {
  it('should quote every lexeme and join them with AND', () => {
    expect(toTsQuery(['quyet_dinh', 't:xa'])).toBe("'quyet_dinh' & 't:xa'");
    expect(toTsQuery(["o'neil", 'a\\b'])).toBe("'o''neil' & 'a\\\\b'");
  });
});

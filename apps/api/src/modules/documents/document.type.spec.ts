import 'reflect-metadata';
import { searchWords } from '../search/search-text';
import { documentProblems, numberSearchText } from './document.type';
import { nextVietnamMidnight } from './public-documents.service';

describe('legal document rules', () => {
  const base = { number: '12/QĐ-UBND', issuedOn: '2026-03-10', effectiveOn: null, expiresOn: null };

  it('should accept a readable number, or none while drafting', () => {
    expect(documentProblems(base)).toEqual([]);
    expect(documentProblems({ ...base, number: '' })).toEqual([]);
    expect(documentProblems({ ...base, number: '01/2024/QĐ-UBND' })).toEqual([]);
  });

  it('should name the number when it does not read as a number and symbol', () => {
    for (const number of ['Quyết định', '2024', '12/05/2024', '12/QĐ-UBND về việc'])
      expect([number, documentProblems({ ...base, number })]).toEqual([number, ['number']]);
  });

  it('should name the date that is out of order', () => {
    expect(documentProblems({ ...base, effectiveOn: '2026-03-09' })).toEqual(['effectiveOn']);
    expect(documentProblems({ ...base, effectiveOn: '2026-03-10', expiresOn: '2026-03-10' })).toEqual(['expiresOn']);
    expect(documentProblems({ ...base, expiresOn: '2026-03-10' })).toEqual(['expiresOn']);
    expect(documentProblems({ ...base, effectiveOn: '2026-03-10', expiresOn: '2026-03-11' })).toEqual([]);
    expect(documentProblems({ ...base, issuedOn: null, effectiveOn: '2026-03-10', expiresOn: '2026-03-01' })).toEqual(['expiresOn']);
  });

  it('should give search the words of the number as written and without its leading zeros', () => {
    const words = searchWords(numberSearchText('01/2024/QĐ-UBND'));
    expect(words).toEqual(expect.arrayContaining(['01', '1', '2024', 'qđ', 'qd', 'ubnd']));
    expect(numberSearchText('không phải số')).toBe('không phải số');
  });

  it('should end the day at midnight in Vietnam (17:00 UTC the day before)', () => {
    expect(nextVietnamMidnight('2026-12-31').toISOString()).toBe('2026-12-31T17:00:00.000Z');
  });
});

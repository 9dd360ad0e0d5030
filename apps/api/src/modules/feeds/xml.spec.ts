import { escapeXml, rfc822 } from './xml';

describe('escapeXml', () => {
  it('should escape the five markup characters when plain text goes into XML', () => {
    expect(escapeXml(`Tom & Jerry <b>"x"</b> 'y'`)).toBe('Tom &amp; Jerry &lt;b&gt;&quot;x&quot;&lt;/b&gt; &apos;y&apos;');
  });

  it('should escape an ampersand that already looks like a reference (the text is plain, not markup)', () => {
    expect(escapeXml('&amp; &#x41; &lt;')).toBe('&amp;amp; &amp;#x41; &amp;lt;');
  });

  it('should keep Vietnamese letters, emoji and whitespace as they are', () => {
    const text = 'Quyết định số 12/QĐ-UBND\tvề việc\r\nxây dựng 🌾 nông thôn mới';
    expect(escapeXml(text)).toBe(text);
  });

  it('should drop the characters XML 1.0 cannot hold when old or imported text carries them', () => {
    expect(escapeXml('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFFg')).toBe('abcdefg');
    expect(escapeXml('lone \uD800 high, lone \uDC00 low')).toBe('lone  high, lone  low');
    expect(escapeXml('pair \uD83C\uDF3E kept')).toBe('pair 🌾 kept');
  });

  it('should return an empty text unchanged', () => {
    expect(escapeXml('')).toBe('');
  });
});

describe('rfc822', () => {
  it('should write the date in GMT with a four-digit year when a feed gives a publication time', () => {
    expect(rfc822(new Date('2026-12-01T08:30:05+07:00'))).toBe('Tue, 01 Dec 2026 01:30:05 GMT');
  });
});

import { snippet } from './snippet';

const words = (...w: string[]) => new Set(w);

describe('snippet', () => {
  it('should escape the text and mark the hits, folded, runs of hits in one mark', () => {
    expect(snippet('Theo Quyết định số 12/QĐ-UBND & <b>khác</b>', words('quyet', 'dinh', '12', 'qd', 'ubnd'))).toBe(
      'Theo <mark>Quyết định</mark> số <mark>12/QĐ-UBND</mark> &amp; &lt;b&gt;khác&lt;/b&gt;',
    );
  });

  it('should never let markup through, whatever the text holds', () => {
    const out = snippet('<script>alert("xã")</script> xã', words('xa'));
    expect(out).not.toMatch(/<(?!\/?mark>)/);
    expect(out).toBe('&lt;script&gt;alert("<mark>xã</mark>")&lt;/script&gt; <mark>xã</mark>');
  });

  it('should show the text around a hit far from the start, cut at words, with ellipses', () => {
    const text = `${'mở đầu '.repeat(60)}có chứng cứ rõ ràng ${'kết thúc '.repeat(60)}`;
    const out = snippet(text, words('chung', 'cu'), 120);
    expect(out.startsWith('… ')).toBe(true);
    expect(out.endsWith(' …')).toBe(true);
    expect(out).toContain('<mark>chứng cứ</mark>');
    expect(out.replace(/<\/?mark>/g, '').length).toBeLessThanOrEqual(124);
  });

  it('should show the place where the most words of the query stand together', () => {
    const text = `Gia đình văn hóa. ${'Nội dung khác. '.repeat(30)}Căn cứ Quyết định số 5 của tỉnh.`;
    const out = snippet(text, words('quyet', 'dinh'), 120);
    expect(out).toContain('<mark>Quyết định</mark>');
    expect(out).not.toContain('Gia');
  });

  it('should start at the beginning when nothing in the text is a hit', () => {
    expect(snippet('Một  dòng\nngắn', words('xyz'))).toBe('Một dòng ngắn');
    expect(snippet('   ', words('xa'))).toBe('');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffHtml, diffText } from './html-diff';
import { type HtmlNode, parseHtmlFragment } from './html-tree';
import { ARTICLE_ALLOWED_ATTRIBUTES, sanitizeArticleHtml } from './sanitize-html';

const MEDIA_A = '/api/v1/public/media/123e4567-e89b-12d3-a456-426614174000/640.webp';
const MEDIA_B = '/api/v1/public/media/223e4567-e89b-12d3-a456-426614174000/640.webp';

/** The text of one side read back from a diff: the other side's marks (and marked blocks) skipped. */
function sideText(diff: string, side: 'before' | 'after'): string {
  const skipMark = side === 'before' ? 'ins' : 'del';
  const skipBlock = side === 'before' ? 'insert' : 'delete';
  const walk = (nodes: HtmlNode[]): string =>
    nodes
      .map((n) => {
        if (n.kind === 'text') return n.text;
        if (n.name === skipMark) return '';
        if (n.attrs.some(([k, v]) => k === 'data-diff' && v === skipBlock)) return '';
        return walk(n.children);
      })
      .join('');
  return walk(parseHtmlFragment(diff)).replace(/\s+/g, '');
}

function plainText(html: string): string {
  const walk = (nodes: HtmlNode[]): string => nodes.map((n) => (n.kind === 'text' ? n.text : walk(n.children))).join('');
  return walk(parseHtmlFragment(sanitizeArticleHtml(html))).replace(/\s+/g, '');
}

/** Only article markup plus ins/del and data-diff="insert|delete" may appear in a diff. */
function expectSafeDiff(diff: string): void {
  expect(diff).not.toMatch(/<\s*\/?\s*script/i);
  const check = (nodes: HtmlNode[]) => {
    for (const n of nodes) {
      if (n.kind === 'text') continue;
      if (n.name === 'ins' || n.name === 'del') expect(n.attrs).toEqual([]);
      else {
        const allowed = ARTICLE_ALLOWED_ATTRIBUTES[n.name];
        expect(allowed).toBeDefined();
        for (const [k, v] of n.attrs) {
          if (k === 'data-diff') expect(['insert', 'delete']).toContain(v);
          else expect(allowed).toContain(k);
          expect(v).not.toMatch(/javascript:|vbscript:|data:/i);
        }
      }
      check(n.children);
    }
  };
  check(parseHtmlFragment(diff));
}

const ARTICLE =
  '<h2>Hội nghị tổng kết năm 2024</h2>' +
  '<p>Sáng 12/3, UBND xã An Hảo Đông tổ chức hội nghị tổng kết công tác năm 2024.</p>' +
  '<ul><li>Thu ngân sách đạt 105%</li><li>Hoàn thành 12 công trình</li><li>Không có khiếu nại kéo dài</li></ul>' +
  '<table><tbody><tr><th>Chỉ tiêu</th><th>Kết quả</th></tr><tr><td>Hộ nghèo</td><td>2,1%</td></tr></tbody></table>' +
  `<figure><img src="${MEDIA_A}" alt="Quang cảnh hội nghị" /><figcaption>Quang cảnh hội nghị</figcaption></figure>` +
  '<p>Phát biểu chỉ đạo, đồng chí Chủ tịch UBND xã đề nghị các ngành tiếp tục cố gắng.</p>';

describe('diffHtml', () => {
  it('should return the body without marks when both revisions are the same', () => {
    const out = diffHtml(ARTICLE, ARTICLE);
    expect(out).toBe(sanitizeArticleHtml(ARTICLE));
    expect(out).not.toMatch(/<ins|<del|data-diff/);
  });

  it('should mark only the changed words when a word in a paragraph is replaced', () => {
    expect(diffHtml('<p>Hội nghị tổng kết năm 2024.</p>', '<p>Hội nghị sơ kết năm 2024.</p>')).toBe(
      '<p>Hội nghị <del>tổng</del><ins>sơ</ins> kết năm 2024.</p>',
    );
  });

  it('should keep a deleted phrase together when several words go', () => {
    expect(diffHtml('<p>Một hai ba bốn năm.</p>', '<p>Một năm.</p>')).toBe('<p>Một <del>hai ba bốn</del> năm.</p>');
  });

  it('should show whole paragraphs as deleted and inserted when one is replaced by an unrelated one', () => {
    const out = diffHtml('<p>Giữ nguyên.</p><p>Đoạn cũ bị xoá.</p>', '<p>Giữ nguyên.</p><p>Thông báo lịch tiếp công dân tuần sau.</p>');
    expect(out).toBe(
      '<p>Giữ nguyên.</p>' +
        '<p data-diff="delete"><del>Đoạn cũ bị xoá.</del></p>' +
        '<p data-diff="insert"><ins>Thông báo lịch tiếp công dân tuần sau.</ins></p>',
    );
  });

  it('should mark a list item as inserted or deleted when items are added or removed', () => {
    const out = diffHtml('<ul><li>Một</li><li>Hai</li><li>Ba</li></ul>', '<ul><li>Một</li><li>Ba</li><li>Bốn</li></ul>');
    expect(out).toBe('<ul><li>Một</li><li data-diff="delete"><del>Hai</del></li><li>Ba</li><li data-diff="insert"><ins>Bốn</ins></li></ul>');
  });

  it('should keep the table shape when a cell value changes', () => {
    const before = '<table><tbody><tr><td>Hộ nghèo</td><td>2,1%</td></tr><tr><td>Cận nghèo</td><td>3%</td></tr></tbody></table>';
    const after = '<table><tbody><tr><td>Hộ nghèo</td><td>1,8%</td></tr><tr><td>Cận nghèo</td><td>3%</td></tr></tbody></table>';
    const out = diffHtml(before, after);
    expect(out).toBe(
      '<table><tbody><tr><td>Hộ nghèo</td><td><del>2,1</del><ins>1,8</ins>%</td></tr>' + '<tr><td>Cận nghèo</td><td>3%</td></tr></tbody></table>',
    );
    expect(out.match(/<td/g)).toHaveLength(4);
  });

  it('should show the old image deleted and the new one inserted when a figure image is replaced', () => {
    const out = diffHtml(
      `<figure><img src="${MEDIA_A}" alt="Ảnh" /><figcaption>Cầu cũ</figcaption></figure>`,
      `<figure><img src="${MEDIA_B}" alt="Ảnh" /><figcaption>Cầu mới</figcaption></figure>`,
    );
    expect(out).toBe(
      `<figure><del><img src="${MEDIA_A}" alt="Ảnh" /></del><ins><img src="${MEDIA_B}" alt="Ảnh" /></ins>` +
        '<figcaption>Cầu <del>cũ</del><ins>mới</ins></figcaption></figure>',
    );
  });

  it('should follow the newer markup when formatting is added around unchanged words', () => {
    expect(diffHtml('<p>Hạn chót 30/6.</p>', '<p>Hạn chót <strong>30/6</strong>.</p>')).toBe('<p>Hạn chót <strong>30/6</strong>.</p>');
  });

  it('should show the text of a removed link as deleted when the link and its words go', () => {
    expect(diffHtml('<p>Xem <a href="https://a.vn/">tại đây</a>.</p>', '<p>Xem.</p>')).toBe('<p>Xem <del>tại đây</del>.</p>');
  });

  it('should show no change when the two revisions differ only in Unicode normalisation', () => {
    const nfc = '<p>Hội nghị</p>';
    expect(diffHtml(nfc.normalize('NFD'), nfc)).toBe(nfc);
  });

  it('should let each side be read back in full when an article is edited in many places', () => {
    const after = ARTICLE.replace('tổng kết công tác', 'sơ kết công tác')
      .replace('<li>Hoàn thành 12 công trình</li>', '')
      .replace('</ul>', '<li>Cấp 300 thẻ bảo hiểm y tế</li></ul>')
      .replace('2,1%', '1,9%')
      .replace('đề nghị các ngành tiếp tục cố gắng', 'yêu cầu các ngành khẩn trương hoàn thành kế hoạch')
      .concat('<h3>Mục mới</h3><p>Nội dung bổ sung.</p>');
    const out = diffHtml(ARTICLE, after);
    expect(sideText(out, 'before')).toBe(plainText(ARTICLE));
    expect(sideText(out, 'after')).toBe(plainText(after));
    expect(out).toContain('<del>tổng</del><ins>sơ</ins>');
    expect(out).toContain('<li data-diff="delete"><del>Hoàn thành 12 công trình</del></li>');
    expect(out).toContain('<h3 data-diff="insert"><ins>Mục mới</ins></h3>');
    expectSafeDiff(out);
  });

  it('should stay safe and escape text when either revision carries hostile markup', () => {
    const vectors = JSON.parse(readFileSync(join(__dirname, 'xss-vectors.json'), 'utf8')) as { html: string }[];
    for (const v of vectors) {
      expectSafeDiff(diffHtml(ARTICLE, `${ARTICLE}${v.html}`));
      expectSafeDiff(diffHtml(v.html, '<p>Sạch</p>'));
    }
    const out = diffHtml('<p>a</p>', '<p>a &lt;script&gt;alert(1)&lt;/script&gt; "b" &amp;</p>');
    expect(out).toBe('<p>a <ins>&lt;script&gt;alert(1)&lt;/script&gt; "b" &amp;</ins></p>');
  });
});

describe('diffText', () => {
  it('should split into equal, deleted and inserted words when a title is edited', () => {
    expect(diffText('Hội nghị tổng kết năm 2024', 'Hội nghị sơ kết năm 2025')).toEqual([
      { op: 'equal', text: 'Hội nghị ' },
      { op: 'delete', text: 'tổng' },
      { op: 'insert', text: 'sơ' },
      { op: 'equal', text: ' kết năm ' },
      { op: 'delete', text: '2024' },
      { op: 'insert', text: '2025' },
    ]);
  });

  it('should compare whole Vietnamese words when only a tone mark changes', () => {
    expect(diffText('Tập huấn', 'Tấp huấn')).toEqual([
      { op: 'delete', text: 'Tập' },
      { op: 'insert', text: 'Tấp' },
      { op: 'equal', text: ' huấn' },
    ]);
  });

  it('should return one equal segment when nothing changed, and nothing when both are empty', () => {
    expect(diffText('Thông báo', 'Thông báo')).toEqual([{ op: 'equal', text: 'Thông báo' }]);
    expect(diffText('', '')).toEqual([]);
    expect(diffText('', 'Mới')).toEqual([{ op: 'insert', text: 'Mới' }]);
  });

  it('should rebuild both texts from the segments when a summary is rewritten', () => {
    const before = 'Ngày 5/3, xã tổ chức ra quân vệ sinh môi trường, thu gom 2 tấn rác.';
    const after = 'Sáng 5/3, xã ra quân vệ sinh môi trường và trồng 500 cây xanh, thu gom 3 tấn rác.';
    const segments = diffText(before, after);
    expect(
      segments
        .filter((s) => s.op !== 'insert')
        .map((s) => s.text)
        .join(''),
    ).toBe(before);
    expect(
      segments
        .filter((s) => s.op !== 'delete')
        .map((s) => s.text)
        .join(''),
    ).toBe(after);
  });

  it('should treat decomposed and composed text as equal when they read the same', () => {
    expect(diffText('Quyết định'.normalize('NFD'), 'Quyết định')).toEqual([{ op: 'equal', text: 'Quyết định' }]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { ARTICLE_ALLOWED_ATTRIBUTES, DEFAULT_MEDIA_URL_PATTERN, sanitizeArticleHtml, type SanitizeArticleHtmlOptions } from './sanitize-html';

interface XssVector {
  name: string;
  html: string;
  /**
   * The payload is text in the input (entity-encoded, or outside any tag as a browser reads it), so it
   * rightly survives as escaped text; for the others, not even the text may come through.
   */
  textOnly?: boolean;
}

const vectors = JSON.parse(readFileSync(join(__dirname, 'xss-vectors.json'), 'utf8')) as XssVector[];

const MEDIA = '/api/v1/public/media/123e4567-e89b-12d3-a456-426614174000/640.webp';
const MEDIA_JPG = '/api/v1/public/media/123e4567-e89b-12d3-a456-426614174000/1280.jpg';

interface ParsedElement {
  name: string;
  attribs: Record<string, string>;
}

/** Parse the output the way the sanitiser's own parser does, and collect elements and text. */
function inspect(html: string): { elements: ParsedElement[]; text: string } {
  const elements: ParsedElement[] = [];
  let text = '';
  const parser = new Parser(
    {
      onopentag: (name, attribs) => elements.push({ name, attribs }),
      ontext: (t) => (text += t),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { elements, text };
}

/** A URL as a browser reads it: ASCII whitespace and control characters inside are ignored. */
function squeeze(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
}

const SAFE_HREF = /^(https?:\/\/[^/\\]|mailto:|\/(?![/\\])|#)/i;
const DANGEROUS_SCHEME = /(^|[^a-z0-9+.-])(javascript|vbscript|livescript|data|file):/i;

/** Every rule a sanitised body must satisfy, whatever the input. */
function expectSafe(out: string, opts: SanitizeArticleHtmlOptions = {}): void {
  const pattern = opts.mediaUrlPattern ?? DEFAULT_MEDIA_URL_PATTERN;
  expect(out).not.toMatch(/<\s*\/?\s*script/i);
  expect(out).not.toMatch(/<\s*\/?\s*(svg|math|iframe|object|embed|style|template|noscript|base|meta|link|form)\b/i);
  // No event handler inside any tag, whatever the parser thinks of it.
  for (const tag of out.match(/<[^>]*>/g) ?? []) expect(tag).not.toMatch(/[\s/"']on\w+\s*=/i);

  const { elements } = inspect(out);
  for (const el of elements) {
    const allowed = ARTICLE_ALLOWED_ATTRIBUTES[el.name];
    expect(allowed).toBeDefined();
    for (const [attr, value] of Object.entries(el.attribs)) {
      expect(allowed).toContain(attr);
      expect(attr).not.toMatch(/^on/i);
      expect(squeeze(value)).not.toMatch(DANGEROUS_SCHEME);
      if (attr === 'href') expect(value).toMatch(SAFE_HREF);
      if (attr === 'src') expect(value).toMatch(pattern);
      if (attr === 'rel') expect(value).toBe('noopener noreferrer');
      if (attr === 'target') expect(value).toBe('_blank');
      if (attr === 'colspan' || attr === 'rowspan' || attr === 'width' || attr === 'height') {
        expect(value).toMatch(/^[1-9][0-9]*$/);
      }
    }
  }
  expect(out).toBe(out.normalize('NFC'));
  expect(sanitizeArticleHtml(out, opts)).toBe(out);
}

describe('sanitizeArticleHtml — XSS corpus', () => {
  it('should hold at least 100 vectors when the corpus is loaded', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(100);
    expect(new Set(vectors.map((v) => v.name)).size).toBe(vectors.length);
  });

  it.each(vectors.map((v) => [v.name, v] as const))('should leave nothing executable when given %s', (_name, v) => {
    const out = sanitizeArticleHtml(v.html);
    expectSafe(out);
    if (!v.textOnly) {
      // The payload was code or markup, not text: none of it may reappear, even as text.
      const { text } = inspect(out);
      expect(text).not.toMatch(/alert|msgbox|document\.cookie|evil\.example/i);
    }
  });

  it('should neutralise every vector when they are pasted together in one body', () => {
    expectSafe(sanitizeArticleHtml(vectors.map((v) => v.html).join('\n<p>giữa</p>\n')));
  });
});

describe('sanitizeArticleHtml — ordinary articles', () => {
  it('should keep an ordinary article intact when it uses only allowed markup', () => {
    const html =
      '<h2>Hội nghị tổng kết</h2>' +
      '<p>Sáng <strong>12/3</strong>, UBND xã <em>An Hảo Đông</em> tổ chức <u>hội nghị</u>; H<sub>2</sub>O, m<sup>2</sup>, <s>cũ</s>.<br />Dòng mới.</p>' +
      '<h3>Kết quả</h3><ul><li>Thu ngân sách đạt 105%</li><li>Hoàn thành <b>12</b> công trình</li></ul>' +
      '<ol><li>Một</li><li><i>Hai</i></li></ol>' +
      '<table><thead><tr><th colspan="2">Chỉ tiêu</th></tr></thead><tbody><tr><td rowspan="2">Thu</td><td>1.200 triệu</td></tr></tbody></table>' +
      `<figure><img src="${MEDIA}" alt="Quang cảnh hội nghị" width="640" height="480" /><figcaption>Ảnh: Ban biên tập</figcaption></figure>` +
      '<blockquote><p>Trích phát biểu của Chủ tịch UBND xã.</p></blockquote><hr />' +
      '<h4>Liên hệ</h4><p><a href="https://congbao.chinhphu.vn/" rel="noopener noreferrer" target="_blank">Công báo</a>, ' +
      '<a href="mailto:ubnd@anhaodong.gov.vn" rel="noopener noreferrer">thư điện tử</a>, ' +
      '<a href="/tin-tuc/hoi-nghi?nam=2024#ket-qua" rel="noopener noreferrer">bài trước</a>.</p>';
    expect(sanitizeArticleHtml(html)).toBe(html);
  });

  it('should keep an image when its src is one of the site media variants', () => {
    const out = sanitizeArticleHtml(`<p><img src="${MEDIA_JPG}" alt="Cầu mới"></p>`);
    expect(out).toBe(`<p><img src="${MEDIA_JPG}" alt="Cầu mới" /></p>`);
  });

  it('should remove an image when its src is outside the site media', () => {
    for (const src of [
      'https://evil.example/a.webp',
      '//evil.example/api/v1/public/media/123e4567-e89b-12d3-a456-426614174000/640.webp',
      `${MEDIA}?x=1`,
      `https://congxa.vn${MEDIA}`,
      '/api/v1/public/media/123e4567/640.webp',
      '/api/v1/public/media/123e4567-e89b-12d3-a456-426614174000/640.png',
      '/api/v1/staff/media/123e4567-e89b-12d3-a456-426614174000/original.jpg',
    ]) {
      expect(sanitizeArticleHtml(`<p>a<img src="${src}" alt="x">b</p>`)).toBe('<p>ab</p>');
    }
  });

  it('should accept images from another media path when a mediaUrlPattern is given', () => {
    const opts = { mediaUrlPattern: /^https:\/\/cdn\.congxa\.vn\/m\/[a-z0-9]+\.webp$/g };
    const html = '<img src="https://cdn.congxa.vn/m/abc123.webp" alt="">';
    expect(sanitizeArticleHtml(html, opts)).toBe('<img src="https://cdn.congxa.vn/m/abc123.webp" alt="" />');
    // A global flag on the caller's pattern must not make every other call fail (lastIndex).
    expect(sanitizeArticleHtml(html, opts)).toBe('<img src="https://cdn.congxa.vn/m/abc123.webp" alt="" />');
    expect(sanitizeArticleHtml(`<img src="${MEDIA}" alt="">`, opts)).toBe('');
  });

  it('should keep only numeric sizes when an image or cell carries odd ones', () => {
    expect(sanitizeArticleHtml(`<img src="${MEDIA}" alt="a" width="100%" height="50">`)).toBe(`<img src="${MEDIA}" alt="a" height="50" />`);
    expect(sanitizeArticleHtml('<table><tr><td colspan="0" rowspan="3">x</td><th colspan="x2">y</th></tr></table>')).toBe(
      '<table><tr><td rowspan="3">x</td><th>y</th></tr></table>',
    );
  });

  it('should map headings into h2–h4 when the body uses h1, h5 or h6', () => {
    expect(sanitizeArticleHtml('<h1 id="a">A</h1><h5>B</h5><h6>C</h6>')).toBe('<h2>A</h2><h4>B</h4><h4>C</h4>');
  });

  it('should add rel and keep target only as _blank when a link carries them', () => {
    expect(sanitizeArticleHtml('<a href="https://a.vn" target="_top" rel="opener">x</a>')).toBe('<a href="https://a.vn/" rel="noopener noreferrer">x</a>');
    expect(sanitizeArticleHtml('<a href="https://a.vn" target="_BLANK">x</a>')).toBe('<a href="https://a.vn/" rel="noopener noreferrer" target="_blank">x</a>');
  });

  it('should unwrap a link when its href is not http, https, mailto, a site path or a fragment', () => {
    for (const href of ['javascript:alert(1)', 'ftp://a.vn/x', 'tel:0912345678', '//a.vn/x', 'tin-tuc/x', '', 'http://']) {
      expect(sanitizeArticleHtml(`<p><a href="${href}">liên kết</a></p>`)).toBe('<p>liên kết</p>');
    }
  });

  it('should drop the text of scripts and styles when they are removed', () => {
    expect(sanitizeArticleHtml('<p>A<script>var x = "bí mật";</script>B<style>p { color: red }</style>C</p>')).toBe('<p>ABC</p>');
  });

  it('should keep the text and drop the wrappers when a Word document is pasted', () => {
    const word =
      '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"><title>Tài liệu</title>' +
      '<style>p.MsoNormal{margin:0}</style></head><body lang="VI"><div class="WordSection1">' +
      '<p class="MsoNormal" style="text-align:justify"><span style="font-family:Times New Roman">Nội dung <o:p></o:p></span></p>' +
      '<p class="MsoNormal"><font face="Arial">Đoạn hai</font></p></div></body></html>';
    expect(sanitizeArticleHtml(word)).toBe('<p>Nội dung </p><p>Đoạn hai</p>');
  });

  it('should return NFC text when the input is decomposed', () => {
    const decomposed = '<p>Hội nghị</p>'.normalize('NFD');
    expect(sanitizeArticleHtml(decomposed)).toBe('<p>Hội nghị</p>'.normalize('NFC'));
    expect(sanitizeArticleHtml('<p>Hoa&#x300;</p>')).toBe('<p>Hoà</p>');
  });

  it('should escape markup characters when the article text contains them', () => {
    expect(sanitizeArticleHtml('<p>a &lt; b &amp;&amp; c &gt; d "e"</p>')).toBe('<p>a &lt; b &amp;&amp; c &gt; d "e"</p>');
  });
});

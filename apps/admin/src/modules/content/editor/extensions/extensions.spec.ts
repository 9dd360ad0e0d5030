import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { documentHtml } from '../html';
import { missingAltInDoc, missingAltInHtml } from '../imageProblems';
import { articleExtensions } from './index';

const SRC = '/api/v1/public/media/7f1c2d9e-0000-4000-8000-00000000000a/w1280.jpg';
let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

function html(input: string): string {
  editor?.destroy();
  editor = new Editor({ extensions: articleExtensions(), content: input });
  return documentHtml(editor.state.doc);
}

describe('figure', () => {
  it('should write an image with its caption as figure, img and figcaption', () => {
    expect(html(`<figure><img src="${SRC}" alt="Cầu mới" width="1280" height="853"><figcaption> Ảnh:  UBND xã </figcaption></figure>`)).toBe(
      `<figure><img src="${SRC}" alt="Cầu mới" width="1280" height="853" /><figcaption>Ảnh: UBND xã</figcaption></figure>`,
    );
  });

  it('should leave the figcaption out when there is no caption, and read a bare img (old content, Word imports)', () => {
    expect(html(`<p>Trước<img src="${SRC}" alt="">sau</p>`)).toBe(`<p>Trước</p><figure><img src="${SRC}" alt="" /></figure><p>sau</p>`);
  });

  it('should leave out images that are not the site’s media, as the server does', () => {
    expect(html('<p>a</p><img src="https://example.com/a.jpg" alt="x"><figure><img src="file:///C:/a.png"><figcaption>c</figcaption></figure>')).toBe(
      '<p>a</p><p>c</p>',
    );
  });

  it('should drop a width or height that is not a plain number', () => {
    expect(html(`<img src="${SRC}" alt="a" width="100%" height="0">`)).toBe(`<figure><img src="${SRC}" alt="a" /></figure>`);
  });

  it('should report images without alt text by their place, counting from 1, as the API does', () => {
    const input = `<img src="${SRC}" alt="Có mô tả"><img src="${SRC.replace('w1280', 'w640')}" alt=" "><p>x</p><img src="${SRC}">`;
    html(input);
    const expected = [
      { index: 2, src: SRC.replace('w1280', 'w640') },
      { index: 3, src: SRC },
    ];
    expect(missingAltInDoc(editor!.state.doc)).toEqual(expected);
    expect(missingAltInHtml(documentHtml(editor!.state.doc))).toEqual(expected);
  });

  it('should change alt text and caption with updateFigure', () => {
    html(`<img src="${SRC}" alt="">`);
    editor!.commands.updateFigure(0, { alt: 'Mô tả', caption: 'Chú thích' });
    expect(documentHtml(editor!.state.doc)).toBe(`<figure><img src="${SRC}" alt="Mô tả" /><figcaption>Chú thích</figcaption></figure>`);
  });
});

describe('link', () => {
  it('should keep only addresses the server keeps, written canonically, with rel and target=_blank only', () => {
    expect(html('<p><a href="javascript:alert(1)">x</a> <a href="data:text/html,1">y</a> <a href="//evil.example/">z</a></p>')).toBe('<p>x y z</p>');
    expect(html('<p><a href="HTTPS://Xa.Gov.VN" target="_self" rel="nofollow" class="c" title="t">a</a></p>')).toBe(
      '<p><a href="https://xa.gov.vn/" rel="noopener noreferrer">a</a></p>',
    );
    expect(html('<p><a href="/tin tức" target="_BLANK">a</a></p>')).toBe('<p><a href="/tin%20t%E1%BB%A9c" rel="noopener noreferrer" target="_blank">a</a></p>');
  });

  it('should refuse setLink with an address the server would drop', () => {
    html('<p>chữ</p>');
    editor!.commands.setTextSelection({ from: 1, to: 4 });
    expect(editor!.commands.setLink({ href: 'javascript:alert(1)' })).toBe(false);
    expect(editor!.commands.setLink({ href: 'mailto:a@xa.gov.vn' })).toBe(true);
    expect(documentHtml(editor!.state.doc)).toBe('<p><a href="mailto:a@xa.gov.vn" rel="noopener noreferrer">chữ</a></p>');
  });
});

describe('table', () => {
  it('should write a table without colgroup, col, style or width, and spans only above 1', () => {
    const out = html(
      '<table style="width:500px"><colgroup><col style="width:100px"></colgroup><thead><tr><th colspan="1" style="text-align:center">A</th><th>B</th></tr></thead><tbody><tr><td colspan="2" colwidth="100,200">c</td></tr></tbody></table>',
    );
    expect(out).toBe('<table><tbody><tr><th><p>A</p></th><th><p>B</p></th></tr><tr><td colspan="2"><p>c</p></td></tr></tbody></table>');
  });

  it('should insert a 3 × 3 table with a header row, and add and remove rows and columns', () => {
    html('<p>x</p>');
    editor!.commands.insertTable({ rows: 3, cols: 3, withHeaderRow: true });
    let out = documentHtml(editor!.state.doc);
    expect(out.match(/<th>/g)).toHaveLength(3);
    expect(out.match(/<td>/g)).toHaveLength(6);
    expect(out).not.toMatch(/style|colgroup|min-width/);
    editor!.commands.addColumnAfter();
    editor!.commands.addRowAfter();
    out = documentHtml(editor!.state.doc);
    expect(out.match(/<tr>/g)).toHaveLength(4);
    expect(out.match(/<t[hd]>/g)).toHaveLength(16);
    editor!.commands.deleteTable();
    expect(documentHtml(editor!.state.doc)).not.toContain('<table');
  });
});

describe('schema', () => {
  it('should keep headings h2–h4 only (h1 → h2, h5/h6 → h4) and drop code, alignment, colours and ol start', () => {
    expect(html('<h1>A</h1><h5>B</h5><h6>C</h6>')).toBe('<h2>A</h2><h4>B</h4><h4>C</h4>');
    expect(html('<p style="text-align:center;color:red"><code>x</code></p><pre><code>y</code></pre>')).toBe('<p>x</p><p>y</p>');
    expect(html('<ol start="3" type="a"><li>a</li></ol>')).toBe('<ol><li><p>a</p></li></ol>');
  });

  it('should save an empty document as ""', () => {
    expect(html('<p> </p><p></p>')).toBe('');
    expect(html(`<img src="${SRC}" alt="">`)).not.toBe('');
  });

  it('should write text in NFC and keep a no-break space as a character', () => {
    expect(html('<p>Vie\u0302\u0323t\u00a0Nam</p>')).toBe('<p>Việt\u00a0Nam</p>');
  });
});

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_INPUT, MEDIA_A, MEDIA_B } from './__fixtures__/document';
import { articleExtensions } from './extensions';
import { documentHtml } from './html';

// (A path from the module's own file: happy-dom replaces the global URL.)
const FIXTURE_FILE = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__', 'editor-output.html');

/** The document as the editor writes it: every node and mark once. */
const EXPECTED = [
  '<h2>Kế hoạch ra quân &amp; làm đường</h2>',
  '<p>Đoạn có <strong>đậm</strong>, <em>nghiêng</em>, <u>gạch chân</u>, <s>gạch ngang</s>, m<sup>2</sup>, H<sub>2</sub>O,',
  ' dấu "ngoặc" &lt;thẻ&gt; và\u00a0khoảng trắng cứng.<br />Dòng mới trong đoạn.</p>',
  '<h3>Liên kết</h3>',
  '<p><a href="https://xa.gov.vn/tin-tuc?a=1&amp;b=2" rel="noopener noreferrer">trang xã</a>, ',
  '<a href="/gioi-thieu" rel="noopener noreferrer" target="_blank">trang nội bộ</a>,',
  ' <a href="mailto:ubnd@xa.gov.vn" rel="noopener noreferrer">thư</a>, <a href="#muc-2" rel="noopener noreferrer">mục 2</a>, ',
  '<a href="https://xa.gov.vn/" rel="noopener noreferrer"><strong>đậm trong liên kết</strong></a>.</p>',
  '<h4>Danh sách</h4>',
  '<ul><li><p>Mục một</p><ul><li><p>Mục con</p></li></ul></li><li><p>Mục hai</p></li></ul>',
  '<ol><li><p>Bước một</p></li><li><p>Bước hai</p></li></ol>',
  '<blockquote><p>Trích dẫn lời Chủ tịch.</p></blockquote>',
  '<hr />',
  '<table><tbody><tr><th><p>Thôn</p></th><th><p>Số hộ</p></th></tr>',
  '<tr><td><p>Thôn 1</p></td><td rowspan="2"><p>120</p></td></tr><tr><td><p>Thôn 2</p></td></tr>',
  '<tr><td colspan="2"><p>Tổng</p></td></tr></tbody></table>',
  `<figure><img src="${MEDIA_A}" alt="Người dân làm đường" width="1280" height="720" /><figcaption>Ảnh: Văn phòng UBND xã</figcaption></figure>`,
  `<figure><img src="${MEDIA_B}" alt="Sơ đồ tuyến đường" width="640" height="480" /></figure>`,
  '<p>Hết.</p>',
].join('');

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

function load(html: string): Editor {
  editor = new Editor({ extensions: articleExtensions(), content: html });
  return editor;
}

describe('editor output', () => {
  it('should write every node and mark in the form the server sanitiser keeps', () => {
    const html = documentHtml(load(FIXTURE_INPUT).state.doc);
    expect(html).toBe(EXPECTED);
    // The fixture the API spec runs through sanitizeArticleHtml (editor-output.spec.ts there).
    if (process.env.UPDATE_FIXTURES === '1') writeFileSync(FIXTURE_FILE, `${html}\n`);
    expect(existsSync(FIXTURE_FILE), 'run with UPDATE_FIXTURES=1 to write the fixture').toBe(true);
    expect(readFileSync(FIXTURE_FILE, 'utf8'), 'fixture out of date: run with UPDATE_FIXTURES=1').toBe(`${html}\n`);
  });

  it('should give back the same HTML when its own output is loaded again', () => {
    const once = documentHtml(load(FIXTURE_INPUT).state.doc);
    editor!.commands.setContent(once);
    expect(documentHtml(editor!.state.doc)).toBe(once);
  });
});

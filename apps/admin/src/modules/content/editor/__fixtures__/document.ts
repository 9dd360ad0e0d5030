/**
 * A document using every node and mark of the editor, as it could arrive (old content, a Word
 * import): the spec loads it, and the editor's output is written to editor-output.html, which the API
 * spec runs through the server's sanitiser.
 */
export const MEDIA_A = '/api/v1/public/media/7f1c2d9e-0000-4000-8000-00000000000a/w1280.jpg';
export const MEDIA_B = '/api/v1/public/media/7f1c2d9e-0000-4000-8000-00000000000b/w640.webp';

export const FIXTURE_INPUT = [
  '<h2>Kế hoạch ra quân &amp; làm đường</h2>',
  '<p>Đoạn có <strong>đậm</strong>, <em>nghiêng</em>, <u>gạch chân</u>, <s>gạch ngang</s>, m<sup>2</sup>, H<sub>2</sub>O,',
  ' dấu "ngoặc" &lt;thẻ&gt; và\u00a0khoảng trắng cứng.<br>Dòng mới trong đoạn.</p>',
  '<h3>Liên kết</h3>',
  '<p><a href="https://xa.gov.vn/tin-tuc?a=1&amp;b=2">trang xã</a>, <a href="/gioi-thieu" target="_blank">trang nội bộ</a>,',
  ' <a href="mailto:ubnd@xa.gov.vn">thư</a>, <a href="#muc-2">mục 2</a>, <a href="https://xa.gov.vn/"><strong>đậm trong liên kết</strong></a>.</p>',
  '<h4>Danh sách</h4>',
  '<ul><li><p>Mục một</p><ul><li><p>Mục con</p></li></ul></li><li><p>Mục hai</p></li></ul>',
  '<ol><li><p>Bước một</p></li><li><p>Bước hai</p></li></ol>',
  '<blockquote><p>Trích dẫn lời Chủ tịch.</p></blockquote>',
  '<hr>',
  '<table><tbody><tr><th><p>Thôn</p></th><th><p>Số hộ</p></th></tr>',
  '<tr><td><p>Thôn 1</p></td><td rowspan="2"><p>120</p></td></tr><tr><td><p>Thôn 2</p></td></tr>',
  '<tr><td colspan="2"><p>Tổng</p></td></tr></tbody></table>',
  `<figure><img src="${MEDIA_A}" alt="Người dân làm đường" width="1280" height="720"><figcaption>Ảnh: Văn phòng UBND xã</figcaption></figure>`,
  `<figure><img src="${MEDIA_B}" alt="Sơ đồ tuyến đường" width="640" height="480"></figure>`,
  '<p>Hết.</p>',
].join('');

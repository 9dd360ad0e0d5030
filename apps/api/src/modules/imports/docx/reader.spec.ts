import { strToU8, zipSync } from 'fflate';
import { encodeTcvn3, encodeVni } from '@congxa/shared/text';
import { readDocx, skippedWarnings } from './convert-docx';
import { renderBlocks } from './html';
import { DocxPackage } from './package';
import { AppException } from '../../../common/errors/app-exception';
import { hyperlinkFromInstr } from './reader';

const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A .docx written by hand: `body` is the inside of w:body; other parts optional. */
function handmade(body: string, parts: { styles?: string; numbering?: string; rels?: string; media?: Record<string, Uint8Array> } = {}): Buffer {
  const types =
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
  const rootRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`;
  const docRels =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rSt" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rNum" Type="${REL}/numbering" Target="numbering.xml"/>` +
    `${parts.rels ?? ''}</Relationships>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(types),
    '_rels/.rels': strToU8(rootRels),
    'word/_rels/document.xml.rels': strToU8(docRels),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
    ...(parts.media ?? {}),
  };
  if (parts.styles) files['word/styles.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>${parts.styles}</w:styles>`);
  if (parts.numbering) files['word/numbering.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>${parts.numbering}</w:numbering>`);
  return Buffer.from(zipSync(files));
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const run = (text: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r>`;
const para = (inner: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inner}</w:p>`;
const font = (name: string) => `<w:rFonts w:ascii="${name}" w:hAnsi="${name}"/>`;

function convert(buf: Buffer) {
  const doc = readDocx(DocxPackage.open(buf));
  return { ...doc, html: renderBlocks(doc.blocks, (part) => (part.endsWith('.png') ? `/img/${part}` : null), doc.titleBlock ?? undefined) };
}

describe('DocxReader', () => {
  it('should follow links written as HYPERLINK fields, simple or complex, and drop links to bookmarks', () => {
    const doc = convert(
      handmade(
        para(run('Tiêu đề')) +
          para(
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://xa.gov.vn/a?b=1&amp;c=2" \\o "mẹo" </w:instrText></w:r>' +
              `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('trang xã')}<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
              `${run(' và ')}<w:fldSimple w:instr=" HYPERLINK &quot;mailto:ubnd@xa.gov.vn&quot; ">${run('thư')}</w:fldSimple>` +
              `${run(' và ')}<w:hyperlink w:anchor="_Toc1">${run('mục 2')}</w:hyperlink>`,
          ),
      ),
    );
    expect(doc.html).toBe('<p><a href="https://xa.gov.vn/a?b=1&amp;c=2">trang xã</a> và <a href="mailto:ubnd@xa.gov.vn">thư</a> và mục 2</p>');
    expect(hyperlinkFromInstr('HYPERLINK \\l "_Toc123"')).toBeNull();
  });

  it('should keep inserted text and leave out deleted, hidden and table-of-contents text, saying so', () => {
    const doc = convert(
      handmade(
        para(run('Tiêu đề')) +
          para(
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o "1-3" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
              `${run('Mục lục 1 ........ 3')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`,
          ) +
          para(
            `${run('Giữ ')}<w:ins w:id="1" w:author="A">${run('thêm')}</w:ins><w:del w:id="2" w:author="A"><w:r><w:delText>bỏ</w:delText></w:r></w:del>${run(' ẩn', '<w:vanish/>')}`,
          ) +
          para(`${run('Chú thích')}<w:r><w:footnoteReference w:id="1"/></w:r>`),
      ),
    );
    expect(doc.html).toBe('<p>Giữ thêm</p><p>Chú thích</p>');
    expect(skippedWarnings(doc.skipped)).toEqual([
      'Không nhập 1 chú thích cuối trang/cuối tài liệu: hãy đưa nội dung cần thiết vào bài.',
      'Tài liệu còn thay đổi chưa chấp nhận (Track Changes): đã nhập bản với các thay đổi được chấp nhận, phần bị xóa không được nhập.',
      'Bỏ qua mục lục tự động của tài liệu.',
    ]);
  });

  it('should rebuild merged table cells as colspan and rowspan', () => {
    const tc = (text: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${para(run(text))}</w:tc>`;
    const doc = convert(
      handmade(
        para(run('Bảng')) +
          '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>' +
          `<w:tr>${tc('Thôn', '<w:vMerge w:val="restart"/>')}${tc('Số hộ', '<w:gridSpan w:val="2"/>')}</w:tr>` +
          `<w:tr>${tc('', '<w:vMerge/>')}${tc('2025')}${tc('2026')}</w:tr>` +
          `<w:tr>${tc('Thôn 1')}${tc('120')}${tc('125')}</w:tr></w:tbl>`,
      ),
    );
    expect(doc.html).toBe(
      '<table><tbody><tr><td rowspan="2">Thôn</td><td colspan="2">Số hộ</td></tr><tr><td>2025</td><td>2026</td></tr><tr><td>Thôn 1</td><td>120</td><td>125</td></tr></tbody></table>',
    );
  });

  it('should nest list levels and tell bullets from numbers through numbering.xml and list styles', () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>' +
      '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>';
    const styles =
      '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>';
    const item = (text: string, numId: string, ilvl: number) => para(run(text), `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);
    const doc = convert(
      handmade(
        para(run('Các bước')) +
          item('Một', '1', 0) +
          item('Một a', '1', 1) +
          item('Một b', '1', 1) +
          item('Hai', '1', 0) +
          para(run('Chấm'), '<w:pStyle w:val="ListBullet"/>'),
        {
          numbering,
          styles,
        },
      ),
    );
    expect(doc.html).toBe('<ol><li>Một<ul><li>Một a</li><li>Một b</li></ul></li><li>Hai</li></ol><ul><li>Chấm</li></ul>');
  });

  it('should recognise headings by style name and outline level, the legacy font coming from the Normal style they are based on', () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="u1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="TieuDe2"><w:name w:val="Tiêu đề 2"/><w:basedOn w:val="Normal"/></w:style>' +
      `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr>${font('.VnTime')}</w:rPr></w:style>`;
    const doc = convert(
      handmade(
        para(run(encodeTcvn3('Báo cáo tổng kết')), '<w:pStyle w:val="u1"/>') +
          para(run(encodeTcvn3('Phần một')), '<w:pStyle w:val="TieuDe2"/>') +
          para(run(encodeTcvn3('Mục nhỏ')), '<w:outlineLvl w:val="2"/>') +
          para(run(encodeTcvn3('Nội dung.'))),
        { styles },
      ),
    );
    expect(doc.title).toBe('Báo cáo tổng kết');
    expect(doc.html).toBe('<h3>Phần một</h3><h4>Mục nhỏ</h4><p>Nội dung.</p>');
    expect(doc.converted).toEqual([{ from: 'tcvn3', font: '.VnTime', sample: 'Báo cáo tổng kết', count: 4 }]);
  });

  it('should place embedded pictures once, skip formats the library does not take, and read text boxes after their paragraph', () => {
    const drawing = (id: string) =>
      `<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="${id}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
    const textBox = `<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>${para(run(encodeVni('Ghi chú trong khung'), font('VNI-Times')))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
    const doc = convert(
      handmade(para(run('Ảnh')) + para(drawing('rImg') + drawing('rEmf')) + para(`${run('Trước khung')}${textBox}`) + para(drawing('rImg')), {
        rels: `<Relationship Id="rImg" Type="${REL}/image" Target="media/image1.png"/><Relationship Id="rEmf" Type="${REL}/image" Target="media/image2.emf"/>`,
        media: { 'word/media/image1.png': new Uint8Array(16), 'word/media/image2.emf': new Uint8Array(16) },
      }),
    );
    expect(doc.imageParts).toEqual(['word/media/image1.png', 'word/media/image2.emf']);
    expect(doc.html).toBe(
      '<p><img src="/img/word/media/image1.png" alt=""></p><p>Trước khung</p><p>Ghi chú trong khung</p><p><img src="/img/word/media/image1.png" alt=""></p>',
    );
  });

  it('should take a picture’s alt text from the document: the Alt Text description, else its title, else the VML alt', () => {
    const drawing = (id: string, docPr: string) =>
      `<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="Picture 1" ${docPr}/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="${id}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
    const vml = (id: string) =>
      `<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" alt="Sơ đồ  tổ chức"><v:imagedata r:id="${id}"/></v:shape></w:pict></w:r>`;
    const doc = convert(
      handmade(
        para(run('Ảnh')) +
          para(drawing('rA', `descr="Trụ sở Ủy ban &amp; sân&#10;trước" title="Tiêu đề bị bỏ qua"`)) +
          para(drawing('rB', 'title="Cầu Ân Hảo"')) +
          para(drawing('rC', 'descr="   "')) +
          para(vml('rD')),
        {
          rels: ['rA', 'rB', 'rC', 'rD'].map((id, i) => `<Relationship Id="${id}" Type="${REL}/image" Target="media/image${i + 1}.png"/>`).join(''),
        },
      ),
    );
    expect([...doc.imageAlts]).toEqual([
      ['word/media/image1.png', 'Trụ sở Ủy ban & sân trước'],
      ['word/media/image2.png', 'Cầu Ân Hảo'],
      ['word/media/image4.png', 'Sơ đồ tổ chức'],
    ]);
    expect(doc.html).toBe(
      '<p><img src="/img/word/media/image1.png" alt="Trụ sở Ủy ban &amp; sân trước"></p><p><img src="/img/word/media/image2.png" alt="Cầu Ân Hảo"></p>' +
        '<p><img src="/img/word/media/image3.png" alt=""></p><p><img src="/img/word/media/image4.png" alt="Sơ đồ tổ chức"></p>',
    );
  });

  it('should refuse a document nested 30,000 deep with 422 DOCUMENT_TOO_DEEP, not a stack overflow', () => {
    const depth = 30_000;
    const buf = handmade(`${'<w:customXml>'.repeat(depth)}${para(run('Sâu'))}${'</w:customXml>'.repeat(depth)}`);
    let err: unknown;
    try {
      convert(buf);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppException);
    expect(err).toMatchObject({ httpStatus: 422, code: 'DOCUMENT_TOO_DEEP' });
  });

  it('should still read nesting a real document has (tables inside tables inside custom XML)', () => {
    let inner = para(run('Ô trong cùng'));
    for (let i = 0; i < 8; i++) inner = `<w:customXml><w:tbl><w:tr><w:tc>${inner}</w:tc></w:tr></w:tbl></w:customXml>`;
    const doc = convert(handmade(para(run('Bảng lồng nhau')) + inner));
    expect(doc.html).toContain('Ô trong cùng');
  });
});

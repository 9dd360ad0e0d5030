import { encodeTcvn3, encodeVni } from '@congxa/shared/text';
import { Paragraph, TextRun } from 'docx';
import { bullet, heading, image, lineBreak, link, numbered, p, plain, redPng, table, tcvn3, vni, wordDocument } from '../../../../test/fixtures/imports';
import { readDocx } from './convert-docx';
import { renderBlocks } from './html';
import { joinVniSplits } from './legacy';
import type { TextInline } from './model';
import { DocxPackage } from './package';

const SRC = '/api/v1/public/media/00000000-0000-4000-8000-000000000000/w1280.webp';

async function convert(children: Parameters<typeof wordDocument>[0], opts: Parameters<typeof wordDocument>[1] = {}) {
  const doc = readDocx(DocxPackage.open(await wordDocument(children, opts)));
  return { ...doc, html: renderBlocks(doc.blocks, () => SRC, doc.titleBlock ?? undefined) };
}

describe('readDocx', () => {
  it('should turn a .VnTime / VNI-Times document into Unicode HTML with its structure when it holds every kind of block', async () => {
    const doc = await convert([
      heading(tcvn3('Ủy ban nhân dân xã Ân Hảo Đông')),
      p(tcvn3('Thông báo '), tcvn3('lịch tiếp công dân', { bold: true }), tcvn3(' tháng 12 năm 2026', { italics: true })),
      p(vni('Tiếng Việt có dấu: đường, phường, người dân.')),
      bullet(tcvn3('Cán bộ tiếp dân')),
      bullet(tcvn3('Giấy tờ cần mang theo')),
      numbered(vni('Bước một: nộp hồ sơ')),
      numbered(vni('Bước hai: nhận kết quả')),
      table([
        [tcvn3('Ngày'), tcvn3('Người tiếp')],
        [tcvn3('Thứ Hai'), tcvn3('Ông Nguyễn Văn Ánh')],
      ]),
      p(tcvn3('Xem thêm tại '), link('https://dichvucong.gov.vn/p/home/dvc-trang-chu.html', vni('Cổng dịch vụ công quốc gia'))),
      p(image(await redPng())),
      p(plain('Dòng một'), lineBreak(), plain('Dòng hai')),
      p(plain(encodeTcvn3('Người dân cần mang theo căn cước công dân khi đến làm thủ tục.'))),
      p(plain('Office hours: Monday to Friday.')),
    ]);
    expect(doc.title).toBe('Ủy ban nhân dân xã Ân Hảo Đông');
    expect(doc.html).toBe(
      '<p>Thông báo <strong>lịch tiếp công dân</strong><em> tháng 12 năm 2026</em></p>' +
        '<p>Tiếng Việt có dấu: đường, phường, người dân.</p>' +
        '<ul><li>Cán bộ tiếp dân</li><li>Giấy tờ cần mang theo</li></ul>' +
        '<ol><li>Bước một: nộp hồ sơ</li><li>Bước hai: nhận kết quả</li></ol>' +
        '<table><thead><tr><th>Ngày</th><th>Người tiếp</th></tr></thead><tbody><tr><td>Thứ Hai</td><td>Ông Nguyễn Văn Ánh</td></tr></tbody></table>' +
        '<p>Xem thêm tại <a href="https://dichvucong.gov.vn/p/home/dvc-trang-chu.html">Cổng dịch vụ công quốc gia</a></p>' +
        `<p><img src="${SRC}" alt=""></p>` +
        '<p>Dòng một<br>Dòng hai</p>' +
        '<p>Người dân cần mang theo căn cước công dân khi đến làm thủ tục.</p>' +
        '<p>Office hours: Monday to Friday.</p>',
    );
    expect(doc.imageParts).toEqual(['word/media/image1.png']);
    expect(doc.converted).toEqual([
      { from: 'tcvn3', font: '.VnTimeH', sample: 'Ủy ban nhân dân xã Ân Hảo Đông', count: 2 },
      { from: 'tcvn3', font: '.VnTime', sample: 'Ủy ban nhân dân xã Ân Hảo Đông', count: 9 },
      { from: 'vni', font: 'VNI-Times', sample: 'Tiếng Việt có dấu: đường, phường, người dân.', count: 4 },
      { from: 'tcvn3', sample: 'Người dân cần mang theo căn cước công dân khi đến làm thủ tục.', count: 1 },
    ]);
  });

  it('should read the legacy font from the Normal style when the runs name none', async () => {
    const doc = await convert([new Paragraph({ children: [new TextRun(encodeTcvn3('Kế hoạch tổ chức lễ hội truyền thống'))] })], { defaultFont: '.VnTime' });
    expect(doc.title).toBe('Kế hoạch tổ chức lễ hội truyền thống');
    expect(doc.converted).toEqual([{ from: 'tcvn3', font: '.VnTime', sample: 'Kế hoạch tổ chức lễ hội truyền thống', count: 1 }]);
  });

  it('should draw every letter of a .VnTimeH run as a capital, as the font does', async () => {
    const doc = await convert([p([new TextRun({ text: encodeTcvn3('cộng hòa xã hội chủ nghĩa việt nam'), font: '.VnTimeH' })]), p(plain('Nội dung'))]);
    expect(doc.title).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('should leave Unicode text alone when it is set in a legacy font', async () => {
    const doc = await convert([
      p([new TextRun({ text: 'Thông báo bằng Unicode', font: '.VnTime' })]),
      p([new TextRun({ text: 'Văn bản Unicode', font: 'VNI-Times' })]),
    ]);
    expect(doc.title).toBe('Thông báo bằng Unicode');
    expect(doc.html).toBe('<p>Văn bản Unicode</p>');
    expect(doc.converted).toEqual([]);
  });

  it('should take the title from the document properties and keep the first paragraph when they differ', async () => {
    const doc = await convert([p(plain('Kính gửi: Nhân dân trong xã'))], { title: 'Thông báo số 12' });
    expect(doc.title).toBe('Thông báo số 12');
    expect(doc.html).toBe('<p>Kính gửi: Nhân dân trong xã</p>');
  });

  it('should convert a document title typed in TCVN3', async () => {
    const doc = await convert([p(plain('Nội dung'))], { title: encodeTcvn3('Kế hoạch phòng chống thiên tai năm 2027') });
    expect(doc.title).toBe('Kế hoạch phòng chống thiên tai năm 2027');
  });

  it('should take the first paragraph as the title when there is no heading and leave it out of the body', async () => {
    const doc = await convert([p(plain('  Lịch trực   tết  ')), p(plain('Nội dung'))]);
    expect([doc.title, doc.html]).toEqual(['Lịch trực tết', '<p>Nội dung</p>']);
  });

  it('should cut a long title at a word boundary within 300 characters', async () => {
    const long = Array.from({ length: 80 }, (_, k) => `từ${k}`).join(' ');
    const doc = await convert([p(plain(long))]);
    expect(doc.title!.length).toBeLessThanOrEqual(300);
    expect(long.startsWith(doc.title!)).toBe(true);
    expect(doc.title!.endsWith(' ')).toBe(false);
  });

  it('should keep the alt text Word wrote for a picture (its description, else its title), trimmed to the library’s limit', async () => {
    const png = await redPng();
    const described = await convert([
      p(plain('Bản đồ')),
      p(image(png, { description: '  Bản đồ hành chính\nxã Ân Hảo Đông ', title: 'Bản đồ', name: 'Hình 1' })),
    ]);
    expect(described.imageAlts.get('word/media/image1.png')).toBe('Bản đồ hành chính xã Ân Hảo Đông');
    expect(described.html).toContain('alt="Bản đồ hành chính xã Ân Hảo Đông"');
    const titled = await convert([p(plain('Cầu')), p(image(png, { title: 'Cầu Ân Hảo' }))]);
    expect(titled.imageAlts.get('word/media/image1.png')).toBe('Cầu Ân Hảo');
    const long = await convert([p(plain('Dài')), p(image(png, { description: 'ảnh '.repeat(200) }))]);
    expect(long.imageAlts.get('word/media/image1.png')!.length).toBeLessThanOrEqual(300);
    const none = await convert([p(plain('Không mô tả')), p(image(png, { name: 'Picture 1' }))]);
    expect(none.imageAlts.size).toBe(0);
  });
});

describe('joinVniSplits', () => {
  it('should move a VNI tone mark back to its letter when a run boundary separates them', () => {
    const run = (text: string): TextInline => ({
      kind: 'text',
      text,
      fmt: { b: false, i: false, u: false, s: false, vert: null },
      font: 'VNI-Times',
      legacy: { encoding: 'vni', capitals: false },
      href: null,
    });
    const word = encodeVni('Việt');
    const runs = [run(word.slice(0, 3)), run(word.slice(3))];
    joinVniSplits(runs);
    expect(runs.map((r) => r.text)).toEqual([word.slice(0, 4), word.slice(4)]);
  });
});

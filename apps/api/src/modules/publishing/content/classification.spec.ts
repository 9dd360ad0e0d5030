import { scanClassification, type ClassificationHit } from './classification';

type Where = 'title' | 'summary' | 'body';
interface Case {
  text: string;
  where: Where;
  /** The hits expected, as `kind:match`; empty for a clean text. */
  hits: string[];
}

const stamp = (match: string) => `secrecy_stamp:${match}`;
const id = (match: string) => `citizen_id:${match}`;

/** Positive and negative cases, one field each (the others empty). */
const CASES: Case[] = [
  // --- secrecy stamps that must be caught
  { where: 'body', text: '<p>MẬT</p><p>Kế hoạch phòng thủ khu vực.</p>', hits: [stamp('MẬT')] },
  { where: 'body', text: '<p>TỐI MẬT</p>', hits: [stamp('TỐI MẬT')] },
  { where: 'body', text: '<p>TUYỆT MẬT</p>', hits: [stamp('TUYỆT MẬT')] },
  { where: 'body', text: '<p><strong>MẬT</strong></p>', hits: [stamp('MẬT')] },
  { where: 'body', text: '<p>M Ậ T</p>', hits: [stamp('M Ậ T')] },
  { where: 'body', text: '<p>T Ố I &nbsp; M Ậ T</p>', hits: [stamp('T Ố I M Ậ T')] },
  { where: 'body', text: '<p>---------</p><p>| MẬT |</p><p>---------</p>', hits: [stamp('MẬT')] },
  { where: 'body', text: '<p>┌─────┐</p><p>│ TỐI MẬT │</p><p>└─────┘</p>', hits: [stamp('TỐI MẬT')] },
  { where: 'body', text: '<p>[MẬT]</p>', hits: [stamp('MẬT')] },
  { where: 'body', text: '<p>ĐỘ MẬT: MẬT</p>', hits: [stamp('ĐỘ MẬT: MẬT')] },
  { where: 'body', text: '<p>Độ mật: Tối mật</p>', hits: [stamp('Độ mật: Tối mật')] },
  { where: 'body', text: '<p>MỨC ĐỘ MẬT: TUYỆT MẬT</p>', hits: [stamp('MỨC ĐỘ MẬT: TUYỆT MẬT')] },
  { where: 'body', text: '<p>TÀI LIỆU MẬT</p>', hits: [stamp('TÀI LIỆU MẬT')] },
  { where: 'body', text: '<h2>VĂN BẢN TỐI MẬT</h2>', hits: [stamp('VĂN BẢN TỐI MẬT')] },
  { where: 'body', text: '<table><tr><td>Số: 12/KH-UBND</td><td>MẬT</td></tr></table>', hits: [stamp('MẬT')] },
  { where: 'body', text: '<p>Công văn số 15 (MẬT) ngày 2/3 gửi các thôn.</p>', hits: [stamp('(MẬT)')] },
  { where: 'body', text: '<p>Xem tài liệu «TỐI MẬT» kèm theo.</p>', hits: [stamp('«TỐI MẬT»')] },
  { where: 'body', text: '<p>Dòng trên<br>MẬT<br>Dòng dưới</p>', hits: [stamp('MẬT')] },
  { where: 'body', text: '<p>M&#x1EAC;T</p>', hits: [stamp('MẬT')] },
  { where: 'body', text: '<p>MẬT</p>'.normalize('NFD'), hits: [stamp('MẬT')] },
  { where: 'body', text: '<p>*** TUYỆT MẬT ***</p>', hits: [stamp('TUYỆT MẬT')] },
  { where: 'title', text: 'MẬT', hits: [stamp('MẬT')] },
  { where: 'title', text: 'TỐI MẬT', hits: [stamp('TỐI MẬT')] },
  { where: 'summary', text: 'Tóm tắt.\nTUYỆT MẬT', hits: [stamp('TUYỆT MẬT')] },
  // --- ordinary words that must not be taken for stamps
  { where: 'body', text: '<p>Mật ong rừng U Minh được giá.</p>', hits: [] },
  { where: 'body', text: '<p>Bí mật của thành công là sự kiên trì.</p>', hits: [] },
  { where: 'body', text: '<p>Không chia sẻ mật khẩu cho người khác.</p>', hits: [] },
  { where: 'body', text: '<p>Mật độ dân số của xã là 450 người/km².</p>', hits: [] },
  { where: 'body', text: '<p>Quan hệ thân mật, gắn bó mật thiết với nhân dân.</p>', hits: [] },
  { where: 'title', text: 'MẬT ONG RỪNG U MINH VÀO MÙA', hits: [] },
  { where: 'title', text: 'MẬT ONG RỪNG', hits: [] },
  { where: 'title', text: 'BÍ MẬT CỦA THÀNH CÔNG', hits: [] },
  { where: 'body', text: '<h2>BÍ MẬT</h2>', hits: [] },
  { where: 'body', text: '<p>Mật</p>', hits: [] },
  { where: 'body', text: '<p>Tối mật</p>', hits: [] },
  { where: 'body', text: '<p>Kế hoạch tuyệt mật của đội bóng xã.</p>', hits: [] },
  { where: 'body', text: '<h2>MẬT ĐỘ XÂY DỰNG</h2>', hits: [] },
  { where: 'body', text: '<p>(mật ong)</p><p>[Mật]</p>', hits: [] },
  { where: 'body', text: '<p>THÔNG BÁO MẬT KHẨU WIFI</p>', hits: [] },
  { where: 'body', text: '<p>Độ mật của sản phẩm đạt tiêu chuẩn.</p>', hits: [] },
  { where: 'body', text: '<p style="x">TỐI</p><p>MẬT ONG</p>', hits: [] },
  // --- citizen ID numbers that must be caught
  { where: 'body', text: '<p>Ông Nguyễn Văn A, số định danh 001203004567.</p>', hits: [id('001203004567')] },
  { where: 'body', text: '<p>079185012345</p>', hits: [id('079185012345')] },
  { where: 'body', text: '<p>Số 0012 0345 6789 cấp ngày 1/1/2022.</p>', hits: [id('0012 0345 6789')] },
  { where: 'body', text: '<p>Số 001.203.004.567</p>', hits: [id('001.203.004.567')] },
  { where: 'body', text: '<p>CCCD: 123456789012</p>', hits: [id('123456789012')] },
  { where: 'body', text: '<p>Căn cước công dân số 999912345678 của bà B.</p>', hits: [id('999912345678')] },
  { where: 'body', text: '<p>Mã: <b>0012</b>03004567</p>', hits: [id('001203004567')] },
  { where: 'body', text: '<p>(036095001234)</p>', hits: [id('036095001234')] },
  { where: 'summary', text: 'Người nhận: 096301000001.', hits: [id('096301000001')] },
  { where: 'title', text: 'Trao quà cho ông 064152000123', hits: [id('064152000123')] },
  // --- numbers that must not be taken for a citizen ID
  { where: 'body', text: '<p>Liên hệ 0912345678 hoặc 02563812345.</p>', hits: [] },
  { where: 'body', text: '<p>Số tài khoản 0011004123456 tại Vietcombank.</p>', hits: [] },
  { where: 'body', text: '<p>Mã số thuế 0101234567-001.</p>', hits: [] },
  { where: 'body', text: '<p>Tổng vốn 150000000000 đồng.</p>', hits: [] },
  { where: 'body', text: '<p>Thẻ 4111 1111 1111 1111 và 0012 3456 7890 1234.</p>', hits: [] },
  { where: 'body', text: '<p>Mã hồ sơ H12.34-240101-0001, mã VB001203004567X.</p>', hits: [] },
  { where: 'body', text: '<p>Số liệu 001203004567890 (15 chữ số).</p>', hits: [] },
  { where: 'body', text: '<p>Kinh phí 1.200.000.000 đồng, năm 2024.</p>', hits: [] },
  { where: 'body', text: '<p>Mã 097203004567 và 001503004567.</p>', hits: [] },
  { where: 'body', text: '<p>Số 12/2024/QĐ-UBND ngày 01/02/2024.</p>', hits: [] },
  { where: 'body', text: '<p>0012 345 678 901 (nhóm không đều).</p>', hits: [] },
];

function scan(c: Case): ClassificationHit[] {
  if (c.where === 'title') return scanClassification({ title: c.text, bodyHtml: '' });
  if (c.where === 'summary') return scanClassification({ title: '', summary: c.text, bodyHtml: '' });
  return scanClassification({ title: '', bodyHtml: c.text });
}

describe('scanClassification — case table', () => {
  it('should hold at least 40 cases with both hits and clean texts when the table is read', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(CASES.filter((c) => c.hits.length === 0).length).toBeGreaterThanOrEqual(20);
  });

  it.each(CASES.map((c) => [c.text, c] as const))('should report exactly what it should when %s is scanned', (_t, c) => {
    const hits = scan(c);
    expect(hits.map((h) => `${h.kind}:${h.match}`)).toEqual(c.hits);
    for (const h of hits) expect(h.field).toBe(c.where);
  });
});

describe('scanClassification — where the hit is', () => {
  it('should give the offset and a short excerpt when a stamp sits in the middle of a long body', () => {
    const before = 'Ủy ban nhân dân xã An Hảo Đông thông báo kế hoạch tổ chức hội nghị sơ kết sáu tháng đầu năm.';
    const after = 'Đề nghị các thôn chuẩn bị báo cáo và gửi về văn phòng trước ngày 20 tháng 6 năm 2025.';
    const [hit] = scanClassification({ title: 'Thông báo', bodyHtml: `<p>${before}</p><p>TỐI MẬT</p><p>${after}</p>` });
    expect(hit).toMatchObject({ kind: 'secrecy_stamp', field: 'body', match: 'TỐI MẬT', index: before.length + 1 });
    expect(hit.excerpt).toBe('…sáu tháng đầu năm. TỐI MẬT Đề nghị các thôn…');
    expect(hit.excerpt.startsWith('…')).toBe(true);
    expect(hit.excerpt.endsWith('…')).toBe(true);
    expect(hit.excerpt.length).toBeLessThanOrEqual('TỐI MẬT'.length + 45);
    expect(hit.excerpt).not.toContain('\n');
  });

  it('should name the attachment when the hit is in an attachment text', () => {
    const hits = scanClassification({
      title: 'Tin',
      bodyHtml: '<p>Sạch.</p>',
      attachments: [
        { name: 'ke-hoach.docx', text: 'Nội dung bình thường.' },
        { name: 'danh-sach.pdf', text: 'Danh sách\nNguyễn Văn A — 001203004567\nTUYỆT MẬT' },
      ],
    });
    expect(hits).toEqual([
      {
        kind: 'citizen_id',
        field: 'attachment',
        attachment: 'danh-sach.pdf',
        excerpt: '…sách Nguyễn Văn A — 001203004567 TUYỆT MẬT',
        index: 'Danh sách\nNguyễn Văn A — '.length,
        match: '001203004567',
      },
      {
        kind: 'secrecy_stamp',
        field: 'attachment',
        attachment: 'danh-sach.pdf',
        excerpt: '…A — 001203004567 TUYỆT MẬT',
        index: 'Danh sách\nNguyễn Văn A — 001203004567\n'.length,
        match: 'TUYỆT MẬT',
      },
    ]);
  });

  it('should report every field in order when title, summary and body all hold hits', () => {
    const hits = scanClassification({
      title: 'MẬT',
      summary: 'Số 001203004567',
      bodyHtml: '<p>TUYỆT MẬT</p>',
    });
    expect(hits.map((h) => h.field)).toEqual(['title', 'summary', 'body']);
    expect(hits.every((h) => h.attachment === undefined && !('attachment' in h))).toBe(true);
  });

  it('should ignore text a reader never sees when it sits in a script or style', () => {
    expect(scanClassification({ title: '', bodyHtml: '<script>var x = "MẬT";</script><style>/* 001203004567 */</style>' })).toEqual([]);
  });

  it('should return nothing when an ordinary article is scanned', () => {
    const body =
      '<h2>Hội nghị tổng kết</h2><p>Ngày 12/3/2025, UBND xã tổ chức hội nghị; 120 đại biểu dự.</p>' +
      '<ul><li>Mật độ dân số tăng 2%</li><li>Nghề nuôi ong lấy mật phát triển</li></ul>' +
      '<p>Liên hệ: 0256 3812 345 — ubnd@anhaodong.gov.vn</p>';
    expect(scanClassification({ title: 'Hội nghị tổng kết năm 2024', summary: 'Tóm tắt', bodyHtml: body })).toEqual([]);
  });
});

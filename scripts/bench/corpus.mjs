// Generated Vietnamese administrative news for the benchmark seed: titles ("Quyết định về việc …",
// "Thông báo lịch tiếp công dân …"), summaries and HTML bodies of a few paragraphs, deterministic per article
// number so a second run writes the same article n. Vocabulary is combined from many small pools so that
// search sees common syllables (xã, quyết định, ủy ban nhân dân), mid-frequency phrases (nông thôn mới,
// tiếp công dân, chuyển đổi số) and rare ones (document numbers such as 12/QĐ-UBND).

/** A small fast PRNG (mulberry32), seeded per article. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (r, list) => list[Math.floor(r() * list.length)];
const int = (r, min, max) => min + Math.floor(r() * (max - min + 1));
/** Zipf-like pick: early entries much more often than late ones. */
const zipf = (r, list) => list[Math.min(list.length - 1, Math.floor(list.length * r() * r()))];
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

export const HAMLETS = [
  'Hội Long',
  'Hội Đức',
  'Hội An',
  'Hội Phú',
  'Tân Thịnh',
  'Vạn Hội',
  'Gia Đức',
  'Tân Xuân',
  'Phú Khương',
  'Kim Sơn',
  'Đồng Tre',
  'Bình Hòa',
];

const ORGANS = [
  'Ủy ban nhân dân xã',
  'Hội đồng nhân dân xã',
  'Ủy ban Mặt trận Tổ quốc Việt Nam xã',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh xã',
  'Hội Liên hiệp Phụ nữ xã',
  'Hội Nông dân xã',
  'Hội Cựu chiến binh xã',
  'Công an xã',
  'Ban Chỉ huy Quân sự xã',
  'Trạm Y tế xã',
  'Trường Tiểu học số 1',
  'Trường Trung học cơ sở',
  'Hợp tác xã nông nghiệp',
  'Văn phòng - Thống kê xã',
  'Bộ phận tiếp nhận và trả kết quả',
];

const HIGHER = ['Ủy ban nhân dân tỉnh', 'Ủy ban nhân dân huyện', 'Huyện ủy', 'Sở Nông nghiệp và Phát triển nông thôn', 'Sở Tư pháp', 'Sở Y tế', 'Bộ Nội vụ'];

/** Topics, most frequent first. */
const TOPICS = [
  'xây dựng nông thôn mới',
  'cải cách hành chính',
  'chuyển đổi số',
  'phòng, chống thiên tai',
  'tiếp công dân',
  'giảm nghèo bền vững',
  'bảo hiểm y tế',
  'an toàn giao thông',
  'phổ biến, giáo dục pháp luật',
  'phòng cháy, chữa cháy',
  'bảo vệ môi trường',
  'vệ sinh an toàn thực phẩm',
  'quản lý đất đai',
  'bảo hiểm xã hội tự nguyện',
  'tiêm chủng mở rộng',
  'dịch vụ công trực tuyến',
  'xây dựng đời sống văn hóa',
  'khuyến học, khuyến tài',
  'hòa giải ở cơ sở',
  'đăng ký hộ tịch',
  'tuyển chọn và gọi công dân nhập ngũ',
  'phòng, chống dịch bệnh trên gia súc, gia cầm',
  'chăm sóc sức khỏe người cao tuổi',
  'thanh toán không dùng tiền mặt',
  'kiên cố hóa kênh mương',
  'bê tông hóa giao thông nông thôn',
  'trồng rừng sản xuất',
  'chuyển đổi cơ cấu cây trồng',
  'phòng, chống ma túy',
  'bình đẳng giới',
  'chứng cứ trong hòa giải tranh chấp đất đai',
  'quản lý chung cư và nhà ở xã hội',
];

const DECISION_OBJECTS = [
  (r, y) => `phê duyệt kế hoạch ${pick(r, TOPICS)} năm ${y}`,
  (r) => `kiện toàn Ban Chỉ đạo ${pick(r, TOPICS)} xã`,
  (r) => `thành lập Tổ công tác ${pick(r, TOPICS)}`,
  (r) => `ban hành Quy chế ${pick(r, ['làm việc của Ủy ban nhân dân xã', 'tiếp công dân', 'quản lý tài sản công', 'văn hóa công vụ', 'dân chủ ở cơ sở'])}`,
  (r, y) => `công nhận thôn ${pick(r, HAMLETS)} đạt chuẩn nông thôn mới kiểu mẫu năm ${y}`,
  (r, y) => `khen thưởng các tập thể, cá nhân có thành tích trong ${pick(r, TOPICS)} năm ${y}`,
  (r) =>
    `hỗ trợ kinh phí ${pick(r, ['sửa chữa nhà ở cho hộ nghèo', 'khắc phục hậu quả mưa lũ', 'mua thẻ bảo hiểm y tế cho người cận nghèo', 'tiêm phòng cho đàn gia súc'])}`,
  (r) => `giao đất ở cho hộ gia đình, cá nhân tại thôn ${pick(r, HAMLETS)}`,
  (r, y) => `phê duyệt danh sách hộ nghèo, hộ cận nghèo năm ${y}`,
  (r) => `thu hồi đất để thực hiện dự án ${pick(r, ['đường giao thông liên thôn', 'kênh mương nội đồng', 'nhà văn hóa thôn', 'trường mầm non'])}`,
];

const NOTICE_OBJECTS = [
  (r) => `tạm ngừng cung cấp điện để bảo dưỡng lưới điện tại thôn ${pick(r, HAMLETS)}`,
  (r, y) => `tuyển dụng công chức cấp xã năm ${y}`,
  (r) => `niêm yết công khai danh sách hộ nghèo, hộ cận nghèo tại thôn ${pick(r, HAMLETS)}`,
  (r) => `lấy ý kiến nhân dân về dự thảo ${pick(r, ['quy hoạch chung xã', 'kế hoạch sử dụng đất', 'hương ước thôn', 'đề án sắp xếp thôn'])}`,
  (r) => `thu phí ${pick(r, ['vệ sinh môi trường', 'sử dụng nước sạch', 'chợ xã'])} năm ${int(r, 2017, 2026)}`,
  (r) => `kết quả giải quyết đơn thư của công dân thôn ${pick(r, HAMLETS)}`,
  () => 'phòng, chống cơn bão số 5 và mưa lũ',
  (r) => `chi trả trợ cấp xã hội tháng ${int(r, 1, 12)}`,
];

const EVENTS = [
  'tập huấn kỹ thuật trồng lúa cho nông dân',
  'ra quân làm sạch đường làng, ngõ xóm',
  'diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn',
  'hội thi tuyên truyền về cải cách hành chính',
  'ngày hội đại đoàn kết toàn dân tộc',
  'lễ giao nhận quân',
  'khám sức khỏe miễn phí cho người cao tuổi',
  'trao nhà tình nghĩa cho gia đình chính sách',
  'giải bóng chuyền thanh niên',
  'hội nghị đối thoại với nông dân',
  'tuyên truyền chuyển đổi số tại chợ xã',
  'tiêm phòng cúm gia cầm đợt 1',
];

const FIRST = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Huỳnh',
  'Võ',
  'Phan',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Trương',
  'Đinh',
  'Lưu',
  'Cao',
  'Tạ',
  'Mai',
];
const LAST = [
  'Hùng',
  'Lan',
  'Tuấn',
  'Hoa',
  'Dũng',
  'Mai',
  'Sơn',
  'Hương',
  'Bình',
  'Thảo',
  'Phúc',
  'Yến',
  'Khánh',
  'Trang',
  'Lực',
  'Nga',
  'Cường',
  'Hạnh',
  'Toàn',
  'Liên',
  'Thắng',
  'Nhung',
  'Hải',
  'Quyên',
  'Vinh',
  'Diệu',
  'Tâm',
  'Oanh',
  'Nghĩa',
  'Xuân',
  'Hiếu',
  'Loan',
];
const MEN = ['Văn', 'Minh', 'Hữu', 'Đức', 'Quang', 'Thanh'];
const WOMEN = ['Thị', 'Ngọc', 'Thanh', 'Thị Kim', 'Thị Thu'];
const man = (r) => `${pick(r, FIRST)} ${pick(r, MEN)} ${pick(r, LAST)}`;
const woman = (r) => `${pick(r, FIRST)} ${pick(r, WOMEN)} ${pick(r, LAST)}`;
const docNumber = (r, y) => {
  const kind = pick(r, ['QĐ-UBND', 'QĐ-UBND', 'KH-UBND', 'TB-UBND', 'NQ-HĐND', 'CT-UBND', 'UBND-VP', 'BC-UBND']);
  return `${int(r, 1, 450)}/${r() < 0.3 ? `${y}/` : ''}${kind}`;
};
const dateOf = (r, y) => `${int(r, 1, 28)}/${int(r, 1, 12)}/${y}`;

/** Sentence builders; each returns one sentence. */
const SENTENCES = [
  (r, c) =>
    `Thực hiện ${pick(r, c.decision ? ['Kế hoạch', 'Công văn', 'Chỉ thị', 'Quyết định'] : ['Kế hoạch', 'Công văn', 'Chỉ thị', 'Hướng dẫn'])} số ${docNumber(r, c.year)} của ${pick(r, HIGHER)} về ${c.topic}, ${pick(r, ORGANS)} đã ban hành kế hoạch triển khai đến các thôn.`,
  (r) =>
    `${pick(r, ORGANS)} đã tổ chức ${pick(r, EVENTS)} với sự tham gia của hơn ${int(r, 30, 600)} ${pick(r, ['cán bộ, công chức', 'hội viên', 'đoàn viên', 'người dân', 'học sinh'])}.`,
  (r, c) => c.decision && `Theo quyết định, các thôn phải hoàn thành việc ${c.topic} trước ngày ${dateOf(r, c.year)}.`,
  (r) =>
    `Chủ tịch Ủy ban nhân dân xã yêu cầu các ban, ngành, đoàn thể và Trưởng thôn ${pick(r, ['tăng cường tuyên truyền', 'khẩn trương triển khai', 'phối hợp chặt chẽ', 'báo cáo kết quả định kỳ'])} để người dân nắm rõ.`,
  (r, c) => `Năm ${c.year}, toàn xã có ${int(r, 40, 2100)} hộ tham gia, đạt ${int(r, 60, 120)}% kế hoạch ${pick(r, ['huyện giao', 'đề ra', 'năm'])}.`,
  (r, c) => c.decision && 'Quyết định có hiệu lực kể từ ngày ký.',
  (r) =>
    `Người dân có nhu cầu liên hệ ${pick(r, ['Bộ phận tiếp nhận và trả kết quả', 'Văn phòng Ủy ban nhân dân xã', 'công chức Địa chính - Xây dựng', 'công chức Tư pháp - Hộ tịch'])} trong giờ hành chính để được hướng dẫn.`,
  (r, c) => `Qua đó góp phần nâng cao nhận thức của người dân về ${c.topic} và ${pick(r, TOPICS)}.`,
  () => 'Kinh phí thực hiện từ nguồn ngân sách xã và các nguồn huy động hợp pháp khác.',
  (r) =>
    `Buổi làm việc diễn ra tại ${pick(r, ['hội trường Ủy ban nhân dân xã', `nhà văn hóa thôn ${pick(r, HAMLETS)}`, 'Trụ sở Công an xã', 'sân vận động trung tâm xã'])}.`,
  (r) => {
    const m = int(r, 5, 12);
    return `Đến nay, ${int(r, 1, m)}/${m} thôn đã hoàn thành ${pick(r, ['các tiêu chí', 'chỉ tiêu được giao', 'việc rà soát', 'công tác kê khai'])}.`;
  },
  (r) =>
    `Ông ${man(r)}, Chủ tịch Ủy ban nhân dân xã, phát biểu chỉ đạo và đề nghị các đơn vị ${pick(r, ['khắc phục hạn chế', 'phát huy kết quả đạt được', 'tập trung nguồn lực', 'bám sát cơ sở'])}.`,
  (r, c) => `Bà ${woman(r)}, Phó Chủ tịch Ủy ban nhân dân xã, cho biết việc ${c.topic} được xác định là nhiệm vụ trọng tâm năm ${c.year}.`,
  (r, c) =>
    c.decision &&
    `Căn cứ Quyết định số ${docNumber(r, c.year)} ngày ${dateOf(r, c.year)} của Ủy ban nhân dân xã, ${pick(r, ['danh sách được niêm yết công khai', 'kinh phí được cấp phát', 'các hộ được hỗ trợ', 'đoàn kiểm tra được thành lập'])}.`,
  (r) => `Trong tháng, Ủy ban nhân dân xã đã tiếp ${int(r, 2, 40)} lượt công dân, tiếp nhận ${int(r, 0, 15)} đơn kiến nghị, phản ánh.`,
  (r) => `Các hộ dân tại thôn ${pick(r, HAMLETS)} đã hiến hơn ${int(r, 100, 5000)} m² đất để mở rộng đường giao thông nông thôn.`,
  (r) => `Tổng kinh phí thực hiện là ${int(r, 50, 9000).toLocaleString('vi-VN')} triệu đồng, trong đó ngân sách nhà nước hỗ trợ ${int(r, 20, 80)}%.`,
  (r) => `Hồ sơ nộp trực tiếp hoặc qua Cổng dịch vụ công quốc gia; thời hạn giải quyết ${int(r, 1, 15)} ngày làm việc.`,
  (r, c) => `Đây là một trong những giải pháp quan trọng nhằm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ xã về ${c.topic}.`,
  (r) => `Thời gian tiếp công dân: sáng thứ ${pick(r, ['Hai', 'Ba', 'Tư', 'Năm', 'Sáu'])} hằng tuần, từ 7 giờ 30 đến 11 giờ.`,
  (r) =>
    `Lực lượng ${pick(r, ['dân quân', 'công an viên', 'thanh niên tình nguyện', 'xung kích'])} đã hỗ trợ người dân ${pick(r, ['chằng chống nhà cửa', 'di dời tài sản', 'thu hoạch lúa chạy lũ', 'dọn dẹp vệ sinh'])}.`,
  (r) => `Dịp này, ${int(r, 2, 30)} tập thể và ${int(r, 3, 60)} cá nhân được tặng giấy khen vì có thành tích xuất sắc.`,
];

// Everyday detail of commune life: who did what, where, when, with what result — most of the vocabulary.
const SUBJECTS = [
  'Bà con nông dân',
  'Các hộ kinh doanh',
  'Đoàn viên thanh niên',
  'Hội viên phụ nữ',
  'Giáo viên và học sinh',
  'Cán bộ thú y',
  'Lực lượng dân quân tự vệ',
  'Tổ hòa giải',
  'Chi hội cựu chiến binh',
  'Ban công tác Mặt trận',
  'Các hợp tác xã',
  'Người cao tuổi',
  'Tổ an ninh trật tự',
  'Nhân viên y tế thôn',
  'Các doanh nghiệp trên địa bàn',
  'Chủ nhiệm hợp tác xã',
  'Tiểu thương chợ xã',
  'Nhà hảo tâm',
  'Các chi bộ',
  'Ngư dân',
  'Chủ trang trại',
  'Hộ gia đình chính sách',
  'Câu lạc bộ dưỡng sinh',
  'Đội văn nghệ quần chúng',
  'Cộng tác viên dân số',
  'Kiểm lâm địa bàn',
  'Khuyến nông viên',
];
const VERBS = [
  'đã tích cực hưởng ứng',
  'đã đồng loạt ra quân',
  'đang khẩn trương triển khai',
  'đã phối hợp tổ chức',
  'đã chủ động rà soát',
  'tiếp tục vận động',
  'đã hoàn thành việc',
  'đã kịp thời hỗ trợ',
  'đăng ký tham gia',
  'đã thống nhất thông qua',
  'được hướng dẫn',
  'đã góp công, góp của xây dựng',
  'đã kiến nghị sửa chữa',
  'đề xuất nhân rộng',
  'cam kết thực hiện',
  'đã nghiệm thu',
  'đã bàn giao',
  'đã khảo sát',
  'thường xuyên kiểm tra',
  'được tập huấn về',
];
const OBJECTS = [
  'mô hình trồng nấm rơm',
  'giống lúa chất lượng cao',
  'hệ thống đèn chiếu sáng đường quê',
  'tuyến kênh mương nội đồng',
  'phong trào hiến đất làm đường',
  'mô hình nuôi bò vỗ béo',
  'vườn cây ăn quả',
  'quỹ tín dụng nội bộ',
  'hàng rào xanh',
  'bể chứa rác thải nông nghiệp',
  'tủ sách pháp luật',
  'điểm truy cập internet công cộng',
  'bản đồ số địa chính',
  'rừng keo lai',
  'sản phẩm OCOP',
  'mứt gừng',
  'bánh tráng nước dừa',
  'rượu Bàu Đá',
  'nón lá',
  'chiếu cói',
  'nghề mộc dân dụng',
  'ao nuôi tôm thẻ chân trắng',
  'đập dâng',
  'hồ chứa nước',
  'nhà sinh hoạt cộng đồng',
  'sân bóng đá mini',
  'trạm bơm điện',
  'cầu treo dân sinh',
  'đường ống nước sạch',
  'máy gặt đập liên hợp',
  'nhà lưới trồng rau an toàn',
  'vùng nguyên liệu mía',
  'cánh đồng mẫu lớn',
  'lò sấy nông sản',
  'kho lạnh bảo quản',
  'bến thuyền',
  'chợ phiên',
  'camera giám sát an ninh',
  'loa truyền thanh thông minh',
  'mã QR thanh toán',
];
const WHERE = [
  'dọc tuyến đường liên thôn',
  'tại khu dân cư',
  'ven sông Kim Sơn',
  'trên cánh đồng Gò Bồi',
  'ở xóm Bến Đá',
  'dưới chân núi Hòn Chà',
  'quanh hồ Vạn Hội',
  'tại bãi bồi ven sông',
  'trong khuôn viên trường học',
  'gần cầu Ông Đô',
  'trước cổng chợ xã',
  'khu vực đồi Mả Vôi',
  'quanh đình làng',
  'cạnh miếu Bà',
];
const WHEN = [
  'từ đầu năm đến nay',
  'trong quý vừa qua',
  'trong mùa khô',
  'trước mùa mưa bão',
  'dịp Tết Nguyên đán',
  'vào các buổi tối cuối tuần',
  'sau vụ thu hoạch',
  'ngay từ đầu vụ',
  'trong đợt cao điểm',
];
const RESULTS = [
  'mang lại hiệu quả kinh tế rõ rệt',
  'được người dân đồng tình ủng hộ',
  'góp phần tăng thu nhập cho hội viên',
  'giúp giảm chi phí sản xuất',
  'tạo cảnh quan sáng - xanh - sạch - đẹp',
  'bảo đảm an toàn cho người và tài sản',
  'nâng tỷ lệ hộ dùng nước sạch lên 98%',
  'từng bước thay đổi nếp nghĩ, cách làm',
  'được khách hàng trong và ngoài tỉnh ưa chuộng',
  'thu hút đông đảo bà con tham gia',
];
const detail = (r) => {
  const parts = [pick(r, SUBJECTS), pick(r, VERBS), pick(r, OBJECTS)];
  if (r() < 0.6) parts.push(pick(r, WHERE));
  if (r() < 0.5) parts.push(pick(r, WHEN));
  return `${parts.join(' ')}${r() < 0.6 ? `, ${pick(r, RESULTS)}` : ''}.`;
};
// Three places in the list, so a body holds up to three such sentences.
SENTENCES.push(detail, detail, detail);

const HEADINGS = ['Nội dung chính', 'Tổ chức thực hiện', 'Kết quả đạt được', 'Nhiệm vụ thời gian tới', 'Đối tượng và thời gian', 'Hồ sơ, thủ tục'];

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One sentence not used yet in this article (a builder may decline by returning false). */
function sentence(r, c) {
  for (let tries = 0; tries < 20; tries++) {
    const i = Math.floor(r() * SENTENCES.length);
    if (c.used.has(i) && tries < 19) continue;
    const s = SENTENCES[i](r, c);
    if (!s) continue;
    c.used.add(i);
    return s;
  }
  return SENTENCES[1](r, c);
}

function paragraph(r, c, sentences) {
  const out = [];
  for (let i = 0; i < sentences; i++) out.push(sentence(r, c));
  return out.join(' ');
}

/**
 * The 20 categories the seed spreads articles over: [name, parent name or null]. The demo site brings the
 * first four (and their parents); the seed creates the rest when missing.
 */
export const BENCH_CATEGORIES = [
  ['Tin chỉ đạo điều hành', 'Tin tức - Sự kiện'],
  ['Kinh tế', 'Tin tức - Sự kiện'],
  ['Văn hóa - Xã hội', 'Tin tức - Sự kiện'],
  ['Thông báo', null],
  ['Quốc phòng - An ninh', 'Tin tức - Sự kiện'],
  ['Nông nghiệp - Nông thôn mới', 'Tin tức - Sự kiện'],
  ['Giáo dục - Đào tạo', 'Tin tức - Sự kiện'],
  ['Y tế - Dân số', 'Tin tức - Sự kiện'],
  ['Văn bản chỉ đạo điều hành', 'Văn bản'],
  ['Quyết định', 'Văn bản'],
  ['Kế hoạch', 'Văn bản'],
  ['Cải cách hành chính', null],
  ['Chuyển đổi số', null],
  ['Lịch tiếp công dân', null],
  ['Phổ biến giáo dục pháp luật', null],
  ['Tài nguyên - Môi trường', null],
  ['Giao thông - Xây dựng', null],
  ['Lao động - Thương binh và Xã hội', null],
  ['Thi đua - Khen thưởng', null],
  ['Phòng chống thiên tai', null],
];

/** Title kinds: [weight, builder(r, c) → {title, kind, categories (names), field}]. */
const TITLES = [
  [
    18,
    (r, c) => ({ title: `Quyết định về việc ${pick(r, DECISION_OBJECTS)(r, c.year)}`, kind: 'tin', categories: ['Quyết định', 'Văn bản chỉ đạo điều hành'] }),
  ],
  [
    6,
    (r, c) => ({
      title: `Quyết định số ${docNumber(r, c.year).replace(/^(\d+)\/.*$/, '$1/QĐ-UBND')} ngày ${dateOf(r, c.year)} về việc ${pick(r, DECISION_OBJECTS)(r, c.year)}`,
      kind: 'tin',
      categories: ['Quyết định'],
    }),
  ],
  [
    8,
    (r, c) => ({
      title: `Thông báo lịch tiếp công dân tháng ${int(r, 1, 12)} năm ${c.year}`,
      kind: 'thong_bao',
      categories: ['Lịch tiếp công dân', 'Thông báo'],
    }),
  ],
  [10, (r, c) => ({ title: `Thông báo về việc ${pick(r, NOTICE_OBJECTS)(r, c.year)}`, kind: 'thong_bao', categories: ['Thông báo'] })],
  [
    10,
    (r, c) => ({
      title: `Kế hoạch ${pick(r, ['triển khai', 'thực hiện', 'tổ chức'])} ${c.topic} năm ${c.year}`,
      kind: 'tin',
      categories: ['Kế hoạch', 'Văn bản chỉ đạo điều hành'],
    }),
  ],
  [
    10,
    (r, c) => ({
      title: `Hội nghị ${pick(r, ['tổng kết', 'sơ kết'])} ${c.topic} ${pick(r, [`năm ${c.year}`, `6 tháng đầu năm ${c.year}`, `giai đoạn ${c.year - 5} - ${c.year}`])}`,
      kind: 'tin',
      categories: ['Tin chỉ đạo điều hành'],
    }),
  ],
  [
    14,
    (r) => ({
      title: `${pick(r, ORGANS)} ${pick(r, ['tổ chức', 'phát động', 'ra quân'])} ${pick(r, EVENTS)}`,
      kind: 'tin',
      categories: ['Văn hóa - Xã hội', 'Quốc phòng - An ninh', 'Y tế - Dân số', 'Giáo dục - Đào tạo'],
    }),
  ],
  [
    8,
    (r, c) => ({
      title: `Thôn ${pick(r, HAMLETS)} ${pick(r, ['hoàn thành', 'đẩy mạnh', 'tích cực'])} ${c.topic}`,
      kind: 'bai',
      categories: ['Nông nghiệp - Nông thôn mới', 'Kinh tế', 'Giao thông - Xây dựng'],
    }),
  ],
  [
    6,
    (r, c) => ({
      title: `Tuyên truyền ${c.topic} trên địa bàn xã`,
      kind: 'tin',
      categories: ['Phổ biến giáo dục pháp luật', 'Chuyển đổi số', 'Cải cách hành chính'],
    }),
  ],
  [
    4,
    (r) => ({
      title: `Hướng dẫn thủ tục ${pick(r, ['đăng ký khai sinh', 'chứng thực bản sao', 'đăng ký kết hôn', 'cấp giấy chứng nhận quyền sử dụng đất lần đầu', 'đăng ký thường trú'])} trực tuyến`,
      kind: 'bai',
      categories: ['Cải cách hành chính', 'Chuyển đổi số'],
    }),
  ],
  [
    3,
    (r, c) => ({
      title: `Kết quả kỳ họp thứ ${int(r, 2, 12)} Hội đồng nhân dân xã khóa XII, nhiệm kỳ ${c.year > 2021 ? '2021 - 2026' : '2016 - 2021'}`,
      kind: 'tin',
      categories: ['Tin chỉ đạo điều hành'],
    }),
  ],
  [
    3,
    (r, c) => ({
      title: `Công khai ${pick(r, ['dự toán ngân sách xã', 'quyết toán ngân sách xã', 'kế hoạch đầu tư công'])} năm ${c.year}`,
      kind: 'thong_bao',
      categories: ['Kinh tế', 'Thông báo'],
    }),
  ],
  [
    4,
    (r, c) => ({
      title: `Chủ động ${pick(r, ['phòng, chống thiên tai', 'ứng phó với mưa lũ', 'phòng, chống hạn hán', 'phòng, chống bão'])} mùa mưa bão năm ${c.year}`,
      kind: 'tin',
      categories: ['Phòng chống thiên tai', 'Tài nguyên - Môi trường'],
    }),
  ],
  [
    3,
    (r, c) => ({ title: `Khen thưởng tập thể, cá nhân tiêu biểu trong phong trào thi đua năm ${c.year}`, kind: 'tin', categories: ['Thi đua - Khen thưởng'] }),
  ],
  [
    3,
    (r, c) => ({
      title: `Chi trả chế độ cho người có công và bảo trợ xã hội quý ${int(r, 1, 4)} năm ${c.year}`,
      kind: 'tin',
      categories: ['Lao động - Thương binh và Xã hội'],
    }),
  ],
];
const TITLE_WEIGHT = TITLES.reduce((s, [w]) => s + w, 0);

/** Field (lĩnh vực) of a category name. */
export function fieldOfCategory(name) {
  if (/Quốc phòng|Phòng chống thiên tai/.test(name)) return 'Quốc phòng - An ninh';
  if (/Kinh tế|Nông nghiệp|Giao thông|Tài nguyên|Kế hoạch|Quyết định/.test(name)) return 'Kinh tế';
  return 'Văn hóa - Xã hội';
}

/**
 * Article number `n` (≥ 1): title, summary, HTML body, tags, kind, category name, featured flag; every
 * string in NFC. `year` is the year of its publication (used in the text).
 */
export function article(n, year) {
  const r = rng(n * 2654435761);
  // About a third of the articles speak of a decision (quyết định) in their text.
  const c = { year, topic: zipf(r, TOPICS), decision: r() < 0.3, used: new Set() };
  let w = r() * TITLE_WEIGHT;
  let build = TITLES[0][1];
  for (const [weight, b] of TITLES) {
    if ((w -= weight) < 0) {
      build = b;
      break;
    }
  }
  const t = build(r, c);
  if (/^Quyết định/.test(t.title)) c.decision = true;
  const title = cap(t.title).slice(0, 300);
  const category = pick(r, t.categories);
  const summary = paragraph(r, c, int(r, 1, 2));
  const blocks = [];
  const paragraphs = int(r, 3, 6);
  for (let i = 0; i < paragraphs; i++) {
    if (i === 2 && r() < 0.35) blocks.push(`<h2>${pick(r, HEADINGS)}</h2>`);
    if (i === 3 && r() < 0.3) {
      const items = [];
      for (let k = int(r, 2, 4); k > 0; k--) items.push(`<li>${escapeHtml(sentence(r, c))}</li>`);
      blocks.push(`<ul>${items.join('')}</ul>`);
    }
    let text = escapeHtml(paragraph(r, c, int(r, 2, 4)));
    if (r() < 0.2) text = text.replace(/^([^,.]+)/, '<strong>$1</strong>');
    blocks.push(`<p>${text}</p>`);
  }
  const tags = [];
  for (let k = int(r, 0, 3); k > 0; k--) {
    const tag = cap(pick(r, TOPICS));
    if (!tags.includes(tag)) tags.push(tag);
  }
  return {
    title: title.normalize('NFC'),
    summary: summary.normalize('NFC'),
    body: blocks.join('').normalize('NFC'),
    tags: tags.map((x) => x.normalize('NFC')),
    kind: t.kind,
    category,
    featured: r() < 0.01,
  };
}

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');

/**
 * `count` distinct search queries of the kind residents type (a topic, a hamlet, a year, a notice), half of
 * them without diacritics, some quoted: the search case with no two requests alike (no response cache helps).
 */
export function searchQueries(count) {
  const r = rng(424242);
  const out = new Set();
  const forms = [
    () => `${pick(r, TOPICS)} ${int(r, 2016, 2026)}`,
    () => `quyết định ${pick(r, TOPICS)}`,
    () => `thôn ${pick(r, HAMLETS)} ${pick(r, TOPICS).split(' ').slice(0, 2).join(' ')}`,
    () => `lịch tiếp công dân tháng ${int(r, 1, 12)} năm ${int(r, 2016, 2026)}`,
    () => `"${pick(r, TOPICS).split(',')[0]}" ${pick(r, HAMLETS)}`,
    () => `${pick(r, EVENTS).split(' ').slice(0, 3).join(' ')} ${pick(r, HAMLETS)}`,
    () =>
      `thông báo ${pick(r, NOTICE_OBJECTS)(r, int(r, 2016, 2026))
        .split(' ')
        .slice(0, 4)
        .join(' ')}`,
    () => `${pick(r, TOPICS)} tháng ${int(r, 1, 12)} năm ${int(r, 2016, 2026)}`,
    () => `${int(r, 1, 450)}/QĐ-UBND`,
    () => `kế hoạch ${pick(r, TOPICS)} thôn ${pick(r, HAMLETS)}`,
  ];
  for (let guard = 0; out.size < count && guard < count * 20; guard++) {
    const q = pick(r, forms)();
    out.add(r() < 0.5 ? fold(q) : q);
  }
  return [...out];
}

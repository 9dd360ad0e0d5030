import { TONES, VOWEL_BASES, withTone } from './letters';

/**
 * A generated corpus of Vietnamese sentences for the conversion tests: names, places, dates, numbers,
 * quotations, headings in capitals, and drill lines with every tone on every vowel in both cases. Built
 * from word lists with a seeded generator, so every run sees the same sentences.
 */

/** mulberry32: a small deterministic generator. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY =
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Lương Trương Tạ Mai Cao Đoàn Thái Âu Ông Ưng Ứng Ân Kiều Lại Quách Triệu Khổng Giáp Ninh Mạc'.split(
    ' ',
  );
const MIDDLE = 'Văn Thị Hữu Đức Minh Ngọc Thanh Xuân Quốc Thế Công Bảo Hoài Kim Diệu Mỹ Ánh Khắc Trọng Đình Ý Như Tường Phước'.split(' ');
const GIVEN =
  'An Bình Cường Dũng Đạt Giang Hà Hải Hạnh Hiếu Hoa Hùng Hương Khánh Lan Linh Long Mai Nam Nga Ngân Nhung Oanh Phúc Phương Quang Quyên Sơn Tâm Thảo Thắng Thủy Trang Tuấn Uyên Việt Vinh Yến Ánh Ân Ất Ẩn Ước Ửng Ý Ỷ Ổn Ơn Ẵm Ấm Ọc Ẻo Ễnh Ỵ Huệ Nguyệt Khuê Tuyết Quỳnh Loan Điệp Thư Trúc Vỹ Kỳ Lộc Hậu Ngữ Đĩnh Dĩ Chử'.split(
    ' ',
  );
const COMMUNES =
  'Ân Hảo Đông|Phước Lộc|Hòa Bình|Tân Phú|Yên Thế|Ỷ La|Ứng Hòa|Ô Môn|Ea Kar|Đắk Mil|Ái Nghĩa|Ẩm Hậu|Ấp Bắc|Ỏ Ố|Ngọc Lặc|Nghĩa Hưng|Quỳnh Lưu|Cửa Lò|Tiên Lãng|Củ Chi|Vũ Thư|Mường Tè|Phủ Lý|Quế Sơn|Ngũ Hành Sơn|Hướng Hóa|Triệu Phong|Đồng Xoài|Chư Sê|Bảo Lộc'.split(
    '|',
  );
const PROVINCES =
  'Quảng Ngãi|Bình Định|Huế|Hà Tĩnh|Nghệ An|Thanh Hóa|Lạng Sơn|Cà Mau|Đồng Tháp|Lào Cai|Điện Biên|Hưng Yên|Ninh Bình|Quảng Trị|Khánh Hòa|Gia Lai|Lâm Đồng|Tây Ninh|An Giang|Vĩnh Long|Bắc Ninh|Tuyên Quang|Cao Bằng|Sơn La|Lai Châu|Phú Thọ|Thái Nguyên|Quảng Ninh|Đà Nẵng|Cần Thơ|Hải Phòng|Hà Nội'.split(
    '|',
  );
const ORGS =
  'Ủy ban nhân dân xã|Hội đồng nhân dân xã|Đảng ủy xã|Ủy ban Mặt trận Tổ quốc xã|Hội Nông dân xã|Hội Liên hiệp Phụ nữ xã|Đoàn Thanh niên xã|Hội Cựu chiến binh xã|Trạm Y tế xã|Trường Tiểu học|Trường Mầm non Ánh Dương|Công an xã|Ban Chỉ huy Quân sự xã|Hợp tác xã Nông nghiệp'.split(
    '|',
  );
const EVENTS =
  'hội nghị tổng kết công tác năm|lễ ra quân làm sạch môi trường|buổi tập huấn chuyển đổi số|đợt tiêm chủng mở rộng|hội thi văn nghệ quần chúng|lễ kỷ niệm ngày thành lập|cuộc họp dân về quy hoạch|lớp bồi dưỡng kiến thức pháp luật|ngày hội đại đoàn kết toàn dân tộc|giải bóng đá thiếu niên|buổi đối thoại với thanh niên|chương trình trao học bổng|lễ phát động Tết trồng cây|hội chợ nông sản an toàn'.split(
    '|',
  );
const TOPICS =
  'phòng, chống thiên tai|xây dựng nông thôn mới kiểu mẫu|cải cách thủ tục hành chính|chuyển đổi số|bảo vệ môi trường|bảo đảm trật tự an toàn giao thông|phòng cháy, chữa cháy|giảm nghèo bền vững|chăm sóc sức khỏe người cao tuổi|khuyến học, khuyến tài|quản lý đất đai|phát triển du lịch cộng đồng|nước sạch và vệ sinh môi trường|phổ biến, giáo dục pháp luật|dồn điền đổi thửa'.split(
    '|',
  );
const POSITIONS =
  'Chủ tịch UBND xã|Phó Chủ tịch HĐND xã|Bí thư Đảng ủy|trưởng thôn|Trưởng Công an xã|cán bộ Địa chính – Xây dựng|công chức Văn phòng – Thống kê|Chủ tịch Hội Nông dân|Hiệu trưởng nhà trường|Trưởng trạm y tế'.split(
    '|',
  );
const QUOTES =
  'Chúng tôi sẽ cố gắng hoàn thành kế hoạch trước thời hạn|Người dân rất phấn khởi|Mọi thủ tục đều được giải quyết đúng hẹn|Đây là niềm tự hào của cả xã|Xin cảm ơn bà con đã ủng hộ|Năm nay mùa màng bội thu|Ở đâu có khó khăn, ở đó có đoàn viên|Ủy ban luôn lắng nghe ý kiến của nhân dân|Ai cũng phải chấp hành nghiêm quy định|Ước mơ của tôi là được học đại học'.split(
    '|',
  );
const ACTIVITIES =
  'thu hoạch lúa đông xuân|nạo vét kênh mương nội đồng|trồng cây xanh ven đường liên thôn|sửa chữa nhà văn hóa thôn|chuẩn bị đón Tết Nguyên đán|phun thuốc khử trùng chuồng trại|gia cố đê bao trước mùa lũ|làm đường bê tông vào khu dân cư|ươm giống cây ăn quả|khơi thông cống rãnh'.split(
    '|',
  );
const ADVICE =
  'người dân cần chủ động chằng chống nhà cửa|bà con không nên ra khơi|học sinh được nghỉ học một ngày|các hộ chăn nuôi cần giữ ấm cho vật nuôi|mọi người hạn chế ra đường khi trời tối|ngư dân phải neo đậu tàu thuyền an toàn'.split(
    '|',
  );
const WEATHER = 'có mưa rào và dông rải rác|nắng nóng gay gắt|rét đậm, rét hại|nhiều mây, không mưa|có gió mùa đông bắc tràn về|âm u, có sương mù'.split('|');
const SUBJECTS =
  'Em bé|Cụ ông|Người thợ mộc|Chị bán rau|Ông trưởng họ|Cô giáo trẻ|Anh bộ đội|Bác sĩ trạm xá|Đứa cháu nội|Ấy vậy mà ai|Ông lão đánh cá|Chú thương binh'.split(
    '|',
  );
const VERBS = 'nhặt được|mang về|sửa lại|ghé thăm|kể lại chuyện về|nhớ mãi|vẽ tặng|dọn dẹp|trồng thêm|gửi lời hỏi thăm'.split('|');
const OBJECTS =
  'chiếc ví bị đánh rơi|cây bưởi Diễn sai quả|bức tranh làng quê|con đê đầu làng|mảnh vườn nhỏ|ngôi nhà tình nghĩa|cuốn sổ tiết kiệm|chiếc xuồng ba lá|giếng nước cũ|góc thư viện ở trường|tấm ảnh kỷ niệm|lũy tre xanh'.split(
    '|',
  );
const TIMES = 'sáng sớm|chiều hôm qua|tối thứ bảy|hôm chủ nhật|đầu tháng Giêng|cuối tuần trước|giữa trưa hè|đêm rằm Trung thu'.split('|');
const TITLES = ['Ông', 'Bà', 'Anh', 'Chị', 'Đồng chí', 'Cụ', 'Em', 'Thầy', 'Cô'];

const upper = (s: string) => s.toUpperCase();

/** The drill lines: every vowel with every tone, and đ, in lower case, capitalised, and in capitals. */
function drillSentences(): string[] {
  const lines: string[] = [];
  for (const base of VOWEL_BASES) {
    const forms = TONES.map((tone) => withTone(base, tone));
    lines.push(`Chữ ${base} có sáu dạng: ${forms.join(', ')}.`);
    lines.push(`Viết hoa đầu từ: ${forms.map((f) => `${f.toUpperCase()}n`).join(', ')}.`);
    lines.push(`VIẾT HOA CẢ TỪ: ${forms.map((f) => `${f.toUpperCase()}N`).join(', ')}.`);
  }
  lines.push('Đường đi Đà Lạt, đèo dốc đầy đá đỏ; ĐƯỜNG ĐI ĐÀ LẠT.');
  lines.push('Ăn ăn, Âm âm, Êm êm, Ông ông, Ơn ơn, Ưng ưng, Đi đi: ĂN ÂM ÊM ÔNG ƠN ƯNG ĐI.');
  return lines;
}

function pick<T>(rng: () => number, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)]!;
}

function int(rng: () => number, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

const pad = (n: number) => String(n).padStart(2, '0');

type Template = (rng: () => number) => string;

const fullName = (rng: () => number) => `${pick(rng, FAMILY)} ${pick(rng, MIDDLE)} ${pick(rng, GIVEN)}`;
const date = (rng: () => number) => `${pad(int(rng, 1, 28))}/${pad(int(rng, 1, 12))}/${int(rng, 1990, 2026)}`;

const TEMPLATES: Template[] = [
  (r) => `${pick(r, TITLES)} ${fullName(r)} sinh năm ${int(r, 1930, 2010)} tại xã ${pick(r, COMMUNES)}, tỉnh ${pick(r, PROVINCES)}.`,
  (r) => `Ngày ${date(r)}, ${pick(r, ORGS)} ${pick(r, COMMUNES)} đã tổ chức ${pick(r, EVENTS)} với sự tham gia của ${int(r, 20, 500)} đại biểu.`,
  (r) => `${pick(r, TITLES)} ${fullName(r)}, ${pick(r, POSITIONS)}, cho biết: “${pick(r, QUOTES)}”.`,
  (r) => upper(`${pick(r, ORGS)} ${pick(r, COMMUNES)}`),
  (r) => upper(`Thông báo về việc ${pick(r, TOPICS)} năm ${int(r, 2020, 2026)}`),
  (r) => `Kế hoạch số ${int(r, 1, 250)}/KH-UBND ngày ${date(r)} về ${pick(r, TOPICS)} đã được triển khai tới ${int(r, 3, 18)} thôn.`,
  (r) =>
    `Tổng thu ngân sách năm ${int(r, 2015, 2026)} đạt ${int(r, 2, 90)},${int(r, 1, 9)} tỷ đồng, tăng ${int(r, 1, 30)}% so với cùng kỳ – vượt ${int(r, 1, 25)}% dự toán.`,
  (r) => `Bà con thôn ${pick(r, COMMUNES)} đang ${pick(r, ACTIVITIES)}… ${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)}.`,
  (r) => `Bạn đã ${pick(r, ACTIVITIES)} chưa? Hãy liên hệ ${pick(r, ORGS)} qua số 0${int(r, 200, 999)} ${int(r, 100, 999)} ${int(r, 100, 999)}.`,
  (r) =>
    `Thôn ${pick(r, GIVEN)} ${pick(r, ['Thượng', 'Hạ', 'Đông', 'Tây', 'Nam', 'Bắc'])} có ${int(r, 80, 900)} hộ, ${int(r, 300, 4000)} nhân khẩu; tỷ lệ hộ nghèo còn ${int(r, 1, 12)},${int(r, 0, 9)}%.`,
  (r) => `Danh sách khen thưởng: ${fullName(r)}, ${fullName(r)} và ${fullName(r)}.`,
  (r) => `Dự báo ${pick(r, TIMES)}, trời ${pick(r, WEATHER)}, nhiệt độ từ ${int(r, 8, 22)} đến ${int(r, 23, 39)} độ C; ${pick(r, ADVICE)}.`,
  (r) => `${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)} vào ${pick(r, TIMES)} ở ${pick(r, COMMUNES)}.`,
  (r) => `${upper(pick(r, TITLES))} ${upper(fullName(r))} – ${pick(r, POSITIONS)} – đã ký Quyết định số ${int(r, 1, 999)}/QĐ-UBND.`,
  (r) => `“${pick(r, QUOTES)}!” – ${pick(r, SUBJECTS).toLowerCase()} ở ${pick(r, COMMUNES)} nói vậy.`,
  (r) =>
    `Ở ${pick(r, PROVINCES)}, ${pick(r, ACTIVITIES)} là việc ${pick(r, ['thường xuyên', 'cấp bách', 'quan trọng', 'lâu dài'])} (theo ${pick(r, POSITIONS)} ${pick(r, GIVEN)}).`,
];

/** At least `count` distinct sentences, drill lines first. */
export function vietnameseCorpus(count = 1200, seed = 4): string[] {
  const rng = generator(seed);
  const seen = new Set<string>(drillSentences());
  while (seen.size < count) seen.add(pick(rng, TEMPLATES)(rng));
  return [...seen];
}

/** Plain Unicode Vietnamese written by hand, some using Latin-1 letters only ("Tôi là Hà."). */
export const UNICODE_PARAGRAPHS = [
  'Tôi là Hà.',
  'Chào cô, cô có khỏe không?',
  'Xin chào!',
  'Bà Tô Thị Hà ở Cà Mau.',
  'Cá, tôm, cua, ốc và rau muống.',
  'Ủy ban nhân dân xã Ân Hảo Đông thông báo lịch tiếp công dân tháng 12/2025: sáng thứ Hai và thứ Năm hằng tuần, tại Bộ phận Một cửa.',
  'Sáng 15/3, hơn 200 đoàn viên thanh niên đã ra quân dọn vệ sinh dọc tuyến đường liên thôn, thu gom khoảng 3 tấn rác thải.',
  '“Không có việc gì khó, chỉ sợ lòng không bền; đào núi và lấp biển, quyết chí ắt làm nên.”',
  'Điều 13. Trang thông tin điện tử sử dụng bộ mã ký tự chữ Việt Unicode theo TCVN 6909:2001.',
  'Người dân có thể nộp hồ sơ trực tuyến tại Cổng Dịch vụ công quốc gia, hoặc nộp trực tiếp; thời hạn giải quyết là 05 ngày làm việc.',
  'Mẹ tôi bảo: “Con ơi, học hành chăm chỉ nhé!” — rồi bà lặng lẽ quay vào bếp…',
  'ĐẢNG CỘNG SẢN VIỆT NAM MUÔN NĂM!',
  'Giá lúa: 7.500 đồng/kg; giá heo hơi: 62.000 đồng/kg (tăng 3% so với tuần trước).',
  'Hòa – hoà, Thủy – thuỷ, Khỏe – khoẻ: cả hai cách đặt dấu đều gặp trong văn bản.',
  'Số điện thoại đường dây nóng: 0255 3 822 222 · Email: ubnd@anhaodong.gov.vn',
  'Các em học sinh lớp 5A trường Tiểu học số 1 đạt giải Nhì cuộc thi “Em yêu lịch sử Việt Nam”.',
  'Nhiệt độ ngoài trời 38°C, độ ẩm 65%; ± 2 độ so với dự báo.',
  'Ông Lê Văn Tám, 75 tuổi, trú tại thôn Tân Mỹ, vừa hiến 300 m² đất để làm đường.',
  'Quê tôi có con sông nhỏ, hai bên bờ là lũy tre làng xanh mát.',
  'À ơi, con ngủ cho ngoan, mẹ đi cấy lúa đồng xa chưa về.',
];

/** English (and a little French, German, Spanish) with typographic punctuation and Latin-1 letters. */
export const ENGLISH_PARAGRAPHS = [
  'The commune portal publishes news, legal documents and administrative procedures.',
  'Please don’t reply to this e-mail — it’s sent automatically… Thanks!',
  'Café, naïve, résumé, façade, coöperate and jalapeño are loanwords in English.',
  'We met in Zürich, then flew to São Paulo and on to Bogotá; Ångström wrote about Øresund.',
  '“Smart quotes” and ‘single quotes’ – en dashes — em dashes • bullets … ellipses ™ © ® ° ± ½ ¼ ¾ § ¶ ¿ ¡',
  'Price: €25 / £20 / ¥3000; 1920×1080 pixels; 10 ÷ 2 = 5; Microsoft® Word™ 2003.',
  'Home · News · Contact · About',
  'Le café est très bon. J’ai été à Paris, où il a plu. Déjà vu, vis-à-vis, à la carte.',
  'Straße, Müller, Köln, über, für, schön; El Niño, piñata, mañana; ¿Cómo está? ¡Qué bien!',
  'Crème brûlée, pâté, fiancée, Noël, Pokémon, Québec, Hôtel de Ville, Père Lachaise.',
  'The 2025 report shows a 12% increase in online applications over 2024.',
  'Björk, Dvořák, Łódź, Škoda and Ærø are names with letters outside ASCII.',
  'Section § 4 ¶ 2 applies; see page 7.',
  'Temperatures range from −5 °C to 35 °C, ± 0.5° accuracy.',
  'Français: « Bonjour, ça va ? » — Oui, très bien, merci.',
  'I’m sure it’s fine; we’ve done it before, haven’t we?',
  'Ñandú, Açaí, Curaçao, Göteborg, Ålesund, Reykjavík, Tromsø.',
  'Résumé: 5 years at Société Générale; fluent in español, português and français.',
  'A naïve approach: O(n²) time, ¼ of the memory.',
  'Xin chao means hello in Vietnamese, and cam on means thank you.',
];

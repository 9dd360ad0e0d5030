/**
 * The demo commune's administrative procedures (Thủ tục hành chính): ten commune-level procedures of the
 * national database in three fields, written as the national procedures pages word them (codes, fees and
 * times as published; abridged for the demo). Three have a form template in the library (a small PDF made
 * when seeding); the legal basis links into the demo register where the law is in it (Luật Hộ tịch, the
 * decree on certification) and names the rest as text.
 */

export interface DemoDossierRow {
  name: string;
  copies: string;
  /** The key of a form template in DEMO_FORMS. */
  form?: string;
}

export interface DemoProcedure {
  code: string;
  title: string;
  field: string;
  steps: string[];
  submitOnline: boolean;
  submitByPost: boolean;
  dossier: DemoDossierRow[];
  processingTime: string;
  fees: string;
  applicants: string;
  result: string;
  requirements: string;
  /** Refs of demo documents (DEMO_DOCUMENTS) the procedure rests on. */
  legalBasis: string[];
  legalBasisText: string;
  /** Written out when the demo gives it; otherwise the portal makes it from the code. */
  nationalUrl?: string;
  notes?: string;
}

/** Form templates: file name and the lines of its PDF. */
export const DEMO_FORMS: Record<string, { name: string; lines: string[] }> = {
  'to-khai-khai-sinh': {
    name: 'to-khai-dang-ky-khai-sinh.pdf',
    lines: [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc',
      'TỜ KHAI ĐĂNG KÝ KHAI SINH',
      'Kính gửi: Ủy ban nhân dân xã Ân Hảo Đông',
      'Họ, chữ đệm, tên người yêu cầu: ............................................',
      'Quan hệ với người được khai sinh: ..........................................',
      'Đề nghị cơ quan đăng ký khai sinh cho người dưới đây:',
      'Họ, chữ đệm, tên: ............................  Ngày, tháng, năm sinh: ....../....../..........',
      'Giới tính: ..........  Dân tộc: ..........  Quốc tịch: ..........',
      'Nơi sinh: .................................................................',
      'Họ, chữ đệm, tên người mẹ: ..................  Họ, chữ đệm, tên người cha: ..................',
      'Tôi cam đoan nội dung đề nghị đăng ký khai sinh trên đây là đúng sự thật.',
    ],
  },
  'to-khai-ket-hon': {
    name: 'to-khai-dang-ky-ket-hon.pdf',
    lines: [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc',
      'TỜ KHAI ĐĂNG KÝ KẾT HÔN',
      'Kính gửi: Ủy ban nhân dân xã Ân Hảo Đông',
      'Thông tin bên nữ — Họ, chữ đệm, tên: ..................  Ngày sinh: ....../....../..........',
      'Thông tin bên nam — Họ, chữ đệm, tên: ..................  Ngày sinh: ....../....../..........',
      'Chúng tôi cam đoan những lời khai trên đây là đúng sự thật, việc kết hôn của chúng tôi là tự nguyện.',
    ],
  },
  'to-khai-tro-cap': {
    name: 'to-khai-de-nghi-tro-giup-xa-hoi.pdf',
    lines: [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc',
      'TỜ KHAI ĐỀ NGHỊ TRỢ GIÚP XÃ HỘI',
      '(Áp dụng đối với đối tượng quy định tại Nghị định số 20/2021/NĐ-CP)',
      'Họ và tên: ............................  Ngày, tháng, năm sinh: ....../....../..........',
      'Nơi thường trú: ............................................................',
      'Thuộc đối tượng: ...........................................................',
      'Tôi xin cam đoan những lời khai trên là đúng sự thật.',
    ],
  },
};

const UBND = 'Ủy ban nhân dân xã Ân Hảo Đông';
const RECEIVE = 'Người có yêu cầu nộp hồ sơ tại Bộ phận Một cửa của Ủy ban nhân dân xã, hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia.';
const HOTICH_TEXT =
  'Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch; Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ Tư pháp; Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh.';
const CHUNGTHUC_TEXT =
  'Thông tư số 01/2020/TT-BTP ngày 03/3/2020 của Bộ Tư pháp; Thông tư số 226/2016/TT-BTC ngày 11/11/2016 của Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực.';
const BTXH_TEXT =
  'Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội; Nghị định số 76/2024/NĐ-CP ngày 01/7/2024 sửa đổi, bổ sung một số điều của Nghị định số 20/2021/NĐ-CP.';

export const DEMO_PROCEDURES: DemoProcedure[] = [
  {
    code: '1.001193',
    title: 'Đăng ký khai sinh',
    field: 'Hộ tịch',
    steps: [
      RECEIVE,
      'Công chức tư pháp - hộ tịch kiểm tra giấy tờ; nếu hồ sơ đầy đủ, hợp lệ thì ghi nội dung khai sinh vào Sổ đăng ký khai sinh, cập nhật vào Cơ sở dữ liệu hộ tịch điện tử.',
      'Người đi đăng ký khai sinh kiểm tra nội dung và cùng công chức tư pháp - hộ tịch ký vào Sổ; Chủ tịch Ủy ban nhân dân xã cấp Giấy khai sinh.',
    ],
    submitOnline: true,
    submitByPost: false,
    dossier: [
      { name: 'Tờ khai đăng ký khai sinh theo mẫu', copies: '01 bản chính', form: 'to-khai-khai-sinh' },
      { name: 'Giấy chứng sinh; nếu không có thì văn bản của người làm chứng xác nhận về việc sinh, hoặc giấy cam đoan về việc sinh', copies: '01 bản chính' },
      { name: 'Văn bản ủy quyền có chứng thực, nếu nhờ người khác đi đăng ký thay', copies: '01 bản chính' },
    ],
    processingTime: 'Ngay trong ngày tiếp nhận hồ sơ; nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo.',
    fees: 'Miễn lệ phí khi đăng ký khai sinh đúng hạn (trong 60 ngày kể từ ngày sinh). Đăng ký khai sinh quá hạn: theo mức Hội đồng nhân dân tỉnh quy định.',
    applicants: 'Cha, mẹ, ông, bà, người thân thích khác hoặc cá nhân, tổ chức đang nuôi dưỡng trẻ em.',
    result: 'Giấy khai sinh (bản chính); bản sao Giấy khai sinh nếu có yêu cầu.',
    requirements: 'Trong thời hạn 60 ngày kể từ ngày sinh con, cha hoặc mẹ có trách nhiệm đăng ký khai sinh cho con.',
    legalBasis: ['luat-ho-tich'],
    legalBasisText: HOTICH_TEXT,
    nationalUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193',
    notes: 'Trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế cùng lúc với Giấy khai sinh (liên thông thủ tục).',
  },
  {
    code: '1.000894',
    title: 'Đăng ký kết hôn',
    field: 'Hộ tịch',
    steps: [
      'Hai bên nam, nữ nộp hồ sơ tại Bộ phận Một cửa của Ủy ban nhân dân xã nơi cư trú của một trong hai bên, hoặc nộp trực tuyến.',
      'Công chức tư pháp - hộ tịch kiểm tra; nếu đủ điều kiện kết hôn thì ghi việc kết hôn vào Sổ đăng ký kết hôn.',
      'Hai bên nam, nữ cùng có mặt, ký vào Sổ và Giấy chứng nhận kết hôn; Chủ tịch Ủy ban nhân dân xã trao Giấy chứng nhận kết hôn.',
    ],
    submitOnline: true,
    submitByPost: false,
    dossier: [
      { name: 'Tờ khai đăng ký kết hôn theo mẫu', copies: '01 bản chính', form: 'to-khai-ket-hon' },
      { name: 'Giấy xác nhận tình trạng hôn nhân, nếu đăng ký tại nơi không thường trú', copies: '01 bản chính' },
    ],
    processingTime: 'Ngay trong ngày tiếp nhận hồ sơ; cần xác minh thì không quá 05 ngày làm việc.',
    fees: 'Miễn lệ phí.',
    applicants: 'Công dân Việt Nam cư trú trong nước.',
    result: 'Giấy chứng nhận kết hôn (mỗi bên vợ, chồng 01 bản chính).',
    requirements: 'Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi; việc kết hôn do hai bên tự nguyện quyết định; không thuộc trường hợp cấm kết hôn.',
    legalBasis: ['luat-ho-tich'],
    legalBasisText: `Luật Hôn nhân và gia đình số 52/2014/QH13; ${HOTICH_TEXT}`,
  },
  {
    code: '1.000656',
    title: 'Đăng ký khai tử',
    field: 'Hộ tịch',
    steps: [
      RECEIVE,
      'Công chức tư pháp - hộ tịch kiểm tra; nếu thấy việc khai tử đúng thì ghi vào Sổ đăng ký khai tử, cùng người đi khai tử ký vào Sổ.',
      'Chủ tịch Ủy ban nhân dân xã cấp Trích lục khai tử; công chức tư pháp - hộ tịch báo để xóa đăng ký thường trú.',
    ],
    submitOnline: true,
    submitByPost: false,
    dossier: [
      { name: 'Tờ khai đăng ký khai tử theo mẫu', copies: '01 bản chính' },
      { name: 'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử do cơ quan có thẩm quyền cấp', copies: '01 bản chính' },
    ],
    processingTime: 'Ngay trong ngày tiếp nhận hồ sơ; cần xác minh thì không quá 03 ngày làm việc.',
    fees: 'Miễn lệ phí khi đăng ký khai tử đúng hạn (trong 15 ngày kể từ ngày chết).',
    applicants: 'Vợ, chồng, con, cha, mẹ hoặc người thân thích khác của người chết.',
    result: 'Trích lục khai tử (bản chính).',
    requirements: 'Trong thời hạn 15 ngày kể từ ngày có người chết, người thân thích có trách nhiệm đi đăng ký khai tử.',
    legalBasis: ['luat-ho-tich'],
    legalBasisText: HOTICH_TEXT,
  },
  {
    code: '2.000635',
    title: 'Cấp bản sao Trích lục hộ tịch',
    field: 'Hộ tịch',
    steps: [
      'Người yêu cầu nộp tờ khai tại Ủy ban nhân dân xã nơi đang lưu giữ Sổ hộ tịch, hoặc gửi qua bưu chính, hoặc nộp trực tuyến.',
      'Công chức tư pháp - hộ tịch kiểm tra Sổ hộ tịch, Cơ sở dữ liệu hộ tịch điện tử; Chủ tịch Ủy ban nhân dân xã ký cấp bản sao trích lục.',
    ],
    submitOnline: true,
    submitByPost: true,
    dossier: [
      { name: 'Tờ khai cấp bản sao trích lục hộ tịch theo mẫu', copies: '01 bản chính' },
      { name: 'Văn bản ủy quyền, nếu người được ủy quyền đi yêu cầu', copies: '01 bản chính' },
    ],
    processingTime: 'Ngay trong ngày tiếp nhận yêu cầu; nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.',
    fees: 'Phí cấp bản sao trích lục: 8.000 đồng/bản sao.',
    applicants: 'Cá nhân, tổ chức có yêu cầu.',
    result: 'Bản sao Trích lục hộ tịch.',
    requirements: 'Không.',
    legalBasis: ['luat-ho-tich'],
    legalBasisText: `${HOTICH_TEXT} Thông tư số 281/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính.`,
  },
  {
    code: '1.001022',
    title: 'Đăng ký nhận cha, mẹ, con',
    field: 'Hộ tịch',
    steps: [
      'Người nhận cha, mẹ, con nộp hồ sơ tại Bộ phận Một cửa của Ủy ban nhân dân xã; các bên phải có mặt khi đăng ký.',
      'Công chức tư pháp - hộ tịch kiểm tra, niêm yết, xác minh nếu cần; thấy việc nhận là đúng, không có tranh chấp thì báo cáo Chủ tịch Ủy ban nhân dân xã.',
      'Ghi vào Sổ đăng ký nhận cha, mẹ, con; các bên ký vào Sổ; Chủ tịch Ủy ban nhân dân xã cấp Trích lục.',
    ],
    submitOnline: true,
    submitByPost: false,
    dossier: [
      { name: 'Tờ khai đăng ký nhận cha, mẹ, con theo mẫu', copies: '01 bản chính' },
      { name: 'Văn bản của cơ quan y tế, giám định hoặc chứng cứ khác chứng minh quan hệ cha, con hoặc mẹ, con', copies: '01 bản chính hoặc bản sao' },
    ],
    processingTime: '03 ngày làm việc kể từ ngày nhận đủ hồ sơ; cần xác minh thì không quá 05 ngày làm việc.',
    fees: 'Theo mức Hội đồng nhân dân tỉnh quy định; miễn cho người thuộc gia đình có công với cách mạng, hộ nghèo, người khuyết tật.',
    applicants: 'Cha, mẹ, con.',
    result: 'Trích lục đăng ký nhận cha, mẹ, con.',
    requirements: 'Bên nhận và bên được nhận còn sống; không có tranh chấp.',
    legalBasis: ['luat-ho-tich'],
    legalBasisText: HOTICH_TEXT,
  },
  {
    code: '2.000815',
    title: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận',
    field: 'Chứng thực',
    steps: [
      'Người yêu cầu xuất trình bản chính giấy tờ, văn bản và bản sao cần chứng thực tại Bộ phận Một cửa của Ủy ban nhân dân xã.',
      'Người thực hiện chứng thực kiểm tra bản chính, đối chiếu với bản sao; nếu đúng thì ghi lời chứng, ký, đóng dấu và ghi vào sổ chứng thực.',
    ],
    submitOnline: false,
    submitByPost: false,
    dossier: [
      { name: 'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao', copies: '01 bản' },
      { name: 'Bản sao cần chứng thực (nếu người yêu cầu tự chuẩn bị)', copies: 'Theo số lượng cần chứng thực' },
    ],
    processingTime: 'Trong ngày tiếp nhận yêu cầu, hoặc ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ; số lượng lớn thì hẹn thời gian cụ thể.',
    fees: '2.000 đồng/trang với hai trang đầu; từ trang thứ ba trở đi 1.000 đồng/trang; tối đa 200.000 đồng/bản.',
    applicants: 'Cá nhân, tổ chức có yêu cầu.',
    result: 'Bản sao được chứng thực từ bản chính.',
    requirements: 'Bản chính không bị tẩy xóa, sửa chữa, thêm, bớt nội dung không hợp lệ; không bị hư hỏng, cũ nát đến mức không xác định được nội dung.',
    legalBasis: ['nghi-dinh-chung-thuc'],
    legalBasisText: CHUNGTHUC_TEXT,
  },
  {
    code: '2.000884',
    title:
      'Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu không ký, không điểm chỉ được)',
    field: 'Chứng thực',
    steps: [
      'Người yêu cầu xuất trình giấy tờ tùy thân và giấy tờ, văn bản sẽ ký tại Bộ phận Một cửa của Ủy ban nhân dân xã.',
      'Người yêu cầu ký trước mặt người thực hiện chứng thực; người thực hiện chứng thực ghi lời chứng, ký, đóng dấu và ghi vào sổ chứng thực.',
    ],
    submitOnline: false,
    submitByPost: false,
    dossier: [
      { name: 'Căn cước, căn cước công dân hoặc hộ chiếu còn giá trị sử dụng', copies: '01 bản chính hoặc bản sao có chứng thực' },
      { name: 'Giấy tờ, văn bản mà mình sẽ ký', copies: '01 bản' },
    ],
    processingTime: 'Trong ngày tiếp nhận yêu cầu, hoặc ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ.',
    fees: '10.000 đồng/trường hợp.',
    applicants: 'Cá nhân có yêu cầu.',
    result: 'Giấy tờ, văn bản được chứng thực chữ ký.',
    requirements: 'Người yêu cầu chứng thực minh mẫn, nhận thức và làm chủ được hành vi của mình.',
    legalBasis: ['nghi-dinh-chung-thuc'],
    legalBasisText: CHUNGTHUC_TEXT,
  },
  {
    code: '2.001035',
    title: 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản',
    field: 'Chứng thực',
    steps: [
      'Người yêu cầu nộp hồ sơ tại Bộ phận Một cửa của Ủy ban nhân dân xã.',
      'Người thực hiện chứng thực kiểm tra giấy tờ, nội dung hợp đồng; các bên ký trước mặt người thực hiện chứng thực.',
      'Người thực hiện chứng thực ghi lời chứng, ký, đóng dấu và ghi vào sổ chứng thực.',
    ],
    submitOnline: false,
    submitByPost: false,
    dossier: [
      { name: 'Dự thảo hợp đồng, giao dịch', copies: '01 bản' },
      { name: 'Bản sao giấy tờ tùy thân của người yêu cầu chứng thực', copies: '01 bản' },
      { name: 'Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng hoặc giấy tờ thay thế đối với tài sản', copies: '01 bản' },
    ],
    processingTime: 'Không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ.',
    fees: '50.000 đồng/hợp đồng, giao dịch.',
    applicants: 'Cá nhân, tổ chức có yêu cầu.',
    result: 'Hợp đồng, giao dịch được chứng thực.',
    requirements: 'Các bên tham gia hợp đồng, giao dịch có năng lực hành vi dân sự; tự nguyện giao kết.',
    legalBasis: ['nghi-dinh-chung-thuc'],
    legalBasisText: CHUNGTHUC_TEXT,
  },
  {
    code: '1.001776',
    title: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng',
    field: 'Bảo trợ xã hội',
    steps: [
      'Đối tượng hoặc người giám hộ nộp tờ khai tại Bộ phận Một cửa của Ủy ban nhân dân xã.',
      'Công chức lao động - thương binh và xã hội tiếp nhận, trình Hội đồng xét duyệt; niêm yết công khai kết quả xét duyệt trong 02 ngày làm việc.',
      'Chủ tịch Ủy ban nhân dân xã quyết định trợ cấp xã hội hàng tháng trong 03 ngày làm việc; trường hợp không đủ điều kiện thì trả lời bằng văn bản, nêu rõ lý do.',
    ],
    submitOnline: true,
    submitByPost: true,
    dossier: [
      { name: 'Tờ khai đề nghị trợ giúp xã hội theo mẫu', copies: '01 bản chính', form: 'to-khai-tro-cap' },
      { name: 'Giấy xác nhận khuyết tật (đối với người khuyết tật)', copies: '01 bản sao' },
    ],
    processingTime: 'Không quá 15 ngày làm việc kể từ ngày nhận đủ hồ sơ.',
    fees: 'Không thu phí, lệ phí.',
    applicants: 'Đối tượng bảo trợ xã hội: trẻ em không có nguồn nuôi dưỡng, người cao tuổi, người khuyết tật nặng, người đơn thân nghèo đang nuôi con…',
    result: 'Quyết định trợ cấp xã hội hàng tháng của Chủ tịch Ủy ban nhân dân xã.',
    requirements: 'Thuộc đối tượng quy định tại Nghị định số 20/2021/NĐ-CP.',
    legalBasis: [],
    legalBasisText: BTXH_TEXT,
  },
  {
    code: '1.001731',
    title: 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội',
    field: 'Bảo trợ xã hội',
    steps: [
      'Cơ quan, tổ chức, gia đình hoặc cá nhân tổ chức mai táng nộp hồ sơ tại Bộ phận Một cửa của Ủy ban nhân dân xã.',
      'Chủ tịch Ủy ban nhân dân xã xem xét, quyết định hỗ trợ chi phí mai táng trong 03 ngày làm việc.',
    ],
    submitOnline: true,
    submitByPost: true,
    dossier: [
      { name: 'Tờ khai đề nghị hỗ trợ chi phí mai táng theo mẫu', copies: '01 bản chính' },
      { name: 'Bản sao giấy chứng tử hoặc trích lục khai tử', copies: '01 bản sao' },
    ],
    processingTime: 'Không quá 03 ngày làm việc kể từ ngày nhận đủ hồ sơ.',
    fees: 'Không thu phí, lệ phí.',
    applicants: 'Cơ quan, tổ chức, gia đình hoặc cá nhân tổ chức mai táng cho đối tượng bảo trợ xã hội.',
    result: 'Quyết định hỗ trợ chi phí mai táng của Chủ tịch Ủy ban nhân dân xã.',
    requirements: 'Người chết thuộc đối tượng bảo trợ xã hội đang hưởng trợ cấp hàng tháng.',
    legalBasis: [],
    legalBasisText: BTXH_TEXT,
  },
];

export const DEMO_PROCEDURE_AGENCY = UBND;

/** The steps as the editor's rich text stores them: one numbered paragraph per step. */
export const stepsHtml = (steps: string[]): string => steps.map((s, i) => `<p><strong>Bước ${i + 1}.</strong> ${s}</p>`).join('');

import { lazy } from './letters';

/**
 * Frequent Vietnamese syllables (general and administrative prose), lower case. Detection uses them only to
 * break near-ties: "có" (TCVN3 "cã") is far more likely than "cã". Written from general knowledge of the
 * language, not from the test corpus.
 */
const COMMON = `
của và các có được là trong cho không người những với một này đã để theo về khi năm đến ra từ nhiều
cũng đó như sẽ việc tại thì lại nhà trên sau làm phải nhất nước hơn mà nhưng còn chỉ ông bà anh chị em
tôi chúng họ nó đi vào lên xuống ở đây rằng thể hiện nay ngày tháng cùng quốc gia dân xã huyện tỉnh
thành phố công tác quản lý chính phủ hội đồng nhân ủy uỷ ban quyết định thông báo kế hoạch văn bản số
điều luật nghị thực hành xây dựng phát triển kinh tế hóa hoá học giáo dục y sức khỏe khoẻ đường trường
lớp sinh viên cán bộ đảng mặt trận tổ chức đoàn thanh niên phụ nữ cựu chiến binh nông nghiệp thôn ấp
làng hộ đình đất môi an ninh trật tự toàn giao điện sạch vệ hướng dẫn thủ tục hồ sơ giấy tờ chứng
nhận đăng ký kết quả tình hình tuyên truyền phổ biến pháp giải khiếu nại tố cáo ý kiến góp mới cũ lớn
nhỏ cao thấp tốt đẹp vui mừng chào xin cảm ơn rất lắm quá hết tất cả mọi mỗi bao nhiêu gì ai đâu sao
thế nào vì nên nếu hay hoặc bởi do qua giữa trước dưới ngoài bên cạnh gần xa trời mưa nắng gió bão lũ
lụt mùa vụ lúa gạo cá tôm cây rau trái chăn nuôi trâu bò lợn gà vịt chợ bán mua tiền tỷ triệu nghìn
trăm mười hai ba bốn sáu bảy tám chín thứ giờ phút sáng chiều tối đêm hôm mai tuần lễ tết xuân hè thu
đông nam bắc tây miền trung ương địa phương cơ sở quan trọng đề nghị cấp đạo lãnh trưởng phó chủ tịch
thường trực bí thư ủy viên cuộc họp hội nghị báo cáo tổng kết năm nay vừa đạt tăng giảm so với cùng kỳ
mục tiêu nhiệm vụ giải pháp triển khai thực hiện kiểm tra giám sát đánh giá phối hợp tham gia hỗ trợ
đầu tư nguồn vốn ngân sách thu chi dự án công trình hạ tầng nông thôn mới giảm nghèo việc làm lao động
đời sống vật chất tinh thần gia đình trẻ em người cao tuổi chính sách xã hội bảo hiểm y tế trạm khám
bệnh phòng chống dịch tiêm vắc xin thuốc nước ta đất nước bác hồ dân tộc việt nam hà nội thủ đô
sài gòn huế đà nẵng cần thơ hải phòng tiếng chữ viết đọc nói nghe nhìn thấy biết hiểu muốn cần nghĩ
tin tức bài thông tin trang điện tử mạng máy tính phần mềm dữ liệu hệ thống quy chế quy định thông tư
nghị định chỉ thị hướng dẫn công văn tờ trình biên bản giấy mời kế hoạch chương trình đề án phương án
ngành lĩnh vực cơ quan đơn vị tổ chức cá nhân doanh nghiệp hợp tác sản xuất kinh doanh thương mại dịch
vụ du lịch văn nghệ thể thao lễ hội di tích lịch sử truyền thống phong trào thi đua khen thưởng kỷ
luật đúng sai đủ thiếu đầy đó kia ấy này đều chưa đang vẫn luôn mãi ngay liền sớm muộn lâu nhanh chậm
`;

export const commonSyllables = lazy(() => new Set(COMMON.split(/\s+/).filter(Boolean)));

"""Word lists and sentence patterns for the synthetic corpus.

Everything here is taken from, or modelled on, the seed reports and the dev
reports: the same organisations, ranks, positions, document symbols and the
same sentence shapes. Lists (never sets) so iteration order is fixed.
"""
from __future__ import annotations

# The 63 provinces before the 2025 merger; (name, kind) because the five
# centrally run cities are written "Công an thành phố Hà Nội", the rest "tỉnh".
PROVINCES: list[tuple[str, str]] = [
    ("Hà Nội", "thành phố"), ("Hồ Chí Minh", "thành phố"), ("Hải Phòng", "thành phố"),
    ("Đà Nẵng", "thành phố"), ("Cần Thơ", "thành phố"),
    *[(name, "tỉnh") for name in [
        "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre",
        "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk",
        "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam",
        "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang",
        "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định",
        "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam",
        "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình",
        "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang",
        "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
    ]],
]

# Surnames with rough population shares (Nguyễn about four in ten).
SURNAMES: list[tuple[str, int]] = [
    ("Nguyễn", 380), ("Trần", 110), ("Lê", 95), ("Phạm", 70), ("Hoàng", 50), ("Huỳnh", 20),
    ("Phan", 45), ("Vũ", 40), ("Võ", 25), ("Đặng", 21), ("Bùi", 20), ("Đỗ", 14), ("Hồ", 13),
    ("Ngô", 13), ("Dương", 10), ("Lý", 5), ("Hà", 8), ("Đinh", 7), ("Trương", 7), ("Lương", 5),
    ("Đào", 5), ("Cao", 4), ("Mai", 4), ("Văn", 3), ("Tạ", 3), ("Lưu", 3), ("Kiều", 2), ("Chu", 2),
]
MIDDLE_MALE = ["Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Xuân", "Duy", "Trọng", "Tiến",
               "Quang", "Ngọc", "Hồng", "Anh", "Đình", "Mạnh", "Tuấn", "Tấn", "Thế", "Việt", "Hải"]
MIDDLE_FEMALE = ["Thị", "Thị", "Thị", "Thị Thu", "Thị Minh", "Thị Thanh", "Thị Hồng", "Ngọc", "Thu"]
GIVEN_MALE = ["Hùng", "Dũng", "Tuấn", "Long", "Thành", "Minh", "Quang", "Sơn", "Hải", "Nam", "Thắng",
              "Cường", "Trung", "Hiếu", "Phong", "Khoa", "Tùng", "Vinh", "Hoàng", "Lâm", "Tới",
              "Bình", "Thao", "Hiển", "Phú", "Ngọc", "Quy", "Thanh", "Đức", "Tâm", "Khải", "Hưng",
              "Kiên", "Lực", "Nghĩa", "Phương", "Tân", "Toàn", "Trí", "Tuyến", "Việt", "Huy"]
GIVEN_FEMALE = ["Hường", "Lan", "Hương", "Mai", "Hà", "Nga", "Thủy", "Hằng", "Phương", "Linh",
                "Thảo", "Yến", "Hạnh", "Trang", "Nhung", "Oanh", "Vân", "Hoa"]

GENERAL_RANKS = ["Thượng tướng", "Trung tướng", "Thiếu tướng"]
OFFICER_RANKS = ["Đại tá", "Thượng tá", "Trung tá", "Thiếu tá"]

# Ministry departments that send officials to conferences.
DEPARTMENTS = [
    "Cục Công nghệ thông tin", "Cục Viễn thông và Cơ yếu", "Cục Cảnh sát quản lý hành chính về trật tự xã hội",
    "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao", "Cục Hồ sơ nghiệp vụ",
    "Cục Cảnh sát giao thông", "Cục Quản lý xuất nhập cảnh", "Cục Tổ chức cán bộ", "Cục Truyền thông CAND",
    "Cục Kế hoạch và tài chính", "Cục Pháp chế và cải cách hành chính, tư pháp", "Cục Đối ngoại",
    "Cục Cảnh sát điều tra tội phạm về trật tự xã hội", "Cục Cảnh sát hình sự", "Cục Khoa học, chiến lược và lịch sử Công an",
]
CENTRES = ["Trung tâm dữ liệu quốc gia về dân cư", "Trung tâm dữ liệu Quốc gia", "Văn phòng Bộ Công an",
           "Viện Chiến lược và Khoa học Công an", "Học viện An ninh nhân dân", "Học viện Cảnh sát nhân dân"]

# Well-known figures the seed reports name, with the offices they held then:
# (name, rank or "", offices, first day, last day[, weight]): a rank changes on its promotion day, as in
# data/officials.yaml, so a report never gives a minister a rank he did not hold that day.
_MINISTER = ["Ủy viên Bộ Chính trị", "Bí thư Đảng ủy Công an Trung ương", "Bộ trưởng Bộ Công an"]
LEADERS: list[tuple[str, str, list[str], str, str, int]] = [
    ("Trần Đại Quang", "Đại tướng", ["Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Công an"], "2014-01-01", "2016-04-08", 40),
    ("Tô Lâm", "Thượng tướng", _MINISTER, "2016-04-09", "2019-01-28", 60),
    ("Tô Lâm", "Đại tướng", _MINISTER, "2019-01-29", "2024-06-05", 60),
    ("Lương Tam Quang", "Thượng tướng", ["Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Công an"], "2024-06-06", "2024-10-19", 60),
    ("Lương Tam Quang", "Đại tướng", ["Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Công an"], "2024-10-20", "2026-12-31", 60),
]
_DEPUTY = ["Ủy viên Trung ương Đảng", "Thứ trưởng Bộ Công an"]
DEPUTIES: list[tuple[str, str, list[str], str, str]] = [
    ("Lê Quý Vương", "Thượng tướng", _DEPUTY, "2014-01-01", "2021-12-31"),
    ("Bùi Văn Thành", "Trung tướng", ["Thứ trưởng Bộ Công an"], "2014-01-01", "2019-12-31"),
    ("Nguyễn Văn Thành", "Thượng tướng", _DEPUTY, "2014-01-01", "2021-12-31"),
    ("Lê Tấn Tới", "Thiếu tướng", _DEPUTY, "2020-01-01", "2021-12-31"),
    ("Nguyễn Văn Sơn", "Trung tướng", ["Thứ trưởng Bộ Công an"], "2017-01-01", "2021-12-31"),
    ("Trần Quốc Tỏ", "Trung tướng", ["Ủy viên Trung ương Đảng", "Phó Bí thư Đảng ủy Công an Trung ương",
                                      "Thứ trưởng Bộ Công an"], "2021-01-01", "2022-01-05"),
    ("Trần Quốc Tỏ", "Thượng tướng", ["Ủy viên Trung ương Đảng", "Phó Bí thư Đảng ủy Công an Trung ương",
                                       "Thứ trưởng Bộ Công an"], "2022-01-06", "2023-12-31"),
    ("Nguyễn Duy Ngọc", "Trung tướng", _DEPUTY, "2021-01-01", "2023-12-11"),
    ("Nguyễn Duy Ngọc", "Thượng tướng", _DEPUTY, "2023-12-12", "2024-06-30"),
    ("Lê Quốc Hùng", "Trung tướng", _DEPUTY, "2021-01-01", "2024-12-26"),
    ("Lê Quốc Hùng", "Thượng tướng", _DEPUTY, "2024-12-27", "2026-12-31"),
    ("Lê Văn Tuyến", "Trung tướng", ["Ủy viên Ban Thường vụ Đảng ủy Công an Trung ương", "Thứ trưởng Bộ Công an"],
     "2021-01-01", "2026-12-31"),
    ("Nguyễn Văn Long", "Thiếu tướng", ["Ủy viên Ban Thường vụ Đảng ủy Công an Trung ương", "Thứ trưởng Bộ Công an"],
     "2021-01-01", "2026-12-31"),
    ("Phạm Thế Tùng", "Trung tướng", ["Thứ trưởng Bộ Công an"], "2024-01-01", "2025-07-13"),
    ("Phạm Thế Tùng", "Thượng tướng", ["Thứ trưởng Bộ Công an"], "2025-07-14", "2026-12-31"),
]
PRIME_MINISTER = ("Phạm Minh Chính", "", ["Ủy viên Bộ Chính trị", "Thủ tướng Chính phủ",
                                          "Chủ tịch Ủy ban Quốc gia về Chuyển đổi số"], "2021-04-05", "2026-12-31")

# (number, symbol, issuer, issued d/m/y or "", subject, year) -- real ones first, they are cited most.
RESOLUTIONS: list[tuple[str, str, str, str, str, int]] = [
    ("57", "57-NQ/TW", "Bộ Chính trị", "22/12/2024", "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia", 2024),
    ("12", "12-NQ/TW", "Bộ Chính trị", "16/3/2022", "đẩy mạnh xây dựng lực lượng CAND thật sự trong sạch, vững mạnh, chính quy, tinh nhuệ, hiện đại", 2022),
    ("26", "26-NQ/ĐUCA", "Đảng ủy Công an Trung ương", "13/4/2015", "đẩy mạnh ứng dụng, phát triển công nghệ thông tin phục vụ công tác Công an trong tình hình mới", 2015),
    ("36", "36-NQ/TW", "Bộ Chính trị", "1/7/2014", "đẩy mạnh ứng dụng, phát triển công nghệ thông tin đáp ứng yêu cầu phát triển bền vững và hội nhập quốc tế", 2014),
    ("16", "16-NQ/ĐUCA", "Đảng ủy Công an Trung ương", "", "tăng cường công tác chính trị, tư tưởng", 2022),
    ("71", "71/NQ-CP", "Chính phủ", "", "sửa đổi, bổ sung Chương trình hành động thực hiện Nghị quyết 57", 2025),
    ("52", "52-NQ/TW", "Bộ Chính trị", "27/9/2019", "chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư", 2019),
    ("22", "22-NQ/TW", "Bộ Chính trị", "15/3/2018", "tiếp tục đổi mới, sắp xếp tổ chức bộ máy của Bộ Công an tinh gọn, hoạt động hiệu lực, hiệu quả", 2018),
]
ISSUERS: list[tuple[str, str]] = [("Đảng ủy Công an Trung ương", "NQ/ĐUCA"), ("Bộ Chính trị", "NQ/TW"),
                                  ("Chính phủ", "NQ-CP"), ("Ban Chấp hành Trung ương", "NQ/TW")]
CONGRESSES = ["XII", "XIII", "XIV"]

AUTHORS = ["Minh Phương", "Lê Thành", "Trần Xuân", "Thanh Nga", "Duy Công", "Đỗ Trung", "Hoàng Anh",
           "Ngọc Lan", "Quốc Tuấn", "Thu Hà", "Văn Hùng", "Phương Thảo", "Hải Yến", "Minh Đức",
           "Thùy Linh", "Quang Huy", "Bảo Ngọc", "Trung Kiên", "Hồng Nhung", "Tiến Dũng"]
UNIT_TAGS = ["PX03", "PV01", "PX01", "PA03", "PC06"]
PHOTO_CREDITS = ["TTXVN", "dangcongsan.vn", "Bộ Công an", "CAND", "Trần Hải", "VGP"]

TOPICS = [
    "Bảo đảm chủ quyền quốc gia trên không gian mạng", "Cách mạng 4.0: Nhận diện, tác động và ứng xử",
    "Chuyển đổi số trong công tác bảo đảm an ninh, trật tự", "Ứng dụng dữ liệu dân cư phục vụ chuyển đổi số quốc gia",
    "Phòng, chống tội phạm sử dụng công nghệ cao", "Xây dựng lực lượng CAND chính quy, tinh nhuệ, hiện đại",
]
SLOGAN_TITLES = [
    "Đổi mới tư duy, hành động, ứng dụng, phát triển công nghệ thông tin phục vụ công tác Công an",
    "Đẩy mạnh hiện đại hóa hạ tầng, nâng cao chất lượng công tác viễn thông, cơ yếu",
    "Lực lượng Công an tiên phong trong chuyển đổi số quốc gia",
    "Khai thác hiệu quả dữ liệu dân cư phục vụ người dân, doanh nghiệp",
    "Nâng cao hiệu quả thực hiện Đề án 06 tại địa phương",
    "Tạo chuyển biến mạnh mẽ trong công tác xây dựng lực lượng",
]
RELATED_HEADLINES = [
    "Mạn đàm về “chuyển đổi số”", "Công dân số - yếu tố trọng tâm trong hành trình chuyển đổi số",
    "Thông báo tìm người bị hại trong vụ án lừa đảo chiếm đoạt tài sản",
    "Hưởng ứng Ngày Chuyển đổi số - hướng tới công dân số", "Cảnh giác với thủ đoạn giả danh cơ quan Công an",
    "Hướng dẫn kích hoạt tài khoản định danh điện tử mức độ 2",
]

# Body sentences without names or dates: recombined into paragraphs.
FILLER = [
    "Hệ thống mạng máy tính diện rộng dùng riêng cho Bộ Công an được kết nối với cấu trúc phân tầng, bảo đảm tuyệt đối an ninh, an toàn đường truyền.",
    "Hạ tầng kỹ thuật công nghệ thông tin ngày càng được đầu tư đồng bộ, có chiều sâu.",
    "Các hệ thống thông tin, cơ sở dữ liệu và phần mềm bước đầu đáp ứng yêu cầu công tác An ninh, Cảnh sát, Xây dựng lực lượng, Hậu cần - Kỹ thuật.",
    "Công tác bảo mật, bảo đảm an toàn, an ninh thông tin số được tăng cường.",
    "Nguồn nhân lực phục vụ triển khai ứng dụng công nghệ thông tin trong CAND cơ bản đáp ứng yêu cầu.",
    "Công tác hợp tác về khoa học kỹ thuật, công nghệ thông tin được mở rộng thông qua các hội nghị, hội thảo, dự án.",
    "Đến nay đã có hàng trăm dịch vụ công trực tuyến được tích hợp trên Cổng dịch vụ công Bộ Công an.",
    "Nhiều dịch vụ thiết yếu như cấp, đổi thẻ căn cước công dân, đăng ký thường trú, tạm trú, đăng ký xe đã được cung cấp trực tuyến.",
    "Tỷ lệ hồ sơ được giải quyết đúng hạn đạt trên 99%.",
    "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến Công an các đơn vị, địa phương.",
    "Các đại biểu đã tập trung thảo luận, làm rõ những tồn tại, hạn chế, đồng thời đề xuất nhiều giải pháp.",
    "Đại diện lãnh đạo các đơn vị đã phát biểu các nội dung liên quan đến pháp lý, hạ tầng, dữ liệu và nguồn nhân lực.",
    "Lực lượng Công an đã cung cấp cho người dân nhiều tiện ích thiết thực về định danh nhân thân, sử dụng dịch vụ y tế, giáo dục, thanh toán không dùng tiền mặt.",
    "Bộ Công an đã cấp mã số định danh cá nhân cho 100% công dân.",
    "Trung tâm dữ liệu quốc gia về dân cư được vận hành thông suốt, an toàn.",
    "Công tác đào tạo, bồi dưỡng lực lượng chuyên trách công nghệ thông tin tiếp tục được quan tâm.",
    "Hàng nghìn sinh viên được đào tạo bài bản tại các trường Công an nhân dân.",
    "Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn cơ bản ổn định.",
    "Lực lượng Công an đã điều tra, làm rõ nhiều vụ án, bắt giữ nhiều đối tượng có lệnh truy nã.",
    "Tai nạn giao thông giảm cả ba tiêu chí so với cùng kỳ.",
    "Công tác cải cách hành chính được đẩy mạnh, mức độ hài lòng của người dân ngày càng cao.",
    "Nhận thức của các cấp lãnh đạo và cán bộ, chiến sĩ về tầm quan trọng của chuyển đổi số được nâng lên.",
    "Việc kết nối, chia sẻ dữ liệu giữa Bộ Công an với các bộ, ngành, địa phương được triển khai đồng bộ.",
    "Ứng dụng VNeID được nâng cấp, tích hợp thêm nhiều tiện ích phục vụ người dân.",
    "Công tác phòng, chống tội phạm sử dụng công nghệ cao đạt nhiều kết quả tích cực.",
    "Đây là nhiệm vụ chính trị quan trọng, cấp bách, đòi hỏi sự vào cuộc của cả hệ thống chính trị.",
    "Các đơn vị cần tiếp tục rà soát, hoàn thiện hành lang pháp lý về ứng dụng, phát triển công nghệ thông tin.",
    "Xây dựng hạ tầng kỹ thuật phục vụ triển khai các cơ sở dữ liệu, hệ thống thông tin thống nhất, xuyên suốt từ Bộ tới Công an cơ sở.",
    "Chú trọng đào tạo đội ngũ cán bộ giỏi về nghiệp vụ, có kiến thức về công nghệ thông tin.",
    "Triển khai các giải pháp bảo đảm an ninh, an toàn thông tin số, bảo vệ bí mật nhà nước.",
    "Bên cạnh những kết quả đạt được, công tác chuyển đổi số vẫn còn một số tồn tại, hạn chế cần khắc phục.",
    "Tiếp tục đẩy mạnh tuyên truyền, hướng dẫn, hỗ trợ người dân sử dụng dịch vụ công trực tuyến.",
    "Hệ thống trung tâm thông tin chỉ huy và hội nghị truyền hình trực tuyến được đầu tư đến Công an cấp huyện.",
    "Các phần mềm phục vụ công tác nghiệp vụ đã mang lại hiệu quả tích cực.",
    "Sự ra đời của Trung tâm dữ liệu quốc gia về dân cư đánh dấu bước ngoặt lớn trong công tác quản lý của Chính phủ.",
    "Công tác làm sạch dữ liệu dân cư được thực hiện thường xuyên theo phương châm đúng, đủ, sạch, sống.",
    "Tập trung trấn áp mạnh các loại tội phạm, không để hình thành băng nhóm tội phạm hoạt động theo kiểu xã hội đen.",
    "Lực lượng Công an toàn tỉnh đã hoàn thành tốt chỉ tiêu thu nhận hồ sơ cấp căn cước công dân.",
    "Các đơn vị chức năng đã báo cáo về cơ sở hạ tầng và các mặt công tác viễn thông, tin học, công nghệ.",
    "Thời gian tới, ngành sẽ tiếp tục cung cấp thêm nhiều tiện ích phục vụ đời sống của người dân, góp phần xây dựng công dân số, xã hội số, kinh tế số.",
]

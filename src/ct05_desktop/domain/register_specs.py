"""The registers of named records (domain.md §5), described: their fields, what names a row,
their tabs' names."""

from __future__ import annotations

from ct05_desktop.domain.register_types import Field, RegisterSpec, choices
from ct05_desktop.domain.result_scale import DEFAULT

BREAKTHROUGH = RegisterSpec(
    "breakthrough_models",
    "Mô hình, nội dung đột phá",
    "Breakthrough models",
    (
        Field("title", "Tên mô hình, nội dung", "Title", required=True),
        Field(
            "field",
            "Lĩnh vực",
            "Field",
            "choice",
            choices(
                ("party_building", "Xây dựng Đảng", "Party building"),
                ("admin_reform", "Cải cách hành chính", "Administrative reform"),
                ("economy", "Phát triển kinh tế", "Economic development"),
                ("culture_society", "Văn hóa – xã hội", "Culture and society"),
                ("defence_security", "Quốc phòng – an ninh", "Defence and security"),
                ("other", "Khác", "Other"),
            ),
        ),
        Field(
            "registered_with",
            "Cấp đăng ký",
            "Registered with",
            "choice",
            choices(
                ("province", "Tỉnh ủy", "Provincial committee"),
                ("district", "Huyện ủy, thành ủy, đảng ủy trực thuộc", "District-level committee"),
                ("grassroots", "Đảng ủy cơ sở", "Grassroots committee"),
            ),
        ),
        Field(
            "status",
            "Tình trạng",
            "Status",
            "choice",
            choices(
                ("registered", "Đã đăng ký", "Registered"),
                ("ongoing", "Đang thực hiện", "Ongoing"),
                ("completed", "Hoàn thành", "Completed"),
                ("stopped", "Dừng thực hiện", "Stopped"),
            ),
        ),
        Field("result", "Kết quả", "Result"),
    ),
    ("title",),
    tab_vi="Mô hình đột phá",
    tab_en="Breakthroughs",
)

EXEMPLARS = RegisterSpec(
    "exemplars",
    "Gương người tốt, việc tốt, điển hình tiên tiến",
    "Exemplary people",
    (
        Field("name", "Tên tập thể, cá nhân", "Name", required=True),
        Field(
            "kind",
            "Loại",
            "Kind",
            "choice",
            choices(
                ("collective", "Tập thể", "Collective"), ("individual", "Cá nhân", "Individual")
            ),
            required=True,
        ),
        Field("deeds", "Việc làm tiêu biểu", "What they did"),
    ),
    ("name",),
    tab_vi="Gương điển hình",
    tab_en="Exemplars",
)

AWARDS = RegisterSpec(
    "award_decisions",
    "Quyết định khen thưởng",
    "Commendation decisions",
    (
        Field("number", "Số quyết định", "Decision number", required=True),
        Field("date", "Ngày", "Date", "date"),
        Field(
            "authority",
            "Cấp khen",
            "Authority",
            "choice",
            choices(
                ("central", "Ban Tuyên giáo Trung ương", "Central Propaganda Commission"),
                ("province_standing", "Ban Thường vụ Tỉnh ủy", "Provincial Standing Committee"),
                ("province_committee", "UBND tỉnh", "Provincial People's Committee"),
                ("district", "Huyện ủy, thành ủy, đảng ủy trực thuộc", "District-level committee"),
            ),
            required=True,
        ),
        Field(
            "form",
            "Hình thức",
            "Form",
            "choice",
            choices(
                ("bang_khen", "Bằng khen", "Certificate of merit"),
                ("giay_khen", "Giấy khen", "Letter of commendation"),
            ),
        ),
        Field("collectives", "Số tập thể", "Collectives", "int"),
        Field("individuals", "Số cá nhân", "Individuals", "int"),
        Field("recipients", "Danh sách được khen", "Recipients"),
    ),
    ("number", "date"),
    tab_vi="Khen thưởng",
    tab_en="Commendations",
)

DIALOGUES = RegisterSpec(
    "dialogues",
    "Hội nghị đối thoại",
    "Dialogue conferences",
    (
        Field("date", "Ngày", "Date", "date"),
        Field(
            "level",
            "Cấp tổ chức",
            "Level",
            "choice",
            choices(
                ("district", "Cấp huyện", "District"),
                ("grassroots", "Cấp cơ sở (xã, phường, thị trấn)", "Grassroots (commune)"),
            ),
            required=True,
        ),
        Field("place", "Địa điểm (xã, phường, thị trấn)", "Commune or place", required=True),
        Field("participants", "Số người tham dự", "Participants", "int"),
    ),
    ("place", "date"),
    tab_vi="Đối thoại",
    tab_en="Dialogues",
)

RESULTS = tuple(level.choice() for level in DEFAULT)  # the default scale (result_scale)

COMMITMENTS = RegisterSpec(
    "commitments",
    "Sổ đăng ký làm theo",
    "Commitments register",
    (
        Field(
            "kind",
            "Đăng ký của",
            "Registered by",
            "choice",
            choices(
                ("collective", "Tập thể", "A collective"),
                ("key_cadre", "Cán bộ chủ chốt", "A key cadre"),
            ),
            required=True,
        ),
        Field("person", "Họ và tên", "Name (key cadre)"),
        Field("position", "Chức vụ", "Position"),
        Field("content", "Nội dung đăng ký", "What was registered", required=True),
        Field("contents", "Số nội dung", "Contents", "int"),
        Field("models", "Số mô hình", "Models (collective)", "int"),
        Field("items", "Số việc làm", "Items (key cadre)", "int"),
        Field("result", "Kết quả cuối năm", "Year-end result", "choice", RESULTS),
        Field("note", "Ghi chú", "Note on the result"),
    ),
    ("person", "content"),
    tab_vi="Đăng ký làm theo",
    tab_en="Commitments",
    wide="content",
)

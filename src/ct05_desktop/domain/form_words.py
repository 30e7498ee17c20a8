"""The words of the refusals about the report form by year (domain.form_years): part of the
tables in domain/refusal_words.py (VI and EN), kept apart for their number."""

from __future__ import annotations

OUTSIDE_FORM = "không có trong biểu mẫu"  # a year's cell of an indicator its form lacks

FORM_VI: dict[str, str] = {
    "form_needs_year": (
        "đây là tệp biểu mẫu báo cáo; hãy cho biết biểu mẫu áp dụng từ năm nào (--from NĂM)"
    ),
    "form_bad_code": (
        "mã chỉ tiêu phải bắt đầu bằng chữ thường không dấu, chỉ gồm chữ thường, chữ số và "
        "dấu gạch dưới (tối đa 40 ký tự), ví dụ members_total"
    ),
    "form_code_twice": "mã chỉ tiêu đã có ở dòng {first}; mỗi chỉ tiêu một dòng",
    "form_bad_kind": (
        "loại chỉ tiêu phải là 'stock' (số tại thời điểm cuối năm) hoặc 'flow' (số cộng dồn "
        "trong năm)"
    ),
    "form_unknown_section": "không có nhóm chỉ tiêu này; các nhóm là: {sections}",
    "form_label_empty": "chưa có tên chỉ tiêu (cột label_vi)",
    "form_unknown_pair": "chỉ tiêu '{code}' không có trong tệp; tổng và thành phần phải cùng có",
    "form_empty": "tệp biểu mẫu không có chỉ tiêu nào",
    "form_kind_changed": (
        "chỉ tiêu '{code}' không được đổi loại (số tại thời điểm hay số cộng dồn) giữa các năm; "
        "hãy tạo chỉ tiêu mới với mã khác"
    ),
    "form_versions_overlap": (
        "chỉ tiêu '{code}' có hai cách ghi cùng áp dụng cho năm {year}; mỗi năm chỉ một"
    ),
    "form_no_section": "chỉ tiêu '{code}' năm {year} thuộc một nhóm không có trong biểu mẫu",
    "form_pair_apart": (
        "năm {year}, chỉ tiêu '{code}' đi cùng '{other}' nhưng '{other}' không có trong biểu "
        "mẫu năm đó; hai chỉ tiêu phải có cùng những năm"
    ),
    # the scale of a registration's year-end result (domain.result_scale)
    "scale_empty": "thang đánh giá phải có ít nhất một mức",
    "scale_code_bad": (
        "mã mức '{code}' phải bắt đầu bằng chữ thường không dấu, chỉ gồm chữ thường, chữ số "
        "và dấu gạch dưới"
    ),
    "scale_code_twice": "mã mức '{code}' có hai lần",
    "scale_label_empty": "mức '{code}' chưa có tên",
    "scale_label_bad": "tên mức '{label}': {reason}",
    "scale_label_twice": "tên mức '{label}' có hai lần (kể cả khi gõ khác hoa thường, dấu)",
    "scale_well_order": (
        'các mức tính là "hoàn thành tốt trở lên" phải đứng trên cùng, liền nhau (báo cáo '
        "đọc từ mức cao nhất xuống)"
    ),
    "scale_level_in_use": (
        "mức '{label}' là kết quả của {count} dòng đăng ký ({years}): không xóa được; hãy "
        "cho mức này thôi dùng từ một năm"
    ),
}

FORM_EN: dict[str, str] = {
    "form_needs_year": "this is a report form file; say from which year it holds (--from YEAR)",
    "form_bad_code": (
        "an indicator code starts with a lower-case letter and holds only lower-case letters, "
        "digits and underscores (up to 40), e.g. members_total"
    ),
    "form_code_twice": "the indicator code is already on line {first}; one line each",
    "form_bad_kind": "the kind is 'stock' (at the year's end) or 'flow' (summed over the year)",
    "form_unknown_section": "there is no such section; the sections are: {sections}",
    "form_label_empty": "the indicator has no name (column label_vi)",
    "form_unknown_pair": "indicator '{code}' is not in the file; a total and its parts go together",
    "form_empty": "the form file holds no indicator",
    "form_kind_changed": (
        "indicator '{code}' may not change its kind (a stock or a flow) between years; "
        "make a new indicator with another code"
    ),
    "form_versions_overlap": "indicator '{code}' has two versions for {year}; one a year",
    "form_no_section": "indicator '{code}' in {year} belongs to a section the form lacks",
    "form_pair_apart": (
        "in {year}, indicator '{code}' goes with '{other}', which is not in that year's "
        "form; the two must be in the same years"
    ),
    "scale_empty": "the scale needs at least one level",
    "scale_code_bad": (
        "the level code '{code}' must start with a lower-case letter and hold only lower-case "
        "letters, digits and underscores"
    ),
    "scale_code_twice": "the level code '{code}' is there twice",
    "scale_label_empty": "the level '{code}' has no name",
    "scale_label_bad": "the level name '{label}': {reason}",
    "scale_label_twice": "the level name '{label}' is there twice (ignoring case and marks)",
    "scale_well_order": (
        'the levels counted as "completed well or better" must come first, together (the '
        "report reads them from the best down)"
    ),
    "scale_level_in_use": (
        "the level '{label}' is the result of {count} registrations ({years}): it cannot be "
        "removed; let it stop being used from a year instead"
    ),
}

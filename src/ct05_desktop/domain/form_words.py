"""The words of the refusals about the report form by year (domain.form_years): part of the
tables in domain/refusal_words.py (VI and EN), kept apart for their number."""

from __future__ import annotations

OUTSIDE_FORM = "không có trong biểu mẫu"  # a year's cell of an indicator its form lacks

FORM_VI = {
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
}

FORM_EN = {
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
}

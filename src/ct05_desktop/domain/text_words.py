"""The words of the refusals about a report's written parts (domain.report_texts): part
of the tables in domain/refusal_words.py (VI and EN), kept apart for their number."""

from __future__ import annotations

TEXT_VI = {
    "subject_field": "{field}: {why}",
    "subject_half": (
        "hãy ghi cả tên đầy đủ của văn bản và tên ngắn (ví dụ 'Kết luận số 01-KL/TW'), hoặc "
        "để trống cả hai để dùng mặc định"
    ),
    "term_years": (
        "chuyên đề toàn khóa {first} - {last} phải gồm năm {year}, năm đầu không sau năm cuối"
    ),
    "unknown_part": "không có phần báo cáo '{part}'; các phần là: {parts}",
    "text_too_long": (
        "nội dung dài {length} ký tự, quá {most} ký tự một ô Excel chứa được; hãy rút gọn "
        "hoặc chia sang phần khác"
    ),
    "final_parts_empty": (
        "bản chính thức còn trống phần {parts}: hãy viết ở thẻ “Nội dung báo cáo”, hoặc xác "
        "nhận lập báo cáo không có phần này (--allow-empty)"
    ),
    "issued_needs_number": "báo cáo đã gửi phải có số (--number) và ngày (--date)",
    "issued_needs_final": "chỉ bản chính thức (--final) mới lưu làm báo cáo đã gửi (--issued)",
    "unknown_issued": "không có báo cáo đã gửi mã {report}",
}

TEXT_EN = {
    "subject_field": "{field}: {why}",
    "subject_half": (
        "give both the document in full and its short name (e.g. 'Kết luận số 01-KL/TW'), or "
        "leave both blank for the default"
    ),
    "term_years": (
        "the whole term {first} - {last} must hold {year}, its first year not after its last"
    ),
    "unknown_part": "there is no report part '{part}'; the parts are: {parts}",
    "text_too_long": (
        "the text is {length} characters long, more than the {most} an Excel cell holds; "
        "shorten it or move some of it to another part"
    ),
    "final_parts_empty": (
        "the final report's part {parts} is empty: write it in the 'Report text' tab, or "
        "confirm the report without it (--allow-empty)"
    ),
    "issued_needs_number": "an issued report needs its number (--number) and date (--date)",
    "issued_needs_final": "only a final report (--final) is kept as issued (--issued)",
    "unknown_issued": "there is no issued report {report}",
}

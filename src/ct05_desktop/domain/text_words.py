"""The words of the refusals about a report's written parts (domain.report_texts): part
of the tables in domain/refusal_words.py (VI and EN), kept apart for their number."""

from __future__ import annotations

TEXT_VI = {
    "unknown_part": "không có phần báo cáo '{part}'; các phần là: {parts}",
    "text_too_long": (
        "nội dung dài {length} ký tự, quá {most} ký tự một ô Excel chứa được; hãy rút gọn "
        "hoặc chia sang phần khác"
    ),
    "final_parts_empty": (
        "bản chính thức còn trống phần {parts}: hãy viết ở thẻ “Nội dung báo cáo”, hoặc xác "
        "nhận lập báo cáo không có phần này (--allow-empty)"
    ),
}

TEXT_EN = {
    "unknown_part": "there is no report part '{part}'; the parts are: {parts}",
    "text_too_long": (
        "the text is {length} characters long, more than the {most} an Excel cell holds; "
        "shorten it or move some of it to another part"
    ),
    "final_parts_empty": (
        "the final report's part {parts} is empty: write it in the 'Report text' tab, or "
        "confirm the report without it (--allow-empty)"
    ),
}

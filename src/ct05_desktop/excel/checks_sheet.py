"""Sheet 'Kiểm tra số liệu': every warning of the period, with both numbers of each
disagreement, to be checked before sending."""

from __future__ import annotations

from openpyxl.styles import Alignment
from openpyxl.workbook.workbook import Workbook

from ct05_desktop.domain.report_model import Report
from ct05_desktop.excel.styles import (
    BORDER,
    CENTER,
    YEAR,
    fit_rows,
    font,
    merge_text,
    print_setup,
    put_number,
    put_text,
    titled_table,
)

TITLE = "Kiểm tra số liệu"
HEADER_ROW = 5


def write_checks(wb: Workbook, report: Report, number: int) -> int:
    """The office's own list, not an appendix sent upward: it takes no number."""
    ws = wb.create_sheet(TITLE)
    titles = ["STT", "Đơn vị", "Năm", "Chỉ tiêu", "Nội dung cần rà soát"]
    titled_table(
        ws,
        None,
        f"SỐ LIỆU CẦN RÀ SOÁT TRƯỚC KHI GỬI BÁO CÁO ({report.top_name}, {report.period_text()})",
        "(Dùng nội bộ tại cơ quan lập báo cáo, không gửi kèm báo cáo)",
        titles,
        HEADER_ROW,
    )
    wrap = Alignment(wrap_text=True, vertical="center")
    for n, w in enumerate(report.warnings, start=1):
        r = HEADER_ROW + n
        put_number(ws, r, 1, n, alignment=CENTER, border=BORDER)
        put_text(ws, r, 2, w.unit, alignment=wrap, border=BORDER)
        put_number(ws, r, 3, w.year, YEAR, alignment=CENTER, border=BORDER)
        put_text(ws, r, 4, w.indicator, alignment=wrap, border=BORDER)
        put_text(ws, r, 5, w.text, alignment=wrap, border=BORDER)
    if not report.warnings:
        merge_text(
            ws,
            HEADER_ROW + 1,
            1,
            len(titles),
            "Không có số liệu nào cần rà soát.",
            font=font(12, italic=True),
        )
    for letter, width in zip("ABCDE", (5, 26, 7, 34, 60), strict=True):
        ws.column_dimensions[letter].width = width
    fit_rows(ws, HEADER_ROW + 1, HEADER_ROW + len(report.warnings))
    print_setup(ws, title_rows=f"{HEADER_ROW}:{HEADER_ROW}", freeze=f"A{HEADER_ROW + 1}")
    return 0

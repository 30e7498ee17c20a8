"""The office's own check sheets, not sent upward (no appendix number):

- 'Kiểm tra số liệu': every warning of the period, with both numbers of each
  disagreement, its kind and the unit under the report's unit it belongs to, under an
  autofilter (pick a unit or a kind). At most CHECK_ROWS rows: beyond that the sheet
  says so and names the CSV beside the workbook that lists them all.
- 'Số mục cần rà soát': how many, by unit and kind.
"""

from __future__ import annotations

from collections import Counter

from openpyxl.styles import Alignment
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.report_model import (
    CHECK_COLUMNS as COLUMNS,
)
from ct05_desktop.domain.report_model import (
    CHECK_ROWS,
    WARNING_KINDS,
    Report,
)
from ct05_desktop.excel.styles import (
    BORDER,
    CENTER,
    TOTAL_FILL,
    YEAR,
    append_like,
    fit_rows,
    font,
    merge_text,
    print_setup,
    put_number,
    put_text,
    titled_table,
)

TITLE = "Kiểm tra số liệu"
COUNTS_TITLE = "Số mục cần rà soát"
HEADER_ROW = 5
TEXT_COLUMNS = {2, 4, 5, 6, 7}


def write_checks(wb: Workbook, report: Report, number: int) -> int:
    """The office's own list and its counts: not appendices, they take no number."""
    ws = wb.create_sheet(TITLE)
    titled_table(
        ws,
        None,
        f"SỐ LIỆU CẦN RÀ SOÁT TRƯỚC KHI GỬI BÁO CÁO ({report.top_name}, {report.period_text()})",
        "(Dùng nội bộ tại cơ quan lập báo cáo, không gửi kèm báo cáo)",
        list(COLUMNS),
        HEADER_ROW,
    )
    shown = report.warnings[:CHECK_ROWS]
    wrap = Alignment(wrap_text=True, vertical="center")
    first = HEADER_ROW + 1
    for n, w in enumerate(shown, start=1):
        r = HEADER_ROW + n
        if n > 1:  # styled as the first row, quickly: a province lists thousands
            values = [n, w.unit, w.year, w.indicator, w.text, w.kind, w.branch]
            append_like(ws, values, first, TEXT_COLUMNS)
            continue
        put_number(ws, r, 1, n, alignment=CENTER, border=BORDER)
        put_text(ws, r, 2, w.unit, alignment=wrap, border=BORDER)
        put_number(ws, r, 3, w.year, YEAR, alignment=CENTER, border=BORDER)
        put_text(ws, r, 4, w.indicator, alignment=wrap, border=BORDER)
        put_text(ws, r, 5, w.text, alignment=wrap, border=BORDER)
        put_text(ws, r, 6, w.kind, alignment=wrap, border=BORDER)
        put_text(ws, r, 7, w.branch, alignment=wrap, border=BORDER)
    if not report.warnings:
        merge_text(
            ws,
            HEADER_ROW + 1,
            1,
            len(COLUMNS),
            "Không có số liệu nào cần rà soát.",
            font=font(12, italic=True),
        )
    else:
        ws.auto_filter.ref = f"A{HEADER_ROW}:G{HEADER_ROW + len(shown)}"
    if len(report.warnings) > len(shown):
        merge_text(
            ws,
            4,
            1,
            len(COLUMNS),
            f"Có {vi_format.number(len(report.warnings))} mục; trang này liệt kê "
            f"{vi_format.number(len(shown))} mục đầu, đủ cả trong tệp {report.checks_file}.",
            font=font(12, bold=True),
        )
    for letter, width in zip("ABCDEFG", (6, 26, 7, 30, 56, 22, 24), strict=True):
        ws.column_dimensions[letter].width = width
    if len(shown) <= 2000:  # the heights of a long list are left to the spreadsheet
        fit_rows(ws, HEADER_ROW + 1, HEADER_ROW + len(shown))
    print_setup(ws, title_rows=f"{HEADER_ROW}:{HEADER_ROW}", freeze=f"A{HEADER_ROW + 1}")
    _write_counts(wb.create_sheet(COUNTS_TITLE), report)
    return 0


def _write_counts(ws: Worksheet, report: Report) -> None:
    """Rows: the units under the report's unit that have something to check (and the
    unit itself), in the tree's order; columns: the kinds; totals both ways."""
    kinds = [k for k in WARNING_KINDS.values() if any(w.kind == k for w in report.warnings)]
    counts = Counter((w.branch, w.kind) for w in report.warnings)
    order = [report.top_name] + [report.names.get(u.code, u.name) for u in report.units]
    branches = [
        b
        for b in dict.fromkeys(order + [w.branch for w in report.warnings])
        if any(counts[(b, k)] for k in kinds)
    ]
    headers = ["Đơn vị", *kinds, "Cộng"]
    titled_table(
        ws,
        None,
        f"SỐ MỤC CẦN RÀ SOÁT THEO ĐƠN VỊ VÀ LOẠI ({report.top_name}, {report.period_text()})",
        "(Dùng nội bộ; danh sách từng mục ở trang “Kiểm tra số liệu”)",
        headers,
        HEADER_ROW,
    )
    for n, name in enumerate(branches, start=HEADER_ROW + 1):
        put_text(ws, n, 1, name, border=BORDER)
        for col, kind in enumerate(kinds, start=2):
            put_number(ws, n, col, counts[(name, kind)] or None, border=BORDER)
        put_number(ws, n, len(headers), sum(counts[(name, k)] for k in kinds), border=BORDER)
    total = HEADER_ROW + len(branches) + 1
    put_text(ws, total, 1, "Cộng", font=font(12, bold=True), border=BORDER, fill=TOTAL_FILL)
    for col, kind in enumerate(kinds, start=2):
        value = sum(counts[(b, kind)] for b in branches)
        put_number(ws, total, col, value, font=font(12, bold=True), border=BORDER, fill=TOTAL_FILL)
    put_number(
        ws,
        total,
        len(headers),
        len(report.warnings),
        font=font(12, bold=True),
        border=BORDER,
        fill=TOTAL_FILL,
    )
    if not report.warnings:
        merge_text(ws, total + 1, 1, len(headers), "Không có số liệu nào cần rà soát.")
    ws.column_dimensions["A"].width = 34
    for col in range(2, len(headers) + 1):
        ws.column_dimensions[ws.cell(HEADER_ROW, col).column_letter].width = 16
    ws.row_dimensions[HEADER_ROW].height = 48
    print_setup(ws, title_rows=f"{HEADER_ROW}:{HEADER_ROW}", freeze=f"B{HEADER_ROW + 1}")

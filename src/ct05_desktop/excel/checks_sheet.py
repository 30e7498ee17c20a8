"""The office's own check sheets, not sent upward (no appendix number):

- 'Số mục cần rà soát': how many, by unit and kind;
- 'Kiểm tra số liệu': every warning of the period, with both numbers of each
  disagreement, its kind and the unit under the report's unit it belongs to, under an
  autofilter (pick a unit or a kind).

A draft's workbook ends with them (at most CHECK_ROWS listed; beyond, the check file
beside it lists all). A final report's workbook has none: its check file (…_KiemTra.xlsx)
holds them, every warning."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.report_model import CHECK_COLUMNS as COLUMNS
from ct05_desktop.domain.report_model import CHECK_ROWS, WARNING_KINDS, Report
from ct05_desktop.excel.book import (
    BORDER,
    CENTER,
    NUMBER,
    TOTAL_FILL,
    WRAP,
    YEAR,
    Book,
    font,
    print_setup,
)
from ct05_desktop.excel.captions import titled_table
from ct05_desktop.files.output_file import replaced_on_success

TITLE = "Kiểm tra số liệu"
COUNTS_TITLE = "Số mục cần rà soát"
HEADER_ROW = 5
WIDTHS = (6, 26, 7, 30, 56, 22, 24)


def write_checks(book: Book, report: Report, every: bool = False) -> None:
    """The counts, then the list (the last sheet): at most CHECK_ROWS rows, or every one."""
    _write_counts(book, report)
    _write_list(book, report, None if every else CHECK_ROWS)


def write_check_file(report: Report, path: Path | str) -> Path:
    """The office's check list as a workbook of its own, every warning in it."""
    path = Path(path)
    with replaced_on_success(path) as temporary:
        book = Book(temporary)
        write_checks(book, report, every=True)
        book.close()
    return path


def _write_list(book: Book, report: Report, limit: int | None) -> None:
    sheet = book.sheet(TITLE)
    for col, width in enumerate(WIDTHS, start=1):
        sheet.width(col, width)
    titled_table(
        sheet,
        None,
        f"SỐ LIỆU CẦN RÀ SOÁT TRƯỚC KHI GỬI BÁO CÁO ({report.top_name}, {report.period_text()})",
        "(Dùng nội bộ tại cơ quan lập báo cáo, không gửi kèm báo cáo)",
        list(COLUMNS),
        HEADER_ROW,
    )
    shown = report.warnings if limit is None else report.warnings[:limit]
    body = font(12)
    for n, w in enumerate(shown, start=1):
        r = HEADER_ROW + n
        sheet.number(r, 1, n, NUMBER, body, CENTER, BORDER)
        sheet.text(r, 2, w.unit, body, WRAP, BORDER)
        sheet.number(r, 3, w.year, YEAR, body, CENTER, BORDER)
        sheet.text(r, 4, w.indicator, body, WRAP, BORDER)
        sheet.text(r, 5, w.text, body, WRAP, BORDER)
        sheet.text(r, 6, w.kind, body, WRAP, BORDER)
        sheet.text(r, 7, w.branch, body, WRAP, BORDER)
    if not report.warnings:
        sheet.merge(
            HEADER_ROW + 1,
            1,
            len(COLUMNS),
            "Không có số liệu nào cần rà soát.",
            font(12, italic=True),
        )
    else:
        sheet.ws.autofilter(HEADER_ROW - 1, 0, HEADER_ROW - 1 + len(shown), len(COLUMNS) - 1)
    if len(report.warnings) > len(shown):
        sheet.merge(
            4,
            1,
            len(COLUMNS),
            f"Có {vi_format.number(len(report.warnings))} mục; trang này liệt kê "
            f"{vi_format.number(len(shown))} mục đầu, đủ cả trong tệp {report.checks_file}.",
            font(12, bold=True),
        )
    if len(shown) <= 2000:  # the heights of a long list are left to the spreadsheet
        sheet.fit_rows(HEADER_ROW + 1, HEADER_ROW + len(shown))
    print_setup(sheet, title_rows=(HEADER_ROW, HEADER_ROW), freeze=(HEADER_ROW + 1, 1))


def _write_counts(book: Book, report: Report) -> None:
    """Rows: the units under the report's unit that have something to check (and the
    unit itself), in the tree's order; columns: the kinds; totals both ways."""
    sheet = book.sheet(COUNTS_TITLE)
    kinds = [k for k in WARNING_KINDS.values() if any(w.kind == k for w in report.warnings)]
    counts = Counter((w.branch, w.kind) for w in report.warnings)
    order = [report.top_name] + [report.names.get(u.code, u.name) for u in report.units]
    branches = [
        b
        for b in dict.fromkeys(order + [w.branch for w in report.warnings])
        if any(counts[(b, k)] for k in kinds)
    ]
    headers = ["Đơn vị", *kinds, "Cộng"]
    sheet.width(1, 34)
    for col in range(2, len(headers) + 1):
        sheet.width(col, 16)
    titled_table(
        sheet,
        None,
        f"SỐ MỤC CẦN RÀ SOÁT THEO ĐƠN VỊ VÀ LOẠI ({report.top_name}, {report.period_text()})",
        "(Dùng nội bộ; danh sách từng mục ở trang “Kiểm tra số liệu”)",
        headers,
        HEADER_ROW,
    )
    body = font(12)
    for n, name in enumerate(branches, start=HEADER_ROW + 1):
        sheet.text(n, 1, name, body, WRAP, BORDER)
        for col, kind in enumerate(kinds, start=2):
            sheet.number(n, col, counts[(name, kind)] or None, NUMBER, body, BORDER)
        sheet.number(n, len(headers), sum(counts[(name, k)] for k in kinds), NUMBER, body, BORDER)
    total = HEADER_ROW + len(branches) + 1
    bold = (font(12, bold=True), BORDER, TOTAL_FILL)
    sheet.text(total, 1, "Cộng", *bold)
    for col, kind in enumerate(kinds, start=2):
        sheet.number(total, col, sum(counts[(b, kind)] for b in branches), NUMBER, *bold)
    sheet.number(total, len(headers), len(report.warnings), NUMBER, *bold)
    if not report.warnings:
        sheet.merge(total + 1, 1, len(headers), "Không có số liệu nào cần rà soát.", body)
    print_setup(sheet, title_rows=(HEADER_ROW, HEADER_ROW), freeze=(HEADER_ROW + 1, 2))

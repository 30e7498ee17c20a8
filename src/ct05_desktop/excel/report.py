"""The Excel appendix (Phụ lục) of domain.md §7: the text again, the table, the registers,
the years; a draft's workbook ends with the office's check sheets, a final one holds the
numbered Phụ lục only (its checks go to a file of their own, excel.checks_sheet). Written
to a temporary file, then renamed over the target."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ct05_desktop.domain.progress import SAVING, Progress
from ct05_desktop.domain.report_model import Report
from ct05_desktop.excel.book import Book
from ct05_desktop.excel.checks_sheet import write_checks
from ct05_desktop.excel.register_sheets import write_registers
from ct05_desktop.excel.summary_sheet import write_summary
from ct05_desktop.excel.table_sheet import write_table
from ct05_desktop.excel.years_sheet import write_years
from ct05_desktop.files.output_file import replaced_on_success

# Each step writes its sheets, numbering its appendices from the number it is given, and
# says how many numbers it used.
Step = Callable[[Book, Report, int], int]


def _summary(book: Book, report: Report, number: int) -> int:
    write_summary(book, report)
    return 0


def _checks(book: Book, report: Report, number: int) -> int:
    write_checks(book, report)
    return 0


def write_report(report: Report, path: Path | str, progress: Progress | None = None) -> Path:
    """Write the workbook; progress(percent, step) is told as each sheet is done."""
    steps: list[tuple[str, Step]] = [
        ("Tóm tắt", _summary),
        ("Tổng hợp", write_table),
        ("Sổ ghi chép", write_registers),
        ("Qua các năm", write_years),
    ]
    if not report.final:
        steps.append(("Kiểm tra số liệu", _checks))
    path = Path(path)
    with replaced_on_success(path) as temporary:
        book = Book(temporary)
        number = 1
        for n, (name, step) in enumerate(steps):
            if progress:
                progress(int(100 * n / (len(steps) + 1)), name)
            number += step(book, report, number)
        if progress:
            progress(int(100 * len(steps) / (len(steps) + 1)), SAVING)
        book.close()
    return path

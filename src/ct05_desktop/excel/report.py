"""The Excel appendix (Phụ lục) of DOMAIN §7: the text again, the table, the registers,
the years, the checks. Written to a temporary file, then renamed over the target."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from ct05_desktop.domain.progress import Progress
from ct05_desktop.domain.report_model import Report
from ct05_desktop.excel.checks_sheet import write_checks
from ct05_desktop.excel.register_sheets import write_registers
from ct05_desktop.excel.styles import new_workbook
from ct05_desktop.excel.summary_sheet import write_summary
from ct05_desktop.excel.table_sheet import write_table
from ct05_desktop.excel.years_sheet import write_years
from ct05_desktop.output_file import replaced_on_success

# Each step writes its sheets, numbering its appendices from the number it is given, and
# says how many numbers it used.
Step = Callable[[Workbook, Report, int], int]


def _summary(wb: Workbook, report: Report, number: int) -> int:
    write_summary(wb, report)
    return 0


def write_report(report: Report, path: Path | str, progress: Progress | None = None) -> Path:
    """Write the workbook; progress(percent, step) is told as each sheet is done."""
    steps: list[tuple[str, Step]] = [
        ("Tóm tắt", _summary),
        ("Tổng hợp", write_table),
        ("Sổ ghi chép", write_registers),
        ("Qua các năm", write_years),
        ("Kiểm tra số liệu", write_checks),
    ]
    wb = new_workbook()
    number = 1
    for n, (name, step) in enumerate(steps):
        if progress:
            progress(int(100 * n / (len(steps) + 1)), name)
        number += step(wb, report, number)
    if progress:
        progress(int(100 * len(steps) / (len(steps) + 1)), "Đang lưu tệp")
    path = Path(path)
    with replaced_on_success(path) as temporary:
        wb.save(temporary)
    return path

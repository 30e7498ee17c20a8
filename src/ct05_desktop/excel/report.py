"""The report workbook of DOMAIN §7: summary, table, registers, years, checks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from ct05_desktop.excel.checks_sheet import write_checks
from ct05_desktop.excel.register_sheets import write_registers
from ct05_desktop.excel.report_input import ReportInput
from ct05_desktop.excel.summary_sheet import write_summary
from ct05_desktop.excel.table_sheet import write_table
from ct05_desktop.excel.years_sheet import write_years

Progress = Callable[[int, str], None]


def write_report(data: ReportInput, path: Path | str, progress: Progress | None = None) -> Path:
    """Write the workbook; progress(percent, step) is told as each sheet is done."""
    steps: list[tuple[str, Callable[[Workbook, ReportInput], None]]] = [
        ("Tóm tắt", write_summary),
        ("Tổng hợp", write_table),
        ("Sổ ghi chép", write_registers),
        ("Qua các năm", write_years),
        ("Kiểm tra số liệu", write_checks),
    ]
    wb = Workbook()
    for n, (name, step) in enumerate(steps):
        if progress:
            progress(int(100 * n / (len(steps) + 1)), name)
        step(wb, data)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    if progress:
        progress(100, "")
    return path

"""The heading of an appendix sheet: 'Phụ lục N' (none for the office's own sheets), its
title, the report it goes with, centred over the table; then the table's header row."""

from __future__ import annotations

from ct05_desktop.excel.book import (
    BORDER,
    CENTER,
    HEADER_FILL,
    TIMES_LEADING,
    Sheet,
    font,
    lines_needed,
)


def caption(
    sheet: Sheet, first: int, last: int, number: int | None, title: str, reference: str
) -> None:
    """Over columns first..last, each row as high as its text needs at the columns' width."""
    span = sum(sheet.widths.get(c, 10) for c in range(first, last + 1))
    if number is not None:
        sheet.merge(1, first, last, f"Phụ lục {number}", font(13, bold=True), CENTER)
        sheet.height(1, 18)
    sheet.merge(2, first, last, title, font(13, bold=True), CENTER)
    sheet.merge(3, first, last, reference, font(12, italic=True), CENTER)
    for row, text, size in ((2, title, 13), (3, reference, 12)):
        lines = lines_needed(text, span, size, bold=row == 2)
        sheet.height(row, lines * size * TIMES_LEADING + 3)


def titled_table(
    sheet: Sheet,
    number: int | None,
    title: str,
    reference: str,
    headers: list[str],
    header_row: int = 5,
) -> None:
    """An appendix's heading over the table's width (its columns' widths set first), and
    its row of column headers, as high as the longest needs."""
    caption(sheet, 1, len(headers), number, title, reference)
    lines = 1
    for col, header in enumerate(headers, start=1):
        sheet.text(header_row, col, header, font(11, bold=True), CENTER, BORDER, HEADER_FILL)
        width = sheet.widths.get(col, 10)
        lines = max(lines, lines_needed(header, width, 11, bold=True))
    sheet.height(header_row, lines * 11 * TIMES_LEADING + 4)

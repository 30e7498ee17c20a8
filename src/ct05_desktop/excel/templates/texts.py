"""The template's sheet "Nội dung báo cáo": the written parts of the unit's report, one row a
part in the report's order, its text in one cell (a part is never longer than a cell holds,
32,767 characters). Pre-filled with what the office holds; the part's key sits in a hidden
column and the sheet is protected but for the text cells, so the reader knows each row's
part whatever the title says.

Reading it back takes the text cells as written, refusing a cell that is not plain text
where it is; an absent sheet (a template made before it existed) sends no text."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment, PatternFill, Protection
from openpyxl.workbook.workbook import Workbook

from ct05_desktop.domain.file_problems import FileProblem
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.excel.styles import BORDER, CENTER, HEADER_FILL, font, put_text
from ct05_desktop.excel.templates.cells import limit, present, problem, rows, shown

TEXTS = "Nội dung báo cáo"
HEAD, FIRST = 3, 4  # the column titles' row, the first part's row
MAX_PARTS = 60  # rows read: the report has some twenty parts
TEXT_WIDTH = 100  # characters across the text column
INPUT = PatternFill("solid", fgColor="FFF9E5")
TOP_WRAP = Alignment(wrap_text=True, vertical="top")

# (cell reference, part key, the cell's value)
TextCell = tuple[str, str, object]


def write_text_sheet(
    wb: Workbook,
    unit_name: str,
    year: int,
    parts: Sequence[tuple[str, str]],
    texts: Mapping[str, str],
) -> None:
    """parts: (key, title) in the report's order; texts: the unit's stored texts."""
    ws = wb.create_sheet(TEXTS)
    put_text(ws, 1, 2, f"NỘI DUNG BÁO CÁO CỦA {unit_name.upper()} NĂM {year}", font=font(bold=True))
    put_text(
        ws,
        2,
        2,
        "Viết vào ô màu vàng của cột “Nội dung” từng phần của báo cáo, mỗi đoạn một dòng "
        "(Alt+Enter để xuống dòng trong ô; dán từ Word được). Phần không có gì để nói thì "
        "để trống. Ô để trống không xóa nội dung đã có.",
        font=font(italic=True),
    )
    ws.merge_cells(start_row=2, start_column=2, end_row=2, end_column=3)
    ws.row_dimensions[2].height = 32
    ws.cell(2, 2).alignment = TOP_WRAP
    for col, title in ((1, "Mã phần"), (2, "Phần của báo cáo"), (3, "Nội dung")):
        cell = put_text(ws, HEAD, col, title, font=font(bold=True))
        cell.fill, cell.border, cell.alignment = HEADER_FILL, BORDER, CENTER
    for row, (key, title) in enumerate(parts, start=FIRST):
        put_text(ws, row, 1, key)
        label = put_text(ws, row, 2, title, font=font(bold="." not in key))
        label.alignment, label.border = TOP_WRAP, BORDER
        text = texts.get(key, "")
        cell = put_text(ws, row, 3, text) if text else ws.cell(row, 3)
        cell.alignment, cell.border, cell.fill = TOP_WRAP, BORDER, INPUT
        cell.protection = Protection(locked=False)
        ws.row_dimensions[row].height = _height(text)
    ws.column_dimensions["A"].hidden = True
    ws.column_dimensions["B"].width = 38
    ws.column_dimensions["C"].width = TEXT_WIDTH
    ws.freeze_panes = f"C{FIRST}"
    ws.protection.sheet = True


def _height(text: str) -> float:
    """Room for the text as Excel wraps it (Excel does not fit a row on opening): three
    lines at least, to invite typing; at most Excel's tallest row."""
    lines = sum(max(1, math.ceil(len(line) / TEXT_WIDTH)) for line in text.split("\n"))
    return min(409.0, 15.0 * max(3, lines))


def read_text_sheet(
    path: Path,
    sheetnames: Sequence[str],
    pair: Callable[[str], tuple[Any, Any]],
    found: list[TextCell],
    problems: list[FileProblem],
) -> None:
    """The text cells with something in them, under their part's key (checked by the
    workflow); a cell that cannot be taken as text is refused where it is."""
    if TEXTS not in sheetnames:
        return
    last = FIRST + MAX_PARTS - 1

    def far(row: int) -> Refusal:
        return Refusal("sheet_too_long", limit=limit(MAX_PARTS), row=limit(row))

    for number, cells, raw in rows(path, TEXTS, pair(TEXTS), FIRST, 3, last, far):
        key_cell, text_cell = cells[0], cells[2]
        if not present(text_cell.value) and raw[2].value is None:
            continue
        for col, cell in ((1, key_cell), (3, text_cell)):
            why = problem(cell, raw[col - 1].value)
            if why:
                value = shown(cell.value, raw[col - 1].value)
                ref = f"{'AC'[col // 3]}{number}"
                problems.append(FileProblem(path.name, None, None, value, why, TEXTS, ref))
                break
        else:
            if present(text_cell.value):
                key = str(key_cell.value or "").strip()
                found.append((f"C{number}", key, text_cell.value))

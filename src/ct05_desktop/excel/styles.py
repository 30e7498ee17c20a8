"""Shared look of every workbook: Times New Roman, thin borders, A4 pages.

Every text that came from a user or a file goes through ``put_text``, which keeps
it text even when it starts with '=' (openpyxl would otherwise write a formula).
"""

from __future__ import annotations

import datetime as dt
import math
from copy import copy
from functools import cache

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

FONT = "Times New Roman"
NUMBER = "#,##0"
YEAR = "0"
DATE = "dd/mm/yyyy"
PERCENT = "0.0%"

_THIN = Side(style="thin", color="000000")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
HIGHLIGHT = PatternFill("solid", fgColor="FFFF00")  # Word's yellow highlight
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def new_workbook() -> Workbook:
    """A workbook whose default font is Times New Roman: column widths are measured in its
    characters, so Excel and LibreOffice print a sheet the same width."""
    wb = Workbook()
    base = Font(name=FONT, size=11, family=1)
    wb._fonts = IndexedList([base])  # the stylesheet's first font is the default
    wb._named_styles["Normal"].font = base
    return wb


@cache
def font(
    size: float = 12, bold: bool = False, italic: bool = False, underline: str | None = None
) -> Font:
    return Font(name=FONT, size=size, bold=bold, italic=italic, underline=underline)


def put_text(ws: Worksheet, row: int, column: int, text: object, **style: object) -> Cell:
    """Write text as text, whatever it starts with ('=', '+', '-', '@')."""
    cell = ws.cell(row=row, column=column)
    cell.value = "" if text is None else str(text)
    cell.data_type = "s"
    _style(cell, style)
    return cell


def put_number(
    ws: Worksheet,
    row: int,
    column: int,
    value: int | dt.date | None,
    number_format: str = NUMBER,
    **style: object,
) -> Cell:
    cell = ws.cell(row=row, column=column)
    cell.value = value
    _style(cell, style, number_format)
    return cell


def put_formula(
    ws: Worksheet, row: int, column: int, formula: str, number_format: str = NUMBER, **style: object
) -> Cell:
    """A formula the program wrote itself (never one built from user text)."""
    cell = ws.cell(row=row, column=column)
    cell.value = formula
    _style(cell, style, number_format)
    return cell


def _style(cell: Cell, style: dict[str, object], number_format: str | None = None) -> None:
    """Give the cell its font, alignment, border, fill and number format. openpyxl looks
    each style object up in the workbook by its hash, which is slow for tens of thousands
    of cells: a combination (with what the cell had before) is set once per workbook,
    then its style array is copied (keyed by the objects' identities, which the cache
    keeps alive)."""
    given = style.get("font") or font(float(style.get("size", 12)))  # type: ignore[arg-type]
    alignment, border, fill = style.get("alignment"), style.get("border"), style.get("fill")
    wb = cell.parent.parent
    cache: dict[tuple[object, ...], tuple[StyleArray, tuple[object, ...]]] | None = getattr(
        wb, "_ct05_styles", None
    )
    if cache is None:
        cache = {}
        wb._ct05_styles = cache  # kept with the workbook: its indexes are that workbook's
    had = b"" if cell._style is None else cell._style.tobytes()  # what the cell had before
    key = (id(given), id(alignment), id(border), id(fill), number_format, had)
    found = cache.get(key)
    if found is not None:
        cell._style = copy(found[0])
        return
    cell.font = given
    for name, value in (("alignment", alignment), ("border", border), ("fill", fill)):
        if value is not None:
            setattr(cell, name, value)
    if number_format is not None:
        cell.number_format = number_format
    # the objects kept alive with it: their ids stay theirs
    cache[key] = (copy(cell._style), (given, alignment, border, fill))


def append_like(ws: Worksheet, values: list[object], like: int, text: set[int]) -> None:
    """Append a row styled as row like, quickly (a long list): its cells' style arrays
    copied; the columns in text (1-based) kept as text whatever they start with."""
    ws.append(values)
    row = ws._current_row
    for column in range(1, len(values) + 1):
        cell = ws.cell(row=row, column=column)
        cell._style = copy(ws.cell(row=like, column=column)._style)
        if column in text and cell.value is not None:
            cell.value = str(cell.value)
            cell.data_type = "s"


def merge_text(ws: Worksheet, row: int, first: int, last: int, text: str, **style: object) -> Cell:
    cell = put_text(ws, row, first, text, **style)
    if last > first:
        ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
    return cell


def caption(
    ws: Worksheet, first: int, last: int, number: int | None, title: str, reference: str
) -> None:
    """An appendix's heading over columns first..last: 'Phụ lục 1' (none for a sheet that is
    not an appendix), its title in bold, and '(Kèm theo Báo cáo số … của …)' in italics."""
    if number is not None:
        merge_text(
            ws, 1, first, last, f"Phụ lục {number}", font=font(13, bold=True), alignment=CENTER
        )
    merge_text(ws, 2, first, last, title, font=font(13, bold=True), alignment=CENTER)
    merge_text(ws, 3, first, last, reference, font=font(12, italic=True), alignment=CENTER)
    ws.row_dimensions[2].height = 36  # a long title on two lines
    ws.row_dimensions[3].height = 32


def titled_table(
    ws: Worksheet,
    number: int | None,
    title: str,
    reference: str,
    headers: list[str],
    header_row: int = 5,
) -> None:
    """An appendix's heading over the table's width, and its row of column headers."""
    caption(ws, 1, len(headers), number, title, reference)
    for col, header in enumerate(headers, start=1):
        put_text(
            ws,
            header_row,
            col,
            header,
            font=font(11, bold=True),
            alignment=CENTER,
            border=BORDER,
            fill=HEADER_FILL,
        )


TIMES_LEADING = 1.22  # line height of Times New Roman over its size


def fit_row_height(
    ws: Worksheet,
    row: int,
    text: str,
    width_chars: float,
    size: float = 12,
    leading: float = 1.35,
) -> None:
    """Give a wrapped row room for its text (Excel does not grow merged rows by itself);
    leading: line height over font size."""
    lines = sum(
        max(1, math.ceil(len(part) * 1.05 / max(width_chars, 1))) for part in text.split("\n")
    )
    ws.row_dimensions[row].height = max(1, lines) * size * leading


def fit_rows(ws: Worksheet, first: int, last: int, size: float = 12) -> None:
    """Height for rows whose wrapped cells need more than one line (from column widths)."""
    if last < first:
        return
    widths = {letter: dim.width or 10 for letter, dim in ws.column_dimensions.items()}
    merged = {(r.min_row, r.min_col) for r in ws.merged_cells.ranges}  # wider than a column
    for cells in ws.iter_rows(min_row=first, max_row=last):
        lines = 1
        for cell in cells:
            if (cell.row, cell.column) in merged:
                continue
            if isinstance(cell.value, str) and cell.value and cell.data_type != "f":
                width = widths.get(cell.column_letter, 10)
                lines = max(lines, math.ceil(len(cell.value) * 1.1 / max(width, 1)))
        if lines > 1:
            ws.row_dimensions[cells[0].row].height = lines * size * 1.3


def print_setup(
    ws: Worksheet,
    title_rows: str | None = None,
    freeze: str | None = None,
    pages_wide: int | None = 1,
    title_cols: str | None = None,
    number_first_page: bool = True,
    portrait: bool = False,
) -> None:
    """A4, fit to width (of pages_wide pages, split at the sheet's column breaks; None: at
    100% and split only there), header rows (and columns) repeated, page numbers at the top.
    Portrait pages take the margins of a Party document (36-HD/VPTW: 20 mm top and bottom,
    30 mm left, 15 mm right); tables print landscape."""
    ws.page_setup.orientation = "portrait" if portrait else "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    if pages_wide is not None:
        ws.page_setup.fitToWidth = pages_wide
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    if portrait:
        ws.page_margins.left, ws.page_margins.right = 30 / 25.4, 15 / 25.4
        ws.page_margins.top = ws.page_margins.bottom = 20 / 25.4
    else:
        ws.page_margins.left = ws.page_margins.right = 0.5
        ws.page_margins.top = ws.page_margins.bottom = 0.55
        ws.print_options.horizontalCentered = True
    ws.page_margins.header = 0.3
    if title_rows:
        ws.print_title_rows = title_rows
    if title_cols:
        ws.print_title_cols = title_cols
    if freeze:
        ws.freeze_panes = freeze
    # page numbers top centre, as Party documents number their pages
    ws.oddHeader.center.text = "&P"
    ws.oddHeader.center.font = FONT
    if not number_first_page:
        ws.HeaderFooter.differentFirst = True

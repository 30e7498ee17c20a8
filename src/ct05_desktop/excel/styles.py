"""The look of the templates sent to units (openpyxl, which reads them back): Times New
Roman, thin borders, A4 pages. The report's workbooks are written by excel.book.

Every text that came from a user or a file goes through ``put_text``, which keeps
it text even when it starts with '=' (openpyxl would otherwise write a formula).
"""

from __future__ import annotations

import datetime as dt
from copy import copy
from functools import cache

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

FONT = "Times New Roman"
NUMBER = "#,##0"
YEAR = "0"
DATE = "dd/mm/yyyy"

_THIN = Side(style="thin", color="000000")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


UNLOCKED = Protection(locked=False)  # a cell open to typing


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


def _style(cell: Cell, style: dict[str, object], number_format: str | None = None) -> None:
    """Give the cell its font, alignment, border, fill, protection and number format. openpyxl looks
    each style object up in the workbook by its hash, which is slow for tens of thousands
    of cells: a combination (with what the cell had before) is set once per workbook,
    then its style array is copied (keyed by the objects' identities, which the cache
    keeps alive)."""
    given = style.get("font") or font(float(style.get("size", 12)))  # type: ignore[arg-type]
    alignment, border, fill = style.get("alignment"), style.get("border"), style.get("fill")
    protection = style.get("protection")
    wb = cell.parent.parent
    cache: dict[tuple[object, ...], tuple[StyleArray, tuple[object, ...]]] | None = getattr(
        wb, "_ct05_styles", None
    )
    if cache is None:
        cache = {}
        wb._ct05_styles = cache  # kept with the workbook: its indexes are that workbook's
    had = b"" if cell._style is None else cell._style.tobytes()  # what the cell had before
    key = (id(given), id(alignment), id(border), id(fill), id(protection), number_format, had)
    found = cache.get(key)
    if found is not None:
        cell._style = copy(found[0])
        return
    cell.font = given
    for name, value in (
        ("alignment", alignment),
        ("border", border),
        ("fill", fill),
        ("protection", protection),
    ):
        if value is not None:
            setattr(cell, name, value)
    if number_format is not None:
        cell.number_format = number_format
    # the objects kept alive with it: their ids stay theirs
    cache[key] = (copy(cell._style), (given, alignment, border, fill, protection))


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

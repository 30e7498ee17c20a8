"""The report's workbooks (the appendix, the office's check list) through XlsxWriter:
every formula is written with its computed value, so that a viewer or a program that does
not recalculate (a phone preview, a script) shows what Excel shows (domain.md §7). openpyxl
stays for the templates, which are read back.

Rows and columns are counted from 1, as in a spreadsheet. A style is a set of format
properties (dicts merged left to right), each combination made into a format once. Text
is always written as text: a name that starts with '=' stays a name."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Set
from functools import cache
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

FONT = "Times New Roman"
NUMBER = "#,##0"
YEAR = "0"
DATE = "dd/mm/yyyy"
PERCENT = "0.0%"

Style = Mapping[str, Any]
BORDER: Style = {"border": 1}
CENTER: Style = {"align": "center", "valign": "vcenter", "text_wrap": True}
WRAP: Style = {"text_wrap": True, "valign": "vcenter"}
MIDDLE: Style = {"valign": "vcenter"}
TOP: Style = {"text_wrap": True, "valign": "top"}
HEADER_FILL: Style = {"bg_color": "#DCE6F1", "pattern": 1}
TOTAL_FILL: Style = {"bg_color": "#F2F2F2", "pattern": 1}
HIGHLIGHT: Style = {"bg_color": "#FFFF00", "pattern": 1}  # Word's yellow highlight
TIMES_LEADING = 1.22  # line height of Times New Roman over its size
A4 = 9  # the paper size's code


@cache  # one object per font: Book.format finds a combination by the styles' identities
def font(
    size: float = 12, bold: bool = False, italic: bool = False, underline: bool = False
) -> Style:
    return {"font_size": size, "bold": bold, "italic": italic, "underline": 1 if underline else 0}


_NARROW = frozenset(" ()[]/.,;:-=%'\"0123456789iljtfr")


def _units(text: str) -> float:
    """A text's width in average characters: spaces, digits and punctuation narrow,
    capitals wide."""
    return sum(0.6 if c in _NARROW else 1.3 if c.isupper() else 1.0 for c in text)


def lines_needed(text: str, width: float, size: float = 11, bold: bool = False) -> int:
    """How many lines a wrapped text takes in a cell width characters wide (Times New
    Roman, or Liberation Serif which has its widths; measured on LibreOffice's pages:
    about 1.03 average characters of 11 pt text per unit of width, 0.9 in bold)."""
    per_unit = 11 / size * (0.9 if bold else 1.03)
    room = max(width * per_unit, 1)
    return sum(max(1, math.ceil(_units(part) / room)) for part in text.split("\n"))


@cache
def _number_format(code: str) -> Style:
    return {"num_format": code}


class FirstPageBare(Worksheet):
    """A sheet whose first printed page has no page number (a Party document numbers
    its pages from the second): XlsxWriter has no option for a first page's header."""

    def _write_header_footer(self) -> None:
        if not self.header_footer_changed:
            super()._write_header_footer()
            return
        self._xml_start_tag("headerFooter", [("differentFirst", 1)])
        if self.header:
            self._write_odd_header()
        self._xml_data_element("firstHeader", "")
        self._xml_end_tag("headerFooter")


class Book:
    """One workbook being written; nothing is on disk until close()."""

    def __init__(self, path: Path | str) -> None:
        self.workbook = xlsxwriter.Workbook(
            str(path),
            {
                "in_memory": True,
                "strings_to_formulas": False,  # a user's '=…' is text
                "strings_to_numbers": False,
                "strings_to_urls": False,
                "default_format_properties": {"font_name": FONT, "font_size": 11},
            },
        )
        self._formats: dict[tuple[tuple[str, Any], ...], Format] = {}
        self._by_ids: dict[tuple[int, ...], tuple[Format, tuple[Style, ...]]] = {}

    def format(self, *styles: Style) -> Format:
        """The format of these styles merged, made once: found again by the styles'
        identities (they are constants or cached), else by their merged properties."""
        fast = tuple(map(id, styles))
        known = self._by_ids.get(fast)
        if known is not None:
            return known[0]
        made = self._format(styles)
        self._by_ids[fast] = (made, styles)  # the styles kept alive: their ids stay theirs
        return made

    def _format(self, styles: tuple[Style, ...]) -> Format:
        merged: dict[str, Any] = {"font_name": FONT}
        for style in styles:
            merged.update(style)
        key = tuple(sorted(merged.items()))
        found = self._formats.get(key)
        if found is None:
            found = self._formats[key] = self.workbook.add_format(merged)
        return found

    def sheet(self, name: str, first_page_numbered: bool = True) -> Sheet:
        kind = None if first_page_numbered else FirstPageBare
        return Sheet(self, self.workbook.add_worksheet(name, worksheet_class=kind))

    def close(self) -> None:
        self.workbook.close()


class Sheet:
    """A worksheet written by row and column from 1, remembering the widths it was given
    and the texts of its cells, to give wrapped rows their height."""

    def __init__(self, book: Book, ws: Worksheet) -> None:
        self.book = book
        self.ws = ws
        self.widths: dict[int, float] = {}
        self.heights: dict[int, float] = {}
        self._texts: dict[int, list[tuple[int, int]]] = {}  # row → (column, length)
        self.last_row = 0

    @property
    def name(self) -> str:
        return str(self.ws.name)

    def _seen(self, row: int) -> None:
        self.last_row = max(self.last_row, row)

    def text(self, row: int, column: int, text: object, *styles: Style) -> None:
        """Text as text, whatever it starts with ('=', '+', '-', '@')."""
        shown = "" if text is None else str(text)
        fmt = self.book.format(*styles)
        if shown:
            self.ws.write_string(row - 1, column - 1, shown, fmt)
            self._texts.setdefault(row, []).append((column, len(shown)))
        else:
            self.ws.write_blank(row - 1, column - 1, None, fmt)
        self._seen(row)

    def number(
        self,
        row: int,
        column: int,
        value: int | float | dt.date | None,
        number_format: str = NUMBER,
        *styles: Style,
    ) -> None:
        fmt = self.book.format(_number_format(number_format), *styles)
        if value is None:
            self.ws.write_blank(row - 1, column - 1, None, fmt)
        elif isinstance(value, dt.date):
            self.ws.write_datetime(row - 1, column - 1, value, fmt)
        else:
            self.ws.write_number(row - 1, column - 1, value, fmt)
        self._seen(row)

    def formula(
        self,
        row: int,
        column: int,
        formula: str,
        value: int | float | str | None,
        number_format: str = NUMBER,
        *styles: Style,
    ) -> None:
        """A formula the program wrote itself (never one built from user text), with the
        value it computes: '' for a blank result."""
        fmt = self.book.format(_number_format(number_format), *styles)
        self.ws.write_formula(row - 1, column - 1, formula, fmt, "" if value is None else value)
        self._seen(row)

    def merge(self, row: int, first: int, last: int, text: str, *styles: Style) -> None:
        """Text over columns first..last of one row (one cell when first == last)."""
        if last <= first:
            self.text(row, first, text, *styles)
            return
        fmt = self.book.format(*styles)
        self.ws.merge_range(row - 1, first - 1, row - 1, last - 1, "", fmt)
        self.ws.write_string(row - 1, first - 1, text, fmt)
        self._seen(row)

    def merge_block(
        self, first_row: int, first: int, last_row: int, last: int, text: str, *styles: Style
    ) -> None:
        if first_row == last_row:
            self.merge(first_row, first, last, text, *styles)
            return
        fmt = self.book.format(*styles)
        self.ws.merge_range(first_row - 1, first - 1, last_row - 1, last - 1, "", fmt)
        self.ws.write_string(first_row - 1, first - 1, text, fmt)
        self._seen(last_row)

    def comment(
        self, row: int, column: int, text: str, width: int = 260, height: int = 110
    ) -> None:
        self.ws.write_comment(
            row - 1,
            column - 1,
            text,
            {"author": "CT05", "x_scale": width / 128, "y_scale": height / 74, "font_name": FONT},
        )

    def width(self, column: int, width: float) -> None:
        self.widths[column] = width
        self.ws.set_column(column - 1, column - 1, width)

    def height(self, row: int, height: float) -> None:
        self.heights[row] = height
        self.ws.set_row(row - 1, height)

    def fit_height(
        self, row: int, text: str, width_chars: float, size: float = 12, leading: float = 1.35
    ) -> None:
        """Room for a wrapped text (Excel does not grow merged rows by itself)."""
        lines = sum(
            max(1, math.ceil(len(part) * 1.05 / max(width_chars, 1))) for part in text.split("\n")
        )
        self.height(row, max(1, lines) * size * leading)

    def fit_rows(
        self, first: int, last: int, size: float = 12, merged: Set[int] = frozenset()
    ) -> None:
        """Height for rows whose wrapped cells need more than one line, from the widths
        given (columns in merged hold merged cells and are not measured)."""
        for row in range(first, last + 1):
            lines = 1
            for column, length in self._texts.get(row, []):
                if column in merged:
                    continue
                width = self.widths.get(column, 10)  # length average letters: no text to read
                lines = max(lines, math.ceil(length / max(width * 11 / size * 1.03, 1)))
            if lines > 1:
                self.height(row, lines * size * TIMES_LEADING + 3)


def print_setup(
    sheet: Sheet,
    title_rows: tuple[int, int] | None = None,
    freeze: tuple[int, int] | None = None,
    pages_wide: int | None = 1,
    portrait: bool = False,
    numbered: bool = True,
) -> None:
    """A4, fit to width (of pages_wide pages; None: at 100%, split at the sheet's own
    breaks), header rows repeated, page numbers at the top from 1. Portrait pages take
    the margins of a Party document (36-HD/VPTW: 20 mm top and bottom, 30 mm left,
    15 mm right); tables print landscape, centred, with narrow margins. freeze: the first
    row and column that scroll."""
    ws = sheet.ws
    ws.set_paper(A4)
    if portrait:
        ws.set_portrait()
        ws.set_margins(left=30 / 25.4, right=15 / 25.4, top=20 / 25.4, bottom=20 / 25.4)
    else:
        ws.set_landscape()
        ws.set_margins(left=0.4, right=0.4, top=0.45, bottom=0.35)
        ws.center_horizontally()
    if pages_wide is not None:
        ws.fit_to_pages(pages_wide, 0)
    if title_rows:
        ws.repeat_rows(title_rows[0] - 1, title_rows[1] - 1)
    if freeze:
        ws.freeze_panes(freeze[0] - 1, freeze[1] - 1)
    if numbered:
        ws.set_header(f'&C&"{FONT},Regular"&12&P', {"margin": 0.2})
    ws.set_start_page(1)  # each appendix numbers its pages from 1

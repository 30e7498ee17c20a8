"""Sheet 'Tổng hợp': one row per unit under the top (or the top alone), a row for the
top's own figures not broken down by unit, a live TỔNG CỘNG row; totals of parts and
shares as formulas on the cells beside them, each with its value; cells whose entered
figure differs from its sum marked (domain.md §7).

A share's three columns (whole, part, share) are summed in TỔNG CỘNG over the units that
gave both figures, so that no part is above its whole and the share is the quotient of
the two cells beside it; a unit that gave one of the two stands on its row, outside the
pair, marked. The columns print on A4 landscape pages at 100%, a page group each (domain.
table_layout), each group a table of its own with the unit's name and its caption centred
over it, no text under 10 pt on paper.
"""

from __future__ import annotations

from xlsxwriter.utility import xl_col_to_name

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.report_model import Report
from ct05_desktop.domain.summary_table import (
    OWN,
    SHARES,
    TableRow,
    pair_cells,
)
from ct05_desktop.domain.table_layout import SHARE, VALUE, WHOLE, Column, columns, page_groups
from ct05_desktop.excel.book import (
    BORDER,
    CENTER,
    HEADER_FILL,
    PERCENT,
    TIMES_LEADING,
    WRAP,
    Book,
    Sheet,
    Style,
    font,
    lines_needed,
    print_setup,
)
from ct05_desktop.excel.table_total import FIRST, write_notes, write_total

TITLE = "Tổng hợp"
GAP = 4  # a thin row between the caption (rows 1-3) and the table
HEAD, SUB, NUMBERS = 5, 6, 7  # header rows, the (1) (2) … row; then the units (FIRST)
MARK_FILL: Style = {"bg_color": "#FCE4D6", "pattern": 1}
OWN_FILL: Style = {"bg_color": "#EDEDED", "pattern": 1}
ALONE: Style = {"italic": True, "font_color": "#595959"}  # one figure of a pair: not counted
WIDTH = 9.5  # an indicator column
SHARE_WIDTH = 10.5  # a share's: '(12)=(11)/(10)' on one line
NAME_WIDTH = 28  # the unit column: a unit's name on one line
ROW_HEIGHT = 13.5  # a row of 11 pt text
STT_WIDTH = 4.5
PAGE_WIDTH = 125  # what an A4 landscape page holds at 100%, in column widths, a little under
MAX_WIDTH = 14  # an indicator column spread over a page of few columns
BODY = font(11)


class Layout:
    """Where each column of the table stands on the sheet."""

    def __init__(self, cols: list[Column]) -> None:
        self.groups = page_groups(cols)
        self.at: dict[tuple[str, str], int] = {}  # (kind, code) → sheet column
        self.names: list[int] = []  # the unit's name column of each group
        self.spans: list[tuple[int, int]] = []  # each group's first and last sheet column
        self.number: dict[int, int] = {}  # sheet column → its number in the (1) (2) row
        column, numbered = 1, 3
        for n, group in enumerate(self.groups):
            first = column
            if n == 0:
                column += 1  # STT
            self.names.append(column)
            column += 1
            for col in group:
                self.at[(col.kind, col.code)] = column
                self.number[column] = numbered
                column, numbered = column + 1, numbered + 1
            self.spans.append((first, column - 1))
        self.last = column - 1
        self.shares = {n for (kind, _), n in self.at.items() if kind == SHARE}
        # a group of few columns spreads them over the page (its labels on fewer lines)
        self.widths: dict[int, float] = {}
        for first, last in self.spans:
            own = [c for c in range(first, last + 1) if c != 1 and c not in self.names]
            fixed = self._base(first, last) - sum(self._base(c, c) for c in own)
            spread = (PAGE_WIDTH - fixed) / max(len(own), 1)
            for c in own:
                self.widths[c] = max(self._base(c, c), min(spread, MAX_WIDTH))
        # a whole standing beside a second share shows its pairs only: alone, it is
        # already in the first share's column
        seen: set[str] = set()
        self.repeated: set[str] = set()  # parts whose whole column is such a column
        for col in cols:
            if col.kind == WHOLE:
                if col.figure in seen:
                    self.repeated.add(col.code)
                seen.add(col.figure)

    def _base(self, first: int, last: int) -> float:
        return sum(
            STT_WIDTH
            if c == 1
            else NAME_WIDTH
            if c in self.names
            else SHARE_WIDTH
            if c in self.shares
            else WIDTH
            for c in range(first, last + 1)
        )

    def width(self, column: int) -> float:
        return self.widths.get(column) or self._base(column, column)

    def span(self, first: int, last: int) -> float:
        return sum(self.width(c) for c in range(first, last + 1))

    def letter(self, kind: str, code: str) -> str:
        return xl_col_to_name(self.at[(kind, code)] - 1)


def write_table(book: Book, report: Report, number: int) -> int:
    sheet = book.sheet(TITLE)
    layout = Layout(columns(report.catalogue, report.rows))
    _caption(sheet, report, layout, number)
    _headers(sheet, report, layout)
    row = FIRST
    for n, table_row in enumerate(report.rows, start=1):
        _row(sheet, row, n, table_row, layout, report)
        row += 1
    notes = write_total(sheet, row, layout, report)
    write_notes(sheet, row + 1, report, layout, notes)
    for column in range(1, layout.last + 1):
        sheet.width(column, layout.width(column))
    sheet.ws.set_v_pagebreaks([last for _, last in layout.spans[:-1]])
    print_setup(sheet, title_rows=(HEAD, NUMBERS), freeze=(FIRST, 3), pages_wide=None)
    sheet.ws.print_area(0, 0, sheet.last_row - 1, layout.last - 1)
    return 1


def _caption(sheet: Sheet, report: Report, layout: Layout, number: int) -> None:
    """Above each page group, centred over it: Phụ lục N, the title, the report it goes
    with."""
    period = f"{'GIAI ĐOẠN' if report.is_range else 'NĂM'} {report.period_text()}"
    bold, italic = font(13, bold=True), font(12, italic=True)
    heights = [16.0, 16.0, 15.0]
    for first, last in layout.spans:
        span = layout.span(first, last)
        title = f"TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 05-CT/TW {period}"
        if lines_needed(title, span, 13, bold=True) > 1:  # two lines, broken between words
            title = f"TỔNG HỢP KẾT QUẢ THỰC HIỆN\nCHỈ THỊ SỐ 05-CT/TW {period}"
        texts = (f"Phụ lục {number}", title, report.appendix_reference())
        styles = (bold, bold, italic)
        for row, (text, style) in enumerate(zip(texts, styles, strict=True), start=1):
            sheet.merge(row, first, last, text, style, CENTER)
            size = float(style["font_size"])
            lines = lines_needed(text, span, size, bold=style is bold)
            heights[row - 1] = max(heights[row - 1], lines * size * TIMES_LEADING + 2)
    for row, height in enumerate(heights, start=1):
        sheet.height(row, height)
    sheet.height(GAP, 6)


def _headers(sheet: Sheet, report: Report, layout: Layout) -> None:
    """Two header rows over each group: the sections (a section split over two pages named
    on both, '(tiếp)' on the second), then the indicators; then (1), (2), …"""
    head = (font(11, bold=True), CENTER, BORDER, HEADER_FILL)
    sub_lines, head_lines, number_lines = 2, 1, 1
    for n, group in enumerate(layout.groups):
        own = [(1, "STT")] if n == 0 else []
        for column, label in [*own, (layout.names[n], "Đơn vị")]:
            sheet.merge_block(HEAD, column, SUB, column, label, *head)
            sheet.text(
                NUMBERS,
                column,
                f"({1 if label == 'STT' else 2})",
                font(10, italic=True),
                CENTER,
                BORDER,
            )
        start = 0
        for k, col in enumerate(group):
            column = layout.at[(col.kind, col.code)]
            alone = False  # a section of one column named as its indicator: said once
            if k == len(group) - 1 or group[k + 1].section != col.section:
                label = report.catalogue.section(col.section).label_vi
                earlier = layout.groups[n - 1] if n else []
                if start == 0 and earlier and earlier[-1].section == col.section:
                    label += " (tiếp)"
                left = layout.at[(group[start].kind, group[start].code)]
                alone = left == column and label == col.label
                if alone:
                    small = (font(10, bold=True), *head[1:])
                    sheet.merge_block(HEAD, column, SUB, column, label, *small)
                else:
                    sheet.merge(HEAD, left, column, label, *head)
                    width = layout.span(left, column)
                    head_lines = max(head_lines, lines_needed(label, width, 11, bold=True))
                start = k + 1
            if not alone:  # the indicators under their section, in regular type
                small = (font(10), CENTER, BORDER, HEADER_FILL)
                sheet.text(SUB, column, col.label, *small)
                sub_lines = max(sub_lines, lines_needed(col.label, layout.width(column), 10))
            text = f"({layout.number[column]})"
            if col.kind == SHARE:  # (7)=(6)/(5)
                part = layout.number[layout.at[(VALUE, col.code)]]
                whole = layout.number[layout.at[(WHOLE, col.code)]]
                text += f"=({part})/({whole})"
            sheet.text(NUMBERS, column, text, font(10, italic=True), CENTER, BORDER)
            number_lines = max(number_lines, lines_needed(text, layout.width(column), 10))
    sheet.height(HEAD, head_lines * 11 * TIMES_LEADING + 4)
    sheet.height(SUB, sub_lines * 10 * TIMES_LEADING + 4)
    sheet.height(NUMBERS, number_lines * 10 * TIMES_LEADING + 3)


def _row(
    sheet: Sheet, row: int, number: int, table_row: TableRow, layout: Layout, report: Report
) -> None:
    own = table_row.kind == OWN
    style = font(11, italic=own)
    cell = (style, BORDER)
    label = font(10, italic=True) if own else style  # a long label: two lines, not three
    for name_column in layout.names:
        sheet.text(row, name_column, table_row.label, label, WRAP, BORDER)
    lines = lines_needed(table_row.label, NAME_WIDTH, 10 if own else 11)
    sheet.height(row, ROW_HEIGHT if lines == 1 else lines * 10 * TIMES_LEADING + 2)
    if own:
        sheet.text(row, 1, "", BORDER)
    else:
        sheet.number(row, 1, number, "0", style, CENTER, BORDER)
    silent = not any(report.figures.has_data_below(table_row.org_code, y) for y in report.years)
    if not own and silent:  # blank cells would read as zeros
        for first, last in layout.spans:
            start = first + (2 if first == 1 else 1)
            sheet.merge(row, start, last, "Chưa báo cáo", font(11, italic=True), CENTER, BORDER)
        return
    for group in layout.groups:
        for col in group:
            column = layout.at[(col.kind, col.code)]
            if col.kind == VALUE and col.code not in SHARES:
                _value(sheet, row, column, col, table_row, layout, report, cell)
            else:
                _pair_cell(sheet, row, column, col, table_row, layout, cell)


def _value(
    sheet: Sheet,
    row: int,
    column: int,
    col: Column,
    table_row: TableRow,
    layout: Layout,
    report: Report,
    cell: tuple[Style, ...],
) -> None:
    own = table_row.kind == OWN
    value = table_row.values[col.code]
    fill: tuple[Style, ...] = (OWN_FILL,) if own and value is not None else ()
    mark = table_row.marks.get(col.code)
    if mark:
        fill = (OWN_FILL if own else MARK_FILL,)
    parts = report.catalogue[col.code].parts
    if col.code in table_row.from_parts and all((VALUE, p) in layout.at for p in parts):
        cells = ",".join(f"{layout.letter(VALUE, p)}{row}" for p in parts)
        sheet.formula(row, column, f"=SUM({cells})", value, "#,##0", *cell, *fill)
    else:
        sheet.number(row, column, value, "#,##0", *cell, *fill)
    if mark:
        sheet.comment(row, column, mark)


def _pair_cell(
    sheet: Sheet,
    row: int,
    column: int,
    col: Column,
    table_row: TableRow,
    layout: Layout,
    cell: tuple[Style, ...],
) -> None:
    """A cell of a share's three columns: the pair as the unit's report gives it, the
    share a formula on the two cells beside it; one figure alone, marked."""
    part, whole, paired = pair_cells(table_row, col.code)
    if table_row.kind == OWN:  # the text's pair beyond its rows': added to TỔNG CỘNG
        value = None if col.kind == SHARE or not paired else whole if col.kind == WHOLE else part
        sheet.number(
            row, column, value, "#,##0", *cell, *((OWN_FILL,) if value is not None else ())
        )
        mark = table_row.marks.get(col.figure) if value is not None else None
        if mark:
            sheet.comment(row, column, mark)
        return
    if col.kind == SHARE:
        if not paired or not whole:
            sheet.text(row, column, "", *cell)
            return
        p, w = f"{layout.letter(VALUE, col.code)}{row}", f"{layout.letter(WHOLE, col.code)}{row}"
        formula = f'=IF(N({w})>0,{p}/{w},"")'
        sheet.formula(row, column, formula, (part or 0) / whole, PERCENT, *cell)
        return
    value = whole if col.kind == WHOLE else part
    if not paired and col.kind == WHOLE and col.code in layout.repeated:
        value = None
    if paired or value is None:
        sheet.number(row, column, value, "#,##0", *cell)
        raw = table_row.values[col.figure]
        if paired and raw is not None and raw != value:
            sheet.comment(
                row,
                column,
                "Tính trên các đơn vị có đủ cả hai số liệu; số liệu chung của đơn vị: "
                f"{vi_format.number(raw)}",
                width=240,
                height=60,
            )
        return
    sheet.number(row, column, value, "#,##0", *cell, ALONE)
    missing = "tổng số" if col.kind == VALUE else "số liệu của cột bên cạnh"
    sheet.comment(
        row,
        column,
        f"Đơn vị chưa báo cáo {missing}: không tính vào dòng TỔNG CỘNG của tỷ lệ này.",
        width=240,
        height=60,
    )

"""Sheet 'Tổng hợp': one row per unit under the top, a live TỔNG CỘNG row, shares as formulas."""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from ct05_desktop.excel.report_input import ReportInput
from ct05_desktop.excel.styles import (
    BORDER,
    CENTER,
    HEADER_FILL,
    PERCENT,
    TOTAL_FILL,
    fit_rows,
    font,
    merge_text,
    print_setup,
    put_formula,
    put_number,
    put_text,
)

TITLE = "Tổng hợp"
HEAD, SUB, NUMBERS, FIRST = 4, 5, 6, 7  # header rows, the (1) (2) … row, first unit row
FIRST_PAGE = ("study", "registration")  # the sections printed on the first page
SHARES = {  # part → the share column that follows it
    "grassroots_orgs_registered": "grassroots_orgs_total",
    "members_registered": "members_total",
    "ethics_orgs_reviewed": "grassroots_orgs_total",
}


@dataclass(frozen=True)
class Column:
    kind: str  # "value" | "share"
    code: str
    label: str
    section: str


def columns(data: ReportInput) -> list[Column]:
    out = []
    for ind in data.catalogue.indicators:
        out.append(Column("value", ind.code, ind.label_vi, ind.section))
        if ind.code in SHARES:
            out.append(Column("share", ind.code, "Tỷ lệ", ind.section))
    return out


def write_table(wb: Workbook, data: ReportInput) -> None:
    ws = wb.create_sheet(TITLE)
    cols = columns(data)
    last = 2 + len(cols)
    split = max(n for n, c in enumerate(cols, start=3) if c.section in FIRST_PAGE)
    title = (
        f"TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ THỊ 05-CT/TW "
        f"{'GIAI ĐOẠN' if data.is_range else 'NĂM'} {data.period_text()}"
    )
    subtitle = f"{data.top.name} và các đơn vị trực thuộc"
    for first, end in ((3, split), (split + 1, last)):  # once above each printed page
        merge_text(ws, 1, first, end, title, font=font(14, bold=True), alignment=CENTER)
        merge_text(ws, 2, first, end, subtitle, font=font(12, italic=True), alignment=CENTER)
    head = {"font": font(11, bold=True), "alignment": CENTER, "border": BORDER, "fill": HEADER_FILL}
    for index, label in ((1, "STT"), (2, "Đơn vị")):
        put_text(ws, HEAD, index, label, **head)
        put_text(ws, SUB, index, "", **head)
        ws.merge_cells(start_row=HEAD, start_column=index, end_row=SUB, end_column=index)
    start = 3
    for n, col in enumerate(cols, start=3):
        put_text(ws, SUB, n, col.label, **{**head, "font": font(9, bold=True)})
        following = cols[n - 2].section if n - 2 < len(cols) else None
        if following != col.section:
            label = data.catalogue.section(col.section).label_vi
            put_text(ws, HEAD, start, label, **head)
            for c in range(start + 1, n + 1):
                put_text(ws, HEAD, c, "", **head)
            if n > start:
                ws.merge_cells(start_row=HEAD, start_column=start, end_row=HEAD, end_column=n)
            start = n + 1
    for c in range(1, last + 1):
        put_text(
            ws, NUMBERS, c, f"({c})", font=font(10, italic=True), alignment=CENTER, border=BORDER
        )
    position = {(c.kind, c.code): n for n, c in enumerate(cols, start=3)}
    row = FIRST
    for number, unit in enumerate(data.units, start=1):
        put_number(ws, row, 1, number, alignment=CENTER, border=BORDER)
        put_text(
            ws,
            row,
            2,
            data.names.get(unit.code, unit.name),
            alignment=Alignment(wrap_text=True, vertical="center"),
            border=BORDER,
        )
        for n, col in enumerate(cols, start=3):
            if col.kind == "value":
                put_number(
                    ws,
                    row,
                    n,
                    data.figures.over_years(unit.code, data.years, col.code),
                    border=BORDER,
                )
            else:
                _share(ws, row, n, position, col.code)
        row += 1
    total = row
    put_text(ws, total, 1, "", border=BORDER, fill=TOTAL_FILL)
    put_text(ws, total, 2, "TỔNG CỘNG", font=font(12, bold=True), border=BORDER, fill=TOTAL_FILL)
    for n, col in enumerate(cols, start=3):
        letter = get_column_letter(n)
        if col.kind == "value":
            cells = f"{letter}{FIRST}:{letter}{total - 1}"
            formula = f'=IF(COUNT({cells})=0,"",SUM({cells}))' if total > FIRST else '=""'
            put_formula(
                ws, total, n, formula, font=font(12, bold=True), border=BORDER, fill=TOTAL_FILL
            )
        else:
            span = (FIRST, total - 1) if total > FIRST else None
            _share(ws, total, n, position, col.code, bold=True, rows=span)
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 22
    for n in range(3, last + 1):
        ws.column_dimensions[get_column_letter(n)].width = 8
    ws.row_dimensions[SUB].height = 110
    ws.row_dimensions[HEAD].height = 30  # a one-column section's name on two lines
    fit_rows(ws, FIRST, total - 1)
    # Printed on two A4 pages side by side, split between sections, with the unit names
    # and the header rows repeated on each page: 36 columns on one page would be unreadable.
    ws.col_breaks.append(Break(id=split))
    print_setup(ws, title_rows=f"1:{NUMBERS}", freeze=f"C{FIRST}", pages_wide=2, title_cols="A:B")


def _share(
    ws: Worksheet,
    row: int,
    column: int,
    position: dict[tuple[str, str], int],
    part: str,
    bold: bool = False,
    rows: tuple[int, int] | None = None,
) -> None:
    """=part/whole of the same row, blank when the whole is missing or zero. On the total
    row, over the units that gave both figures only: a unit that gave its whole without
    the part must not lower the share."""
    pc = get_column_letter(position[("value", part)])
    wc = get_column_letter(position[("value", SHARES[part])])
    if rows is None:
        p, w = f"{pc}{row}", f"{wc}{row}"
        formula = f'=IF(AND(ISNUMBER({p}),ISNUMBER({w}),N({w})>0),{p}/{w},"")'
    else:
        p, w = f"{pc}{rows[0]}:{pc}{rows[1]}", f"{wc}{rows[0]}:{wc}{rows[1]}"
        formula = f'=IFERROR(SUMIFS({p},{w},"<>")/SUMIFS({w},{p},"<>"),"")'
    style: dict[str, object] = {"border": BORDER, "font": font(12, bold=bold)}
    if bold:
        style["fill"] = TOTAL_FILL
    put_formula(ws, row, column, formula, PERCENT, **style)

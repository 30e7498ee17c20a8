"""Sheet 'Tổng hợp': one row per unit under the top (or the top alone), a row for the
top's own figures not broken down by unit, a live TỔNG CỘNG row; totals of parts and
shares as formulas; cells whose entered figure differs from its sum marked.

Printed A4 landscape at 100% on several pages side by side, split between sections
(a long section over two pages), unit names and header rows repeated on each page, so
no text is smaller than 10 pt on paper.
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.comments import Comment
from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from ct05_desktop.domain.report_model import Report
from ct05_desktop.domain.summary_table import OWN, TableRow
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
CAPTION, HEADING, SUBTITLE = 1, 2, 3
HEAD, SUB, NUMBERS, FIRST = 5, 6, 7, 8  # header rows, the (1) (2) … row, first unit row
PAGE_STARTS = ("key_cadres_registered", "reception_sessions", "awards_central_collective")
MARK_FILL = PatternFill("solid", fgColor="FCE4D6")
WIDTH = 9.5
SHARES = {  # part → its whole; a share column follows the part
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


def columns(report: Report) -> list[Column]:
    out = []
    for ind in report.catalogue.indicators:
        out.append(Column("value", ind.code, ind.label_vi, ind.section))
        if ind.code in SHARES:
            out.append(Column("share", ind.code, "Tỷ lệ", ind.section))
    return out


def pages(cols: list[Column]) -> list[tuple[int, int]]:
    """The sheet columns (first, last) printed on each page."""
    starts = [3] + [n for n, c in enumerate(cols, 3) if c.kind == "value" and c.code in PAGE_STARTS]
    ends = [s - 1 for s in starts[1:]] + [2 + len(cols)]
    return list(zip(starts, ends, strict=True))


def write_table(wb: Workbook, report: Report, number: int) -> int:
    ws = wb.create_sheet(TITLE)
    cols = columns(report)
    last = 2 + len(cols)
    title = (
        f"TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ THỊ 05-CT/TW "
        f"{'GIAI ĐOẠN' if report.is_range else 'NĂM'} {report.period_text()}"
    )
    subtitle = f"{report.top_name} và các đơn vị trực thuộc" if report.units else report.top_name
    for first, end in pages(cols):  # once above each printed page
        caption = report.appendix_caption(number)
        merge_text(ws, CAPTION, first, end, caption, font=font(11, italic=True), alignment=CENTER)
        merge_text(ws, HEADING, first, end, title, font=font(14, bold=True), alignment=CENTER)
        merge_text(ws, SUBTITLE, first, end, subtitle, font=font(12, italic=True), alignment=CENTER)
    ws.row_dimensions[CAPTION].height = 30
    ws.row_dimensions[HEADING].height = 36  # two lines above a narrow page
    _headers(ws, report, cols)
    position = {(c.kind, c.code): n for n, c in enumerate(cols, start=3)}
    row = FIRST
    for n, table_row in enumerate(report.rows, start=1):
        _row(ws, row, n, table_row, cols, position, report)
        row += 1
    total = row
    put_text(ws, total, 1, "", border=BORDER, fill=TOTAL_FILL)
    put_text(ws, total, 2, "TỔNG CỘNG", font=font(12, bold=True), border=BORDER, fill=TOTAL_FILL)
    bold = {"font": font(12, bold=True), "border": BORDER, "fill": TOTAL_FILL}
    for n, col in enumerate(cols, start=3):
        letter = get_column_letter(n)
        if col.kind == "value":
            cells = f"{letter}{FIRST}:{letter}{total - 1}"
            put_formula(ws, total, n, f'=IF(COUNT({cells})=0,"",SUM({cells}))', **bold)
        else:
            _share(ws, total, n, position, col.code, rows=(FIRST, total - 1), **bold)
    _notes(ws, total + 2, report)
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 24
    for n in range(3, last + 1):
        ws.column_dimensions[get_column_letter(n)].width = WIDTH
    ws.row_dimensions[SUB].height = 132
    ws.row_dimensions[HEAD].height = 32  # a one-column section's name on two lines
    fit_rows(ws, FIRST, total - 1)
    for _, end in pages(cols)[:-1]:
        ws.col_breaks.append(Break(id=end))
    print_setup(
        ws, title_rows=f"1:{NUMBERS}", freeze=f"C{FIRST}", pages_wide=None, title_cols="A:B"
    )
    return 1


def _headers(ws: Worksheet, report: Report, cols: list[Column]) -> None:
    """Two header rows: the sections (merged over their columns on each page, a section
    split over two pages named on both), then the indicators; then (1), (2), …"""
    head = {"font": font(11, bold=True), "alignment": CENTER, "border": BORDER, "fill": HEADER_FILL}
    for index, label in ((1, "STT"), (2, "Đơn vị")):
        put_text(ws, HEAD, index, label, **head)
        put_text(ws, SUB, index, "", **head)
        ws.merge_cells(start_row=HEAD, start_column=index, end_row=SUB, end_column=index)
    for first, end in pages(cols):
        start = first
        for n in range(first, end + 1):
            col = cols[n - 3]
            put_text(ws, SUB, n, col.label, **{**head, "font": font(10, bold=True)})
            if n == end or cols[n - 2].section != col.section:
                label = report.catalogue.section(col.section).label_vi
                if start == first and first > 3 and cols[first - 4].section == col.section:
                    label += " (tiếp)"
                put_text(ws, HEAD, start, label, **head)
                for c in range(start + 1, n + 1):
                    put_text(ws, HEAD, c, "", **head)
                if n > start:
                    ws.merge_cells(start_row=HEAD, start_column=start, end_row=HEAD, end_column=n)
                start = n + 1
    for c in range(1, 3 + len(cols)):
        put_text(
            ws, NUMBERS, c, f"({c})", font=font(10, italic=True), alignment=CENTER, border=BORDER
        )


def _row(
    ws: Worksheet,
    row: int,
    number: int,
    table_row: TableRow,
    cols: list[Column],
    position: dict[tuple[str, str], int],
    report: Report,
) -> None:
    own = table_row.kind == OWN
    label_font = font(12, italic=own)
    if own:
        put_text(ws, row, 1, "", border=BORDER)
    else:
        put_number(ws, row, 1, number, alignment=CENTER, border=BORDER)
    wrap = Alignment(wrap_text=True, vertical="center")
    put_text(ws, row, 2, table_row.label, font=label_font, alignment=wrap, border=BORDER)
    for n, col in enumerate(cols, start=3):
        if col.kind == "share":
            _share(ws, row, n, position, col.code, font=font(12), border=BORDER)
            continue
        if col.code in table_row.from_parts:
            parts = report.catalogue[col.code].parts
            cells = ",".join(f"{get_column_letter(position[('value', p)])}{row}" for p in parts)
            cell = put_formula(ws, row, n, f"=SUM({cells})", border=BORDER, font=label_font)
        else:
            value = table_row.values[col.code]
            cell = put_number(ws, row, n, value, border=BORDER, font=label_font)
        mark = table_row.marks.get(col.code)
        if mark:
            cell.fill = MARK_FILL
            cell.comment = Comment(mark, "CT05", width=260, height=110)


def _share(
    ws: Worksheet,
    row: int,
    column: int,
    position: dict[tuple[str, str], int],
    part: str,
    rows: tuple[int, int] | None = None,
    **style: object,
) -> None:
    """=part/whole of the same row, blank when the whole is missing or zero. On the total
    row, over the rows that gave both figures only: a unit that gave its whole without
    the part must not lower the share."""
    pc = get_column_letter(position[("value", part)])
    wc = get_column_letter(position[("value", SHARES[part])])
    if rows is None:
        p, w = f"{pc}{row}", f"{wc}{row}"
        formula = f'=IF(AND(ISNUMBER({p}),ISNUMBER({w}),N({w})>0),{p}/{w},"")'
    else:
        p, w = f"{pc}{rows[0]}:{pc}{rows[1]}", f"{wc}{rows[0]}:{wc}{rows[1]}"
        formula = f'=IFERROR(SUMIFS({p},{w},"<>")/SUMIFS({w},{p},"<>"),"")'
    put_formula(ws, row, column, formula, PERCENT, **style)


def _notes(ws: Worksheet, row: int, report: Report) -> None:
    notes = ["Tỷ lệ ở dòng TỔNG CỘNG tính trên các đơn vị có đủ cả hai số liệu."]
    if any(r.marks for r in report.rows):
        notes.append(
            "Ô tô màu: số đã nhập khác tổng các phần, tổng các đơn vị trực thuộc hoặc danh "
            "sách chi tiết; số đã nhập được giữ nguyên (xem ghi chú của ô và trang Kiểm tra "
            "số liệu)."
        )
    if any(r.kind == OWN for r in report.rows):
        notes.append(
            f"Dòng “Số liệu chung…”: phần số liệu {report.top_name} đã nhập mà các đơn vị "
            "trực thuộc chưa báo cáo, để dòng TỔNG CỘNG bằng số trong báo cáo."
        )
    end = min(2 + len(columns(report)), pages(columns(report))[0][1])
    for n, text in enumerate(notes):
        merge_text(
            ws,
            row + n,
            2,
            end,
            f"Ghi chú: {text}" if n == 0 else text,
            font=font(11, italic=True),
            alignment=Alignment(wrap_text=True, vertical="top"),
        )
        ws.row_dimensions[row + n].height = 30

"""Sheet 'Tổng hợp': one row per unit under the top (or the top alone), a row for the
top's own figures not broken down by unit, a live TỔNG CỘNG row; totals of parts and
shares as formulas; cells whose entered figure differs from its sum marked.

Printed A4 landscape at 100% on several pages side by side, split between sections
(a long section over two pages), unit names and header rows repeated on each page, so
no text is smaller than 10 pt on paper.
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.cell.cell import Cell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.report_header import members_noun
from ct05_desktop.domain.report_model import Report
from ct05_desktop.domain.summary_table import OWN, SHARES, Pair, TableRow, total_share
from ct05_desktop.excel.styles import (
    BORDER,
    CENTER,
    HEADER_FILL,
    PERCENT,
    TIMES_LEADING,
    TOTAL_FILL,
    caption,
    fit_row_height,
    fit_rows,
    font,
    merge_text,
    print_setup,
    put_formula,
    put_number,
    put_text,
)

TITLE = "Tổng hợp"
SUBTITLE = 4  # under the appendix's caption (rows 1-3)
HEAD, SUB, NUMBERS, FIRST = 5, 6, 7, 8  # header rows, the (1) (2) … row, first unit row
PAGE_STARTS = ("key_cadres_registered", "reception_sessions", "awards_central_collective")
MARK_FILL = PatternFill("solid", fgColor="FCE4D6")
OWN_FILL = PatternFill("solid", fgColor="EDEDED")
WIDTH = 9.5  # an indicator column
NAME_WIDTH = 27  # the unit column
NOTE_CHARS = 1.15  # 11 pt Times New Roman characters per unit of column width, a little under


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
            out.append(Column("share", ind.code, "Tỷ lệ (%)", ind.section))
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
        f"TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 05-CT/TW "
        f"{'GIAI ĐOẠN' if report.is_range else 'NĂM'} {report.period_text()}"
    )
    subtitle = report.top_name
    if report.units:
        subtitle += f" và các {members_noun([u.level for u in report.units])}"
    for first, end in pages(cols):  # once above each printed page
        caption(ws, first, end, number, title, report.appendix_reference())
        merge_text(ws, SUBTITLE, first, end, subtitle, font=font(12, italic=True), alignment=CENTER)
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
    share_notes: list[str] = []
    for n, col in enumerate(cols, start=3):
        letter = get_column_letter(n)
        if col.kind == "value":
            cells = f"{letter}{FIRST}:{letter}{total - 1}"
            put_formula(ws, total, n, f'=IF(COUNT({cells})=0,"",SUM({cells}))', **bold)
        else:
            share_notes += _total_share(ws, total, n, position, col.code, report, **bold)
    _notes(ws, total + 2, report, share_notes)
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = NAME_WIDTH
    for n in range(3, last + 1):
        ws.column_dimensions[get_column_letter(n)].width = WIDTH
    ws.row_dimensions[SUB].height = 92
    ws.row_dimensions[NUMBERS].height = 27  # "(12)=(11)/(10)" on two lines
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
    position = {(c.kind, c.code): n for n, c in enumerate(cols, start=3)}
    for c in range(1, 3 + len(cols)):
        text = f"({c})"
        if c >= 3 and cols[c - 3].kind == "share":  # (7)=(6)/(5)
            code = cols[c - 3].code
            text += f"=({position[('value', code)]})/({position[('value', SHARES[code])]})"
        put_text(ws, NUMBERS, c, text, font=font(10, italic=True), alignment=CENTER, border=BORDER)


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
    silent = all(v is None for v in table_row.values.values())
    if own:
        put_text(ws, row, 1, "", border=BORDER)
    else:
        put_number(ws, row, 1, number, alignment=CENTER, border=BORDER)
    wrap = Alignment(wrap_text=True, vertical="center")
    put_text(ws, row, 2, table_row.label, font=label_font, alignment=wrap, border=BORDER)
    for n, col in enumerate(cols, start=3):
        if col.kind == "share":
            if own:
                put_text(ws, row, n, "", border=BORDER)
            elif table_row.share_as_row(col.code):
                _share(ws, row, n, position, col.code, font=font(12), border=BORDER)
            else:
                pair = table_row.shares.get(col.code)
                _fixed_share(ws, row, n, pair, font=font(12), border=BORDER)
            continue
        if col.code in table_row.from_parts:
            parts = report.catalogue[col.code].parts
            cells = ",".join(f"{get_column_letter(position[('value', p)])}{row}" for p in parts)
            cell = put_formula(ws, row, n, f"=SUM({cells})", border=BORDER, font=label_font)
        else:
            value = table_row.values[col.code]
            cell = put_number(ws, row, n, value, border=BORDER, font=label_font)
        if own and table_row.values[col.code] is not None:
            cell.fill = OWN_FILL
        mark = table_row.marks.get(col.code)
        if mark:
            cell.fill = OWN_FILL if own else MARK_FILL
            cell.comment = Comment(mark, "CT05", width=260, height=110)
    if silent:  # blank cells would read as zeros
        italic = font(11, italic=True)
        for first, end in pages(cols):
            merge_text(ws, row, first, end, "Chưa báo cáo", font=italic, alignment=CENTER)


def _total_share(
    ws: Worksheet,
    row: int,
    column: int,
    position: dict[tuple[str, str], int],
    part: str,
    report: Report,
    **style: object,
) -> list[str]:
    """The TỔNG CỘNG share: the row's own part over its whole when that is the text's
    share; else the text's, over the units that gave both figures (DOMAIN §7), said in
    the cell's note and under the table. Returns what to say under the table."""
    pair = report.total_shares.get(part)
    basis = total_share(report.rows, part, pair)
    if basis.as_row:
        _share(ws, row, column, position, part, None, **style)
        return []
    if pair is not None and _sumifs(report, part) == pair:
        rows = (FIRST, row - 1)
        cell = _share(ws, row, column, position, part, rows=rows, **style)
    else:
        cell = _fixed_share(ws, row, column, pair, **style)
    refs = (
        f"({column})",
        f"({position[('value', part)]})",
        f"({position[('value', SHARES[part])]})",
    )
    note = basis.note(refs, members_noun([u.level for u in report.units]))
    if note is None:
        return []
    cell.comment = Comment(note, "CT05", width=360, height=150)
    return [note]


def _sumifs(report: Report, part: str) -> Pair | None:
    """What the TỔNG CỘNG share formula adds up: the rows that gave both figures."""
    whole = SHARES[part]
    both = [
        (p, w)
        for r in report.rows
        if (p := r.values[part]) is not None and (w := r.values[whole]) is not None
    ]
    if not both or sum(w for _, w in both) <= 0:
        return None
    return sum(p for p, _ in both), sum(w for _, w in both)


def _fixed_share(ws: Worksheet, row: int, column: int, pair: Pair | None, **style: object) -> Cell:
    """The text's share where the row's own figures would give another: over the units
    that gave both figures (DOMAIN §4), said in the cell's note."""
    if pair is None:
        return put_text(ws, row, column, "", **style)
    cell = put_formula(ws, row, column, f"={pair[0]}/{pair[1]}", PERCENT, **style)
    counted = f"{vi_format.number(pair[0])}/{vi_format.number(pair[1])}"
    cell.comment = Comment(
        f"Tính trên các đơn vị có đủ số liệu để tính tỷ lệ: {counted}",
        "CT05",
        width=240,
        height=60,
    )
    return cell


def _share(
    ws: Worksheet,
    row: int,
    column: int,
    position: dict[tuple[str, str], int],
    part: str,
    rows: tuple[int, int] | None = None,
    **style: object,
) -> Cell:
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
    return put_formula(ws, row, column, formula, PERCENT, **style)


def _notes(ws: Worksheet, row: int, report: Report, share_notes: list[str]) -> None:
    """Under the table, a line each: over which units a TỔNG CỘNG share is taken when it
    is not its row's part over its whole, what a marked cell is, what the own row is."""
    notes = list(share_notes)
    if any(r.marks for r in report.rows if r.kind != OWN):
        notes.append(
            "Ô được tô màu: số liệu đơn vị báo cáo chưa khớp với tổng các thành phần, tổng "
            "của các đơn vị trực thuộc hoặc danh sách chi tiết; giữ nguyên số liệu đơn vị báo "
            "cáo (xem chú thích của ô và phụ lục số liệu cần rà soát)."
        )
    if any(r.kind == OWN for r in report.rows):
        notes.append(
            "Dòng “Số liệu chung…”: phần số liệu tổng hợp chung chưa phân bổ được cho từng "
            "đơn vị, để dòng TỔNG CỘNG bằng số liệu trong báo cáo."
        )
    if not notes:
        return
    end = pages(columns(report))[0][1]
    style = {"font": font(11, italic=True), "alignment": Alignment(wrap_text=True, vertical="top")}
    merge_text(ws, row, 2, end, "Ghi chú:", **style)
    line = (NAME_WIDTH + WIDTH * (end - 2)) * NOTE_CHARS
    for n, note in enumerate(notes, start=row + 1):
        text = f"- {note}"
        merge_text(ws, n, 2, end, text, **style)
        fit_row_height(ws, n, text, line, 11, TIMES_LEADING)

"""The TỔNG CỘNG row of the Tổng hợp sheet and the notes under it (domain.md §7): a SUM per
column; a share's three columns summed over the rows that gave the pair, its share their
quotient; each formula with its value; blank where there is nothing to add."""

from __future__ import annotations

from typing import TYPE_CHECKING

from xlsxwriter.utility import xl_col_to_name

from ct05_desktop.domain.report_header import members_noun
from ct05_desktop.domain.report_model import Report
from ct05_desktop.domain.summary_table import OWN, SHARES, total_pair, total_share
from ct05_desktop.domain.table_layout import SHARE, VALUE, WHOLE
from ct05_desktop.excel.book import (
    BORDER,
    PERCENT,
    TIMES_LEADING,
    TOP,
    TOTAL_FILL,
    Sheet,
    font,
    lines_needed,
)

if TYPE_CHECKING:
    from ct05_desktop.excel.table_sheet import Layout

FIRST = 8  # the table's first unit row, under its three header rows


def write_total(sheet: Sheet, row: int, layout: Layout, report: Report) -> list[str]:
    """TỔNG CỘNG: a SUM per column; a share's columns summed over the rows that gave the
    pair (SUMIFS on the share cells, which only those rows have) and its share their
    quotient, each with its value. Returns the notes on what a share's total leaves out."""
    bold = (font(11, bold=True), BORDER, TOTAL_FILL)
    for n, first in enumerate(layout.names):
        if n == 0:
            sheet.text(row, 1, "", *bold)
        sheet.text(row, first, "TỔNG CỘNG", *bold)
    notes: list[str] = []
    last = row - 1
    noun = members_noun([u.level for u in report.units])
    for group in layout.groups:
        for col in group:
            column = layout.at[(col.kind, col.code)]
            letter = xl_col_to_name(column - 1)
            if col.kind == VALUE and col.code not in SHARES:
                values = [v for r in report.rows if (v := r.values[col.code]) is not None]
                if not values:  # no figure to add: blank, not a zero nobody reported
                    sheet.text(row, column, "", *bold)
                    continue
                cells = f"{letter}{FIRST}:{letter}{last}"
                formula = f'=IF(COUNT({cells})=0,"",SUM({cells}))'
                sheet.formula(row, column, formula, sum(values), "#,##0", *bold)
                continue
            pair = total_pair(report.rows, col.code)
            text_pair = report.total_shares.get(col.code)
            if pair is None or not pair[1]:  # no unit gave both: blank (a note says why)
                sheet.text(row, column, "", *bold)
                if col.kind != SHARE:
                    continue
            if col.kind == SHARE:
                p, w = (
                    f"{layout.letter(VALUE, col.code)}{row}",
                    f"{layout.letter(WHOLE, col.code)}{row}",
                )
                if pair is not None and pair[1]:
                    value = pair[0] / pair[1]
                    sheet.formula(row, column, f'=IF(N({w})>0,{p}/{w},"")', value, PERCENT, *bold)
                refs = tuple(
                    f"({layout.number[layout.at[(k, col.code)]]})" for k in (SHARE, VALUE, WHOLE)
                )
                basis = total_share(report.rows, col.code, pair)
                said = basis.note(
                    (refs[0], refs[1], refs[2]), noun, col.code not in layout.repeated
                )
                if pair != text_pair and text_pair is not None:  # cannot be: say it, loudly
                    said = (said or "") + f" (Báo cáo ghi {text_pair[0]}/{text_pair[1]}.)"
                if said:
                    notes.append(said)
                    sheet.comment(row, column, said, width=360, height=150)
                continue
            assert pair is not None  # a blank pair was written above
            index = 0 if col.kind == VALUE else 1
            end = report_units_end(report, last)
            shares = (
                f"{layout.letter(SHARE, col.code)}{FIRST}:{layout.letter(SHARE, col.code)}{end}"
            )
            added = f'SUMIFS({letter}{FIRST}:{letter}{end},{shares},">=0")'
            own = _own_index(report)
            if own is not None and report.rows[own].shares.get(col.code) is not None:
                formula = f"={added}+{letter}{FIRST + own}"  # the text's pair beyond the units'
            else:
                formula = f'=IF(COUNT({shares})=0,"",{added})'
            sheet.formula(row, column, formula, pair[index], "#,##0", *bold)
    return notes


def write_notes(
    sheet: Sheet, row: int, report: Report, layout: Layout, share_notes: list[str]
) -> None:
    """Under the table, a line each: what a share's total counts, what a marked cell is
    (the own row's label says what it is)."""
    notes = list(share_notes)
    if any(r.marks for r in report.rows if r.kind != OWN):
        notes.append(
            "Ô tô màu: số liệu đơn vị báo cáo khác tổng các thành phần, các đơn vị trực thuộc "
            "hoặc danh sách chi tiết; giữ nguyên số liệu đơn vị báo cáo (xem chú thích của ô)."
        )
    if not notes:
        return
    first, last = layout.spans[0]
    style = (font(10, italic=True), TOP)
    width = layout.span(first + 1, last)
    for n, note in enumerate(notes, start=1):
        text = f"{'Ghi chú: ' if n == 1 else ''}({n}) {note}"
        sheet.merge(row + n - 1, first + 1, last, text, *style)
        sheet.height(row + n - 1, lines_needed(text, width, 10) * 10 * TIMES_LEADING + 2)


def _own_index(report: Report) -> int | None:
    """The own row's place among the table's rows, if it has one."""
    return next((n for n, r in enumerate(report.rows) if r.kind == OWN), None)


def report_units_end(report: Report, last: int) -> int:
    """The last sheet row of the units' rows (the own row, when there is one, comes last)."""
    return last - 1 if _own_index(report) is not None else last

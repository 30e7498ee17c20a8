"""Sheet 'Tóm tắt': the same header and text as the Word document, printed A4 portrait,
for those who only open Excel."""

from __future__ import annotations

from openpyxl.styles import Alignment
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ct05_desktop.domain.report_model import (
    HEADING,
    ITEM,
    NOTE,
    PLACEHOLDER,
    SUBHEADING,
    Report,
)
from ct05_desktop.excel.styles import (
    HIGHLIGHT,
    TIMES_LEADING,
    WRAP,
    fit_row_height,
    font,
    merge_text,
    print_setup,
)

TITLE = "Tóm tắt"
COLUMNS = 8
WIDTH = 10.5  # characters per column: 8 columns fill an A4 portrait page inside the margins
LINE_CHARS = 80  # characters of 14 pt text on one line of the page, a little under
LEFT = (1, 4)
RIGHT = (5, 8)
CENTRED = Alignment(horizontal="center", vertical="center", wrap_text=True)
INDENTED = Alignment(wrap_text=True, vertical="top", horizontal="justify", indent=2)


def write_summary(wb: Workbook, report: Report) -> None:
    ws = wb.active
    assert isinstance(ws, Worksheet)
    ws.title = TITLE
    for col in range(1, COLUMNS + 1):
        ws.column_dimensions[chr(64 + col)].width = WIDTH
    h = report.header
    merge_text(ws, 1, *LEFT, h.superior.upper(), font=font(14), alignment=CENTRED)
    merge_text(
        ws,
        1,
        *RIGHT,
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        font=font(15, bold=True, underline="single"),
        alignment=CENTRED,
    )
    merge_text(ws, 2, *LEFT, h.issuer.upper(), font=font(14, bold=True), alignment=CENTRED)
    fit_row_height(ws, 2, h.issuer, LINE_CHARS / 2, 14)
    merge_text(ws, 3, *LEFT, "*", font=font(14), alignment=CENTRED)
    merge_text(ws, 4, *LEFT, h.number_line(), font=font(14), alignment=CENTRED)
    merge_text(ws, 4, *RIGHT, h.date_line(), font=font(14, italic=True), alignment=CENTRED)
    merge_text(ws, 6, 1, COLUMNS, "BÁO CÁO", font=font(16, bold=True), alignment=CENTRED)
    merge_text(ws, 7, 1, COLUMNS, report.subject(), font=font(14, bold=True), alignment=CENTRED)
    fit_row_height(ws, 7, report.subject(), LINE_CHARS - 8, 14)
    merge_text(ws, 8, 1, COLUMNS, "-----", font=font(14), alignment=CENTRED)
    row = 10
    for block in report.blocks:
        text = block.full_text
        style = {"font": font(14), "alignment": INDENTED}
        if block.kind in (HEADING, SUBHEADING):
            style["font"] = font(14, bold=True, italic=block.kind == SUBHEADING)
        elif block.kind == NOTE:
            style["font"] = font(14, italic=True)
        elif block.kind == PLACEHOLDER:  # a written part still empty, as Word highlights it
            style["font"] = font(14, italic=True)
            style["fill"] = HIGHLIGHT
        elif block.kind == ITEM:
            style["alignment"] = WRAP
        merge_text(ws, row, 1, COLUMNS, text, **style)
        fit_row_height(ws, row, text, LINE_CHARS - 2, 14, TIMES_LEADING)
        row += 1
    row = _signature(ws, row + 1, report)
    print_setup(ws, number_first_page=False, portrait=True)
    ws.print_area = f"A1:H{row}"


def _signature(ws: Worksheet, row: int, report: Report) -> int:
    """'Nơi nhận' on the left, the signature on the right; returns the last row used."""
    h = report.header
    right = [h.signer_role.upper(), h.signer_title.upper(), "", "", "", h.signer_name]
    for n, text in enumerate(right):
        merge_text(ws, row + n, *RIGHT, text, font=font(14, bold=True), alignment=CENTRED)
    merge_text(ws, row, *LEFT, "Nơi nhận:", font=font(14, underline="single"))
    for n, line in enumerate(h.recipient_lines(), start=1):
        merge_text(ws, row + n, *LEFT, f"- {line}", font=font(12), alignment=WRAP)
        fit_row_height(ws, row + n, line, LINE_CHARS / 2 * 14 / 12, 12)
    return row + max(len(right), len(h.recipient_lines()) + 1) - 1

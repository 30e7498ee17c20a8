"""Sheet 'Tóm tắt': the same header and text as the Word document, printed A4 portrait,
for those who only open Excel; its pages numbered from the second, as the Báo cáo's."""

from __future__ import annotations

from ct05_desktop.domain.report_model import HEADING, ITEM, NOTE, PLACEHOLDER, SUBHEADING, Report
from ct05_desktop.excel.book import (
    CENTER,
    HIGHLIGHT,
    TIMES_LEADING,
    WRAP,
    Book,
    Sheet,
    Style,
    font,
    print_setup,
)

TITLE = "Tóm tắt"
COLUMNS = 8
WIDTH = 10.5  # characters per column: 8 columns fill an A4 portrait page inside the margins
LINE_CHARS = 80  # characters of 14 pt text on one line of the page, a little under
LEFT = (1, 4)
RIGHT = (5, 8)
INDENTED: Style = {"text_wrap": True, "valign": "top", "align": "justify", "indent": 2}
LEFT_WRAP: Style = {"text_wrap": True, "valign": "top"}


def write_summary(book: Book, report: Report) -> None:
    sheet = book.sheet(TITLE, first_page_numbered=False)
    for col in range(1, COLUMNS + 1):
        sheet.width(col, WIDTH)
    h = report.header
    big, bold = font(14), font(14, bold=True)
    sheet.merge(1, *LEFT, h.superior.upper(), big, CENTER)
    sheet.merge(1, *RIGHT, "ĐẢNG CỘNG SẢN VIỆT NAM", font(15, bold=True, underline=True), CENTER)
    sheet.merge(2, *LEFT, h.issuer.upper(), bold, CENTER)
    sheet.fit_height(2, h.issuer, LINE_CHARS / 2, 14)
    sheet.merge(3, *LEFT, "*", big, CENTER)
    sheet.merge(4, *LEFT, h.number_line(), big, CENTER)
    sheet.merge(4, *RIGHT, h.date_line(), font(14, italic=True), CENTER)
    sheet.merge(6, 1, COLUMNS, "BÁO CÁO", font(16, bold=True), CENTER)
    sheet.merge(7, 1, COLUMNS, report.subject(), bold, CENTER)
    sheet.fit_height(7, report.subject(), LINE_CHARS - 8, 14)
    sheet.merge(8, 1, COLUMNS, "-----", big, CENTER)
    row = 10
    for block in report.blocks:
        text = block.full_text
        style: tuple[Style, ...] = (big, INDENTED)
        if block.kind in (HEADING, SUBHEADING):
            style = (font(14, bold=True, italic=block.kind == SUBHEADING), INDENTED)
        elif block.kind == NOTE:
            style = (font(14, italic=True), INDENTED)
        elif block.kind == PLACEHOLDER:  # a written part still empty, as Word highlights it
            style = (font(14, italic=True), INDENTED, HIGHLIGHT)
        elif block.kind == ITEM:
            style = (big, LEFT_WRAP)
        sheet.merge(row, 1, COLUMNS, text, *style)
        sheet.fit_height(row, text, LINE_CHARS - 2, 14, TIMES_LEADING)
        row += 1
    row = _signature(sheet, row + 1, report)
    print_setup(sheet, portrait=True)
    sheet.ws.print_area(0, 0, row - 1, COLUMNS - 1)
    sheet.ws.hide_gridlines(2)


def _signature(sheet: Sheet, row: int, report: Report) -> int:
    """'Nơi nhận' on the left, the signature on the right; returns the last row used."""
    h = report.header
    right = [h.signer_role.upper(), h.signer_title.upper(), "", "", "", h.signer_name]
    for n, text in enumerate(right):
        sheet.merge(row + n, *RIGHT, text, font(14, bold=True), CENTER)
    sheet.merge(row, *LEFT, "Nơi nhận:", font(14, underline=True))
    for n, line in enumerate(h.recipient_lines(), start=1):
        sheet.merge(row + n, *LEFT, f"- {line}", font(12), WRAP)
        sheet.fit_height(row + n, line, LINE_CHARS / 2 * 14 / 12, 12)
    return row + max(len(right), len(h.recipient_lines()) + 1) - 1

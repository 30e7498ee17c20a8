"""Sheet 'Tóm tắt': the header block of a Party report, then the narrative lines."""

from __future__ import annotations

from openpyxl.styles import Alignment
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ct05_desktop.domain.narrative import Line
from ct05_desktop.excel.report_input import ReportInput
from ct05_desktop.excel.styles import WRAP, fit_row_height, font, merge_text, print_setup

TITLE = "Tóm tắt"
COLUMNS = 8
WIDTH = 17  # characters per column; 8 columns fill an A4 landscape page
LEFT = (1, 3)
RIGHT = (5, 8)


def write_summary(wb: Workbook, data: ReportInput) -> None:
    ws = wb.active
    assert isinstance(ws, Worksheet)
    ws.title = TITLE
    for col in range(1, COLUMNS + 1):
        ws.column_dimensions[chr(64 + col)].width = WIDTH
    h = data.header
    centered = Alignment(horizontal="center", vertical="center", wrap_text=True)
    merge_text(ws, 1, *LEFT, h.superior.upper(), font=font(13, bold=True), alignment=centered)
    merge_text(
        ws,
        1,
        *RIGHT,
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        font=font(14, bold=True, underline="single"),
        alignment=centered,
    )
    merge_text(ws, 2, *LEFT, h.issuer.upper(), font=font(14, bold=True), alignment=centered)
    merge_text(ws, 3, *LEFT, "*", font=font(13), alignment=centered)
    merge_text(ws, 4, *LEFT, h.number_line(), font=font(13), alignment=centered)
    merge_text(ws, 4, *RIGHT, h.date_line(), font=font(13, italic=True), alignment=centered)
    merge_text(ws, 6, 1, COLUMNS, "BÁO CÁO", font=font(15, bold=True), alignment=centered)
    summary = (
        f"kết quả {len(data.years)} năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị "
        f"({data.period_text()})"
        if data.is_range
        else f"kết quả thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị năm {data.period_text()}"
    )
    merge_text(
        ws,
        7,
        1,
        COLUMNS,
        summary[0].upper() + summary[1:],
        font=font(14, bold=True),
        alignment=centered,
    )
    merge_text(
        ws, 8, 1, COLUMNS, f"({data.top.name})", font=font(13, italic=True), alignment=centered
    )
    row = 10
    sections = [
        ("I. KẾT QUẢ Ở CÁC ĐƠN VỊ", data.unit_lines),
        (f"II. TOÀN {data.top.name.upper()}", data.top_lines),
        ("III. SỐ LIỆU QUA CÁC NĂM", data.trend_lines),
    ]
    for heading, lines in sections:
        if not lines:
            continue
        merge_text(ws, row, 1, COLUMNS, heading, font=font(13, bold=True))
        row += 1
        row = _write_lines(ws, row, lines)
        row += 1
    if not any(lines for _, lines in sections):
        merge_text(ws, row, 1, COLUMNS, "Chưa có số liệu trong kỳ báo cáo.", font=font(13))
        row += 2
    _signature(ws, row + 1, data)
    print_setup(ws)
    ws.print_area = f"A1:H{ws.max_row}"


def _write_lines(ws: Worksheet, row: int, lines: list[Line]) -> int:
    for line in lines:
        text = f"- {line.text}"
        merge_text(ws, row, 1, COLUMNS, text, font=font(13), alignment=WRAP)
        fit_row_height(ws, row, text, COLUMNS * WIDTH * 1.1, 13)
        row += 1
    return row


def _signature(ws: Worksheet, row: int, data: ReportInput) -> None:
    h = data.header
    centered = Alignment(horizontal="center", vertical="center", wrap_text=True)
    put = merge_text
    put(ws, row, *RIGHT, h.signer_role.upper(), font=font(13, bold=True), alignment=centered)
    put(ws, row + 1, *RIGHT, h.signer_title.upper(), font=font(13, bold=True), alignment=centered)
    put(ws, row + 5, *RIGHT, h.signer_name, font=font(13, bold=True), alignment=centered)
    put(ws, row, *LEFT, "Nơi nhận:", font=font(12, bold=True, italic=True))
    put(ws, row + 1, *LEFT, "- Ban Tuyên giáo Trung ương,", font=font(11))
    put(ws, row + 2, *LEFT, "- Lưu Văn phòng.", font=font(11))

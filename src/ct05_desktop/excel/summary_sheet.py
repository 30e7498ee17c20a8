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
    merge_text(ws, 1, *LEFT, h.superior.upper(), font=font(13), alignment=centered)
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
    merge_text(ws, 7, 1, COLUMNS, _subject(data), font=font(14, bold=True), alignment=centered)
    ws.row_dimensions[7].height = 40
    merge_text(ws, 8, 1, COLUMNS, "-----", font=font(13), alignment=centered)
    row = 9
    if data.top.parent_code is not None:
        merge_text(
            ws,
            row,
            1,
            COLUMNS,
            f"({data.top.name})",
            font=font(13, italic=True),
            alignment=centered,
        )
        row += 1
    row += 1
    if data.unit_lines:
        merge_text(ws, row, 1, COLUMNS, "I. KẾT QUẢ Ở CÁC ĐƠN VỊ", font=font(13, bold=True))
        row += 1
        for number, (section, lines) in enumerate(_by_topic(data), start=1):
            merge_text(ws, row, 1, COLUMNS, f"{number}. {section}", font=font(13, bold=True))
            row = _write_lines(ws, row + 1, lines)
        row += 1
    if data.top_lines:
        merge_text(ws, row, 1, COLUMNS, "II. KẾT QUẢ CHUNG TOÀN ĐẢNG BỘ", font=font(13, bold=True))
        row += 1
        if data.coverage:
            merge_text(
                ws, row, 1, COLUMNS, data.coverage, font=font(13, italic=True), alignment=WRAP
            )
            fit_row_height(ws, row, data.coverage, COLUMNS * WIDTH * 1.1, 13)
            row += 1
        row = _write_lines(ws, row, data.top_lines) + 1
    if data.trend_lines:
        merge_text(ws, row, 1, COLUMNS, "III. SO SÁNH QUA CÁC NĂM", font=font(13, bold=True))
        row = _write_lines(ws, row + 1, data.trend_lines) + 1
    if not (data.unit_lines or data.top_lines):
        merge_text(ws, row, 1, COLUMNS, "Chưa có số liệu trong kỳ báo cáo.", font=font(13))
        row += 2
    _signature(ws, row + 1, data)
    print_setup(ws, number_first_page=False)
    ws.print_area = f"A1:H{ws.max_row}"


def _subject(data: ReportInput) -> str:
    directive = (
        "thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh "
        "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
    )
    if data.is_range:
        return f"Sơ kết {len(data.years)} năm {directive} ({data.period_text()})"
    return f"Kết quả {directive} năm {data.period_text()}"


def _by_topic(data: ReportInput) -> list[tuple[str, list[Line]]]:
    """The units' lines grouped under the catalogue's sections, in unit order within each."""
    out = []
    for section in data.catalogue.sections:
        lines = [line for line in data.unit_lines if line.topic == section.code]
        if lines:
            out.append((section.label_vi, lines))
    return out


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
    put(ws, row, *LEFT, "Nơi nhận:", font=font(12, underline="single"))
    put(ws, row + 1, *LEFT, "- Ban Tuyên giáo và Dân vận Trung ương (b/c),", font=font(11))
    put(ws, row + 2, *LEFT, "- Lưu Văn phòng.", font=font(11))

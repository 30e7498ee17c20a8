"""Sheet 'Qua các năm': every indicator of the top unit by year, with a bar chart."""

from __future__ import annotations

from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ct05_desktop.excel.report_input import ReportInput
from ct05_desktop.excel.styles import (
    BORDER,
    CENTER,
    HEADER_FILL,
    font,
    merge_text,
    print_setup,
    put_number,
    put_text,
)

TITLE = "Qua các năm"
HEADER_ROW = 3
CHART_SECTIONS = ("breakthrough", "reception", "exemplars")  # counts of a similar size


def write_years(wb: Workbook, data: ReportInput) -> None:
    ws = wb.create_sheet(TITLE)
    years = list(data.trend_years or data.years)
    last = 2 + len(years)
    merge_text(
        ws,
        1,
        1,
        last,
        f"SỐ LIỆU QUA CÁC NĂM {years[0]}–{years[-1]} ({data.top.name})",
        font=font(13, bold=True),
        alignment=CENTER,
    )
    head = {"font": font(11, bold=True), "alignment": CENTER, "border": BORDER, "fill": HEADER_FILL}
    put_text(ws, HEADER_ROW, 1, "Nhóm", **head)
    put_text(ws, HEADER_ROW, 2, "Chỉ tiêu", **head)
    for n, year in enumerate(years, start=3):
        put_text(ws, HEADER_ROW, n, str(year), **head)
    row = HEADER_ROW + 1
    multi_year: list[int] = []
    any_year: list[int] = []
    for section in data.catalogue.sections:
        first = row
        for ind in data.catalogue.in_section(section.code):
            values = [data.figures.value(data.top.code, y, ind.code) for y in years]
            put_text(ws, row, 1, section.label_vi, font=font(11), alignment=CENTER, border=BORDER)
            put_text(ws, row, 2, ind.label_vi, alignment=Alignment(wrap_text=True), border=BORDER)
            for n, value in enumerate(values, start=3):
                put_number(ws, row, n, value, border=BORDER)
            present = sum(v is not None for v in values)
            if ind.section in CHART_SECTIONS and present:
                (multi_year if present > 1 else any_year).append(row)
            row += 1
        if row - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 44
    for n in range(3, last + 1):
        ws.column_dimensions[get_column_letter(n)].width = 10
    # beside the table, so the page holds both: the indicators followed over several years
    _chart(ws, multi_year or any_year, last, f"{get_column_letter(last + 2)}{HEADER_ROW}")
    print_setup(ws, title_rows=f"{HEADER_ROW}:{HEADER_ROW}", freeze=f"C{HEADER_ROW + 1}")


def _chart(ws: Worksheet, rows: list[int], last_col: int, anchor: str) -> None:
    """A clustered bar chart of those rows by year (an empty one when no row has data)."""
    chart = BarChart()
    chart.type = "col"
    chart.title = "Chỉ tiêu theo dõi qua các năm"
    chart.y_axis.title = "Số lượng"
    chart.x_axis.title = "Năm"
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.height, chart.width = 10, 16
    for r in rows:
        data = Reference(ws, min_col=2, max_col=last_col, min_row=r, max_row=r)
        chart.add_data(data, from_rows=True, titles_from_data=True)
    years = Reference(ws, min_col=3, max_col=last_col, min_row=HEADER_ROW, max_row=HEADER_ROW)
    chart.set_categories(years)
    ws.add_chart(chart, anchor)

"""Sheet 'Qua các năm': every indicator of the top unit by year, with a bar chart; the
figures are the same as the text's (the unit's one figure each year)."""

from __future__ import annotations

from openpyxl.chart import BarChart, Reference
from openpyxl.chart.text import RichText
from openpyxl.drawing.text import CharacterProperties, Font, Paragraph, ParagraphProperties
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ct05_desktop.domain.report_model import Report
from ct05_desktop.excel.styles import (
    BORDER,
    CENTER,
    FONT,
    HEADER_FILL,
    YEAR,
    fit_rows,
    font,
    print_setup,
    put_number,
    put_text,
    titled_table,
)

TITLE = "Qua các năm"
HEADER_ROW = 5
CHART_SECTIONS = ("breakthrough", "reception", "exemplars")  # counts of a similar size


def write_years(wb: Workbook, report: Report, number: int) -> int:
    ws = wb.create_sheet(TITLE)
    years = list(report.trend_years or report.years)
    last = 2 + len(years)
    period = f"{years[0]} - {years[-1]}" if len(years) > 1 else str(years[0])
    titled_table(
        ws,
        number,
        f"MỘT SỐ CHỈ TIÊU QUA CÁC NĂM {period} ({report.top_name})",
        report.appendix_reference(),
        ["Nhóm", "Chỉ tiêu"] + [""] * len(years),
        HEADER_ROW,
    )
    head = {"font": font(11, bold=True), "alignment": CENTER, "border": BORDER, "fill": HEADER_FILL}
    for n, year in enumerate(years, start=3):
        put_number(ws, HEADER_ROW, n, year, YEAR, **head)
    row = HEADER_ROW + 1
    multi_year: list[int] = []
    any_year: list[int] = []
    for section in report.catalogue.sections:
        first = row
        for ind in report.catalogue.in_section(section.code):
            values = [report.figures.value(report.top.code, y, ind.code) for y in years]
            put_text(ws, row, 1, section.label_vi, font=font(11), alignment=CENTER, border=BORDER)
            wrap = Alignment(wrap_text=True, vertical="center")
            put_text(ws, row, 2, ind.label_vi, alignment=wrap, border=BORDER)
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
    fit_rows(ws, HEADER_ROW + 1, row - 1)
    # beside the table, so the page holds both: the indicators followed over several years
    _chart(ws, multi_year or any_year, last, f"{get_column_letter(last + 2)}{HEADER_ROW}")
    print_setup(ws, title_rows=f"{HEADER_ROW}:{HEADER_ROW}", freeze=f"C{HEADER_ROW + 1}")
    return 1


def _text(size: int, bold: bool = False) -> RichText:
    """Chart text in Times New Roman, like the rest of the report."""
    props = CharacterProperties(latin=Font(typeface=FONT), sz=size * 100, b=bold)
    return RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=props), endParaRPr=props)])


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
    chart.x_axis.txPr = chart.y_axis.txPr = _text(10)
    chart.legend.txPr = _text(10)
    for title, size in ((chart.title, 13), (chart.x_axis.title, 10), (chart.y_axis.title, 10)):
        for paragraph in title.tx.rich.p:
            paragraph.pPr = ParagraphProperties(defRPr=_text(size, bold=True).p[0].pPr.defRPr)
            for run in paragraph.r or []:
                run.rPr = CharacterProperties(latin=Font(typeface=FONT), sz=size * 100, b=True)
    ws.add_chart(chart, anchor)

"""Sheet 'Qua các năm': the top unit's indicators by year, each share as its pair (domain.
trend_table: the same figures as the text's), and below the table one bar chart per
indicator followed over several years, two side by side, never split over two pages."""

from __future__ import annotations

from xlsxwriter.utility import xl_col_to_name

from ct05_desktop.domain.form_words import OUTSIDE_FORM
from ct05_desktop.domain.report_model import Report
from ct05_desktop.domain.trend_table import SHARE, TrendRow, trend_rows
from ct05_desktop.excel.book import (
    BORDER,
    CENTER,
    FONT,
    HEADER_FILL,
    MIDDLE,
    NUMBER,
    PERCENT,
    TIMES_LEADING,
    WRAP,
    YEAR,
    Book,
    Sheet,
    Style,
    font,
    lines_needed,
    print_setup,
)
from ct05_desktop.excel.captions import caption

TITLE = "Qua các năm"
HEADER_ROW = 5
CHART_ROWS = 16  # rows of 15 pt a chart and its gap take
CHARTS_PER_PAGE = 4  # two rows of two on an A4 landscape page
LINE = 11 * TIMES_LEADING  # a line of 11 pt text
PAGE_WIDTH, PAGE_HEIGHT = 784.0, 537.0  # points inside an A4 landscape page's margins


def years_of(report: Report) -> list[int]:
    return list(report.trend_years or report.years)


def year_rows(report: Report) -> list[TrendRow]:
    """The sheet's rows: none means no sheet (a unit without figures has no empty page)."""
    under = [u.code for u in report.units]
    top = report.top
    return trend_rows(report.figures, top.code, years_of(report), top.level, under, report.final)


def write_years(book: Book, report: Report, number: int) -> int:
    rows = year_rows(report)
    if not rows or not report.years_sheet:
        return 0
    years = years_of(report)
    sheet = book.sheet(TITLE)
    last = 2 + len(years)
    sheet.width(1, 18)
    sheet.width(2, 44)
    for n in range(3, last + 1):
        sheet.width(n, 10)
    period = f"{years[0]} - {years[-1]}" if len(years) > 1 else str(years[0])
    title = f"MỘT SỐ CHỈ TIÊU QUA CÁC NĂM {period} ({report.top_name})"
    caption(sheet, 1, last, number, title, report.appendix_reference())
    head = (font(11, bold=True), CENTER, BORDER, HEADER_FILL)
    sheet.text(HEADER_ROW, 1, "Nhóm", *head)
    sheet.text(HEADER_ROW, 2, "Chỉ tiêu", *head)
    for n, year in enumerate(years, start=3):
        sheet.number(HEADER_ROW, n, year, YEAR, *head)
    row = HEADER_ROW + 1
    charted: list[tuple[int, str, int, int]] = []
    body = font(11)
    first = row
    heights: list[float] = []  # of the section's rows
    groups: list[tuple[int, float]] = []  # each section's first row and height
    labels = [r.label for r in rows if r.kind != SHARE]
    repeated = {label for label in labels if labels.count(label) > 1}
    for n, item in enumerate(rows):
        _row(sheet, row, item, body)
        heights.append(lines_needed(item.label, 44, 11) * LINE + 2)
        if item.kind != SHARE and sum(v is not None for v in item.values) > 1:
            # a label two sections share ("Tổng số tổ chức cơ sở đảng") names its section
            title = f"{item.section}: {item.label}" if item.label in repeated else item.label
            charted.append((row, title, *_in_form_columns(item, last)))
        if n == len(rows) - 1 or rows[n + 1].section != item.section:
            sheet.merge_block(first, 1, row, 1, item.section, body, CENTER, BORDER)
            need = lines_needed(item.section, 18, 11) * LINE + 2  # the merged name
            heights[-1] += max(0.0, need - sum(heights))
            for k, height in enumerate(heights):
                sheet.height(first + k, height)
            groups.append((first, sum(heights)))
            first, heights = row + 1, []
        row += 1
    breaks = _table_breaks(sheet, groups, last)
    breaks += _charts(book, sheet, charted, row + 1, last)
    sheet.ws.set_h_pagebreaks(breaks)
    # the header repeated only when the table itself runs over a page, not above charts
    long = bool(breaks) and breaks[0] < row
    print_setup(
        sheet, title_rows=(HEADER_ROW, HEADER_ROW) if long else None, freeze=(HEADER_ROW + 1, 3)
    )
    return 1


def _table_breaks(sheet: Sheet, groups: list[tuple[int, float]], last: int) -> list[int]:
    """Page breaks between sections, never inside one (its name is one merged cell, which
    a break would leave on one page only): a section that would cross the page's foot
    starts the next page. The page's height in the sheet's points, as the sheet is scaled
    to the page's width, with a margin for the printer's rounding."""
    points = sum((sheet.widths.get(c, 8.43) * 7 + 5) * 0.75 for c in range(1, last + 1))
    room = PAGE_HEIGHT / min(1.0, PAGE_WIDTH / points) * 0.95
    header = sheet.heights.get(HEADER_ROW, 15.0)
    used = sum(sheet.heights.get(r, 15.0) for r in range(1, HEADER_ROW + 1))
    breaks: list[int] = []
    for first, height in groups:
        if used + height > room and used > header:
            breaks.append(first - 1)  # XlsxWriter: a break after that (0-based) row
            used = header  # the header row repeated at the top
        used += height
    return breaks


def _row(sheet: Sheet, row: int, item: TrendRow, body: Style) -> None:
    sheet.text(row, 2, item.label, body, WRAP, BORDER)
    for n, value in enumerate(item.values, start=3):
        if item.is_outside(n - 3):  # the year's form lacks it: said, never a 0 or a blank
            sheet.text(row, n, OUTSIDE_FORM, body, WRAP, MIDDLE, BORDER)
            continue
        if item.kind != SHARE:
            sheet.number(row, n, value, NUMBER, body, MIDDLE, BORDER)
            continue
        pair = item.pairs[n - 3]
        if pair is None:
            sheet.text(row, n, "", BORDER)
            continue
        column = xl_col_to_name(n - 1)
        part, whole = f"{column}{row - 1}", f"{column}{row - 2}"
        formula = f'=IF(N({whole})>0,{part}/{whole},"")'
        sheet.formula(row, n, formula, pair[0] / pair[1], PERCENT, body, MIDDLE, BORDER)


def _in_form_columns(item: TrendRow, last: int) -> tuple[int, int]:
    """The columns of the years from the first to the last whose form holds the row's
    indicator (a chart drawn over a year that lacks it would show a 0 bar)."""
    held = [n for n in range(len(item.values)) if not item.is_outside(n)]
    return (3 + held[0], 3 + held[-1]) if held else (3, last)


def _charts(
    book: Book, sheet: Sheet, rows: list[tuple[int, str, int, int]], start: int, last: int
) -> list[int]:
    """One column chart per indicator, two a row, a page break before every other row
    (the breaks returned)."""
    if not rows:
        return []
    axis_font = {"name": FONT, "size": 10}
    breaks = [start - 1]
    width = int(sum(sheet.widths.get(c, 10) for c in range(1, last + 1)) * 7 / 2) - 10
    for n, (row, named, left, right) in enumerate(rows):
        label = f" {named}" if named.startswith("=") else named  # a name, never a formula
        chart = book.workbook.add_chart({"type": "column"})
        assert chart is not None
        chart.add_series(
            {
                "name": label,
                "categories": [sheet.name, HEADER_ROW - 1, left - 1, HEADER_ROW - 1, right - 1],
                "values": [sheet.name, row - 1, left - 1, row - 1, right - 1],
                "data_labels": {"value": True, "num_format": NUMBER, "font": axis_font},
                "fill": {"color": "#4F81BD"},
            }
        )
        chart.set_title({"name": label, "name_font": {"name": FONT, "size": 11, "bold": True}})
        chart.set_legend({"none": True})
        chart.set_x_axis({"num_font": axis_font, "num_format": "0"})
        chart.set_y_axis({"num_font": axis_font, "num_format": NUMBER, "min": 0})
        chart.set_size({"width": width, "height": (CHART_ROWS - 1) * 20})
        chart_row = start + (n // 2) * CHART_ROWS
        if n and n % CHARTS_PER_PAGE == 0:
            breaks.append(chart_row - 1)
        offset = (n % 2) * (width + 10)
        sheet.ws.insert_chart(chart_row - 1, 0, chart, {"x_offset": offset, "y_offset": 4})
    sheet.last_row = start + ((len(rows) + 1) // 2) * CHART_ROWS
    return breaks

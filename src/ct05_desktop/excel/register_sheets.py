"""One sheet per register that has rows in the period under the top unit."""

from __future__ import annotations

import datetime as dt

from ct05_desktop.domain.registers import AWARDS, BREAKTHROUGH, COMMITMENTS, DIALOGUES, EXEMPLARS
from ct05_desktop.domain.report_model import Report
from ct05_desktop.excel.book import (
    BORDER,
    CENTER,
    DATE,
    NUMBER,
    WRAP,
    YEAR,
    Book,
    font,
    print_setup,
)
from ct05_desktop.excel.captions import titled_table

SHEET_NAMES = {  # Excel allows 31 characters in a sheet name
    BREAKTHROUGH.key: "Mô hình đột phá",
    EXEMPLARS.key: "Gương điển hình",
    AWARDS.key: "Khen thưởng",
    DIALOGUES.key: "Hội nghị đối thoại",
    COMMITMENTS.key: "Đăng ký làm theo",
}
HEADER_ROW = 5
MIDDLE = {"valign": "vcenter"}
WIDTHS = {"text": 28, "int": 10, "date": 12, "choice": 18}


def write_registers(book: Book, report: Report, number: int) -> int:
    body = font(12)
    for n_sheet, (spec, rows) in enumerate(report.registers):
        sheet = book.sheet(SHEET_NAMES[spec.key])
        # a column no row fills is left out (as the summary table leaves out its own)
        fields = [f for f in spec.fields if any(row.get(f.name) not in (None, "") for row in rows)]
        titles = ["STT", "Đơn vị", "Năm"] + [f.label_vi for f in fields]
        # narrow enough that the widest register prints at 90% or more on A4 landscape
        for col, width in enumerate([5, 22, 7] + [WIDTHS[f.kind] for f in fields], 1):
            sheet.width(col, width)
        titled_table(
            sheet,
            number + n_sheet,
            f"{spec.label_vi.upper()} ({report.top_name}, {report.period_text()})",
            report.appendix_reference(),
            titles,
            HEADER_ROW,
        )
        for n, row in enumerate(rows, start=1):
            r = HEADER_ROW + n
            sheet.number(r, 1, n, "0", body, CENTER, BORDER)
            name = report.names.get(row["org_code"], row["org_code"])
            within = report.within.get((row["org_code"], row["year"]))
            name += f" ({within})" if within else ""
            sheet.text(r, 2, name, body, WRAP, BORDER)
            sheet.number(r, 3, row["year"], YEAR, body, CENTER, BORDER)
            for col, fld in enumerate(fields, start=4):
                value = row.get(fld.name)
                if fld.kind == "int":
                    sheet.number(r, col, value, NUMBER, body, MIDDLE, BORDER)
                elif fld.kind == "date":
                    day = dt.date.fromisoformat(value) if value else None
                    sheet.number(r, col, day, DATE, body, CENTER, BORDER)
                else:
                    shown = fld.label_of(value) if fld.kind == "choice" else value
                    sheet.text(r, col, shown or "", body, WRAP, BORDER)
        sheet.fit_rows(HEADER_ROW + 1, HEADER_ROW + len(rows))
        print_setup(sheet, title_rows=(HEADER_ROW, HEADER_ROW), freeze=(HEADER_ROW + 1, 1))
    return len(report.registers)

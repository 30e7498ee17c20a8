"""One sheet per register that has rows in the period under the top unit."""

from __future__ import annotations

import datetime as dt

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook

from ct05_desktop.domain.registers import AWARDS, BREAKTHROUGH, DIALOGUES, EXEMPLARS
from ct05_desktop.domain.report_model import Report
from ct05_desktop.excel.styles import (
    BORDER,
    CENTER,
    DATE,
    YEAR,
    fit_rows,
    print_setup,
    put_number,
    put_text,
    titled_table,
)

SHEET_NAMES = {  # Excel allows 31 characters in a sheet name
    BREAKTHROUGH.key: "Mô hình đột phá",
    EXEMPLARS.key: "Gương điển hình",
    AWARDS.key: "Khen thưởng",
    DIALOGUES.key: "Hội nghị đối thoại",
}
HEADER_ROW = 5
WRAPPED = Alignment(wrap_text=True, vertical="center")
MIDDLE = Alignment(vertical="center")


def write_registers(wb: Workbook, report: Report, number: int) -> int:
    for n_sheet, (spec, rows) in enumerate(report.registers):
        ws = wb.create_sheet(SHEET_NAMES[spec.key])
        titles = ["STT", "Đơn vị", "Năm"] + [f.label_vi for f in spec.fields]
        titled_table(
            ws,
            number + n_sheet,
            f"{spec.label_vi.upper()} ({report.top_name}, {report.period_text()})",
            report.appendix_reference(),
            titles,
            HEADER_ROW,
        )
        for n, row in enumerate(rows, start=1):
            r = HEADER_ROW + n
            put_number(ws, r, 1, n, alignment=CENTER, border=BORDER)
            put_text(
                ws,
                r,
                2,
                report.names.get(row["org_code"], row["org_code"]),
                alignment=WRAPPED,
                border=BORDER,
            )
            put_number(ws, r, 3, row["year"], YEAR, alignment=CENTER, border=BORDER)
            for col, fld in enumerate(spec.fields, start=4):
                value = row.get(fld.name)
                if fld.kind == "int":
                    put_number(ws, r, col, value, alignment=MIDDLE, border=BORDER)
                elif fld.kind == "date":
                    day = dt.date.fromisoformat(value) if value else None
                    put_number(ws, r, col, day, DATE, alignment=CENTER, border=BORDER)
                else:
                    shown = fld.label_of(value) if fld.kind == "choice" else value
                    put_text(ws, r, col, shown or "", alignment=WRAPPED, border=BORDER)
        # narrow enough that the widest register prints at 90% or more on A4 landscape
        widths = {"text": 28, "int": 10, "date": 12, "choice": 18}
        for col, width in enumerate([5, 22, 7] + [widths[f.kind] for f in spec.fields], 1):
            ws.column_dimensions[get_column_letter(col)].width = width
        fit_rows(ws, HEADER_ROW, HEADER_ROW + len(rows))
        print_setup(ws, title_rows=f"{HEADER_ROW}:{HEADER_ROW}", freeze=f"A{HEADER_ROW + 1}")
    return len(report.registers)

"""One sheet per register, with the rows of the period under the top unit."""

from __future__ import annotations

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook

from ct05_desktop.domain.registers import AWARDS, BREAKTHROUGH, DIALOGUES, EXEMPLARS, format_date_vi
from ct05_desktop.excel.report_input import ReportInput
from ct05_desktop.excel.styles import (
    BORDER,
    CENTER,
    fit_rows,
    font,
    merge_text,
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
HEADER_ROW = 3
WRAPPED = Alignment(wrap_text=True, vertical="center")


def write_registers(wb: Workbook, data: ReportInput) -> None:
    for spec, rows in data.registers:
        ws = wb.create_sheet(SHEET_NAMES[spec.key])
        titles = ["STT", "Đơn vị", "Năm"] + [f.label_vi for f in spec.fields]
        titled_table(
            ws,
            f"{spec.label_vi.upper()} ({data.top.name}, {data.period_text()})",
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
                data.names.get(row["org_code"], row["org_code"]),
                alignment=WRAPPED,
                border=BORDER,
            )
            put_text(ws, r, 3, str(row["year"]), alignment=CENTER, border=BORDER)
            for col, fld in enumerate(spec.fields, start=4):
                value = row.get(fld.name)
                if fld.kind == "int":
                    put_number(ws, r, col, value, border=BORDER)
                elif fld.kind == "date":
                    put_text(ws, r, col, format_date_vi(value), alignment=CENTER, border=BORDER)
                else:
                    shown = fld.label_of(value) if fld.kind == "choice" else value
                    put_text(ws, r, col, shown or "", alignment=WRAPPED, border=BORDER)
        if not rows:
            merge_text(
                ws,
                HEADER_ROW + 1,
                1,
                len(titles),
                "Không có dòng nào trong kỳ báo cáo.",
                font=font(12, italic=True),
            )
        widths = {"text": 34, "int": 12, "date": 12, "choice": 22}
        for col, width in enumerate([5, 26, 7] + [widths[f.kind] for f in spec.fields], 1):
            ws.column_dimensions[get_column_letter(col)].width = width
        fit_rows(ws, HEADER_ROW, HEADER_ROW + len(rows))
        print_setup(ws, title_rows=f"{HEADER_ROW}:{HEADER_ROW}", freeze=f"A{HEADER_ROW + 1}")

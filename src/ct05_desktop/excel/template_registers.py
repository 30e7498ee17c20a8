"""The register sheets of a unit template: existing rows pre-filled (with their hidden id),
room for new ones, drop-down lists for the fields that take one of a few values."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ct05_desktop.domain.orgs import Org
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.registers import REGISTERS, format_date_vi
from ct05_desktop.excel.register_sheets import SHEET_NAMES
from ct05_desktop.excel.styles import BORDER, CENTER, HEADER_FILL, WRAP, font, put_number, put_text
from ct05_desktop.interchange import FileProblem

HEADER = 2  # row of the column titles; data from the next row
ROOM = 100  # empty rows offered for new entries
INPUT = PatternFill("solid", fgColor="FFF9E5")

RegisterRow = tuple[str, str, int | None, str, dict[str, Any]]  # sheet, cell, id, org, values


def write_register_sheets(
    wb: Workbook, orgs: Sequence[Org], lists: Worksheet, rows: dict[str, list[dict[str, Any]]]
) -> None:
    codes = [o.code for o in orgs]
    list_col = 3  # lists sit in the hidden metadata sheet from column C on
    list_col = _list(lists, list_col, codes)
    org_range = _range(lists, list_col - 1, len(codes))
    for spec in REGISTERS:
        ws = wb.create_sheet(SHEET_NAMES[spec.key])
        titles = ["Mã đơn vị *"] + [f.label_vi + (" *" if f.required else "") for f in spec.fields]
        put_text(
            ws, 1, 1, f"{spec.label_vi} (mỗi dòng một mục; (*) bắt buộc)", font=font(12, bold=True)
        )
        for col, title in enumerate(titles, start=1):
            put_text(
                ws,
                HEADER,
                col,
                title,
                font=font(10, bold=True),
                alignment=CENTER,
                border=BORDER,
                fill=HEADER_FILL,
            )
        id_col = len(titles) + 1
        put_text(ws, HEADER, id_col, "id", font=font(8))
        ws.column_dimensions[get_column_letter(id_col)].hidden = True
        existing = rows.get(spec.key, [])
        last = HEADER + len(existing) + ROOM
        for r in range(HEADER + 1, last + 1):
            for col in range(1, len(titles) + 1):
                cell = ws.cell(r, col)
                cell.fill, cell.border = INPUT, BORDER
                cell.protection = Protection(locked=False)
        for r, row in enumerate(existing, start=HEADER + 1):
            put_text(ws, r, 1, row["org_code"], fill=INPUT, border=BORDER)
            for col, fld in enumerate(spec.fields, start=2):
                value = row.get(fld.name)
                if fld.kind == "int":
                    put_number(ws, r, col, value, fill=INPUT, border=BORDER)
                else:
                    shown = (
                        fld.label_of(value)
                        if fld.kind == "choice"
                        else format_date_vi(value)
                        if fld.kind == "date"
                        else value
                    )
                    put_text(ws, r, col, shown or "", fill=INPUT, border=BORDER, alignment=WRAP)
                ws.cell(r, col).protection = Protection(locked=False)
            ws.cell(r, 1).protection = Protection(locked=False)
            put_number(ws, r, id_col, row["id"])
        first, end = HEADER + 1, last
        _validate(ws, f"A{first}:A{end}", org_range)
        for col, fld in enumerate(spec.fields, start=2):
            letter = get_column_letter(col)
            if fld.kind == "choice":
                list_col = _list(lists, list_col, [c.label_vi for c in fld.choices])
                _validate(
                    ws,
                    f"{letter}{first}:{letter}{end}",
                    _range(lists, list_col - 1, len(fld.choices)),
                )
            ws.column_dimensions[letter].width = {"text": 36, "choice": 26}.get(fld.kind, 13)
        ws.column_dimensions["A"].width = 12
        ws.freeze_panes = f"A{HEADER + 1}"
        ws.protection.sheet = True


def _list(ws: Worksheet, col: int, values: Sequence[str]) -> int:
    for r, value in enumerate(values, start=1):
        put_text(ws, r, col, value)
    return col + 1


def _range(ws: Worksheet, col: int, count: int) -> str:
    letter = get_column_letter(col)
    return f"'{ws.title}'!${letter}$1:${letter}${max(count, 1)}"


def _validate(ws: Worksheet, cells: str, source: str) -> None:
    rule = DataValidation(
        type="list",
        formula1=source,
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Giá trị không có trong danh sách",
        error="Hãy chọn một giá trị trong danh sách.",
    )
    rule.add(cells)
    ws.add_data_validation(rule)


def unreadable(cell: Any, written: Any) -> Refusal | None:
    """Why a cell cannot be taken as a value: an Excel error (#REF!, #N/A…), or a formula
    (plain or array) that was never computed. None when it is fine."""
    if cell.data_type == "e":
        return Refusal("excel_error_cell", value=cell.value)
    formula = (isinstance(written, str) and written.startswith("=")) or (
        not isinstance(written, str | int | float | type(None))
        and not hasattr(written, "isoformat")
    )
    if cell.value is None and formula:
        return Refusal("uncomputed")
    return None


def read_register_sheets(
    values: Workbook,
    formulas: Workbook,
    path_name: str,
    rows: list[RegisterRow],
    problems: list[FileProblem],
) -> None:
    """Collect the non-empty rows of each register sheet (not yet checked); a formula
    without a computed value is refused, never read as an empty cell."""
    for spec in REGISTERS:
        name = SHEET_NAMES[spec.key]
        if name not in values.sheetnames:
            problems.append(
                FileProblem(
                    path_name,
                    None,
                    None,
                    None,
                    Refusal("sheet_missing"),
                    name,
                )
            )
            continue
        ws, raw_ws = values[name], formulas[name]
        id_col = len(spec.fields) + 2
        for r in range(HEADER + 1, ws.max_row + 1):
            cells = [ws.cell(r, c).value for c in range(1, id_col)]
            bad = [
                (c, why)
                for c in range(1, id_col)
                if (why := unreadable(ws.cell(r, c), raw_ws.cell(r, c).value))
            ]
            if bad:
                problems.extend(
                    FileProblem(
                        path_name,
                        None,
                        None,
                        str(ws.cell(r, c).value or ""),
                        why,
                        name,
                        f"{get_column_letter(c)}{r}",
                    )
                    for c, why in bad
                )
                continue
            if all(v is None or str(v).strip() == "" for v in cells):
                continue
            row_id = ws.cell(r, id_col).value
            raw = {f.name: cells[n + 1] for n, f in enumerate(spec.fields)}
            rows.append(
                (
                    name,
                    f"A{r}",
                    int(row_id) if isinstance(row_id, int) else None,
                    str(cells[0] or "").strip(),
                    {"_register": spec.key, **raw},
                )
            )

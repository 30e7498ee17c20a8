"""Writing the register sheets of a unit template: existing rows pre-filled (with their
hidden id), room for new ones, drop-down lists for the fields that take one of a few
values. Reading them back is in template_register_reader.

A row's unit is chosen by name from a drop-down (the clerk knows no codes); the hidden
sheet lists each unit's label beside its code, for the reader. A name two units bear is
told apart by their parents' names (by their codes as a last resort)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from copy import copy
from typing import Any

from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ct05_desktop.domain.orgs import Org
from ct05_desktop.domain.refusals import Phrase, Refusal
from ct05_desktop.domain.registers import REGISTERS, RegisterSpec, format_date_vi
from ct05_desktop.domain.vi_text import nfc
from ct05_desktop.excel.register_sheets import SHEET_NAMES
from ct05_desktop.excel.styles import (
    BORDER,
    CENTER,
    HEADER_FILL,
    UNLOCKED,
    WRAP,
    font,
    put_number,
    put_text,
)
from ct05_desktop.excel.templates.cells import MAX_REGISTER_ROWS, limit

HEADER = 2  # row of the column titles; data from the next row
UNIT_LABELS, UNIT_CODES = 3, 4  # the hidden sheet's columns: the units as listed, their codes
ROOM = 100  # empty rows offered for new entries
INPUT = PatternFill("solid", fgColor="FFF9E5")


def write_register_sheets(
    wb: Workbook,
    orgs: Sequence[Org],
    lists: Worksheet,
    rows: dict[str, list[dict[str, Any]]],
    year: int | None = None,
) -> None:
    """One sheet per register, after the figures; the drop-down lists sit in the hidden
    sheet lists (the units' labels and codes in columns UNIT_LABELS and UNIT_CODES, the
    lists of choices after them)."""
    labels = unit_labels(orgs)
    _list(lists, UNIT_LABELS, [labels[o.code] for o in orgs])
    list_col = _list(lists, UNIT_CODES, [o.code for o in orgs])
    org_range = _range(lists, UNIT_LABELS, len(orgs))
    for spec in REGISTERS:
        ws = wb.create_sheet(SHEET_NAMES[spec.key])
        existing = rows.get(spec.key, [])
        last = _register_heading(ws, spec, len(existing))
        _existing_rows(ws, spec, existing, labels)
        _validate(ws, f"A{HEADER + 1}:A{last}", org_range)
        for col, fld in enumerate(spec.fields, start=2):
            letter = get_column_letter(col)
            if fld.kind == "choice":
                offered = fld.choices_in(year)  # the year's: no district level from 2025
                list_col = _list(lists, list_col, [c.label_vi for c in offered])
                choices = _range(lists, list_col - 1, len(offered))
                _validate(ws, f"{letter}{HEADER + 1}:{letter}{last}", choices)
            ws.column_dimensions[letter].width = {"text": 36, "choice": 26}.get(fld.kind, 13)
        ws.column_dimensions["A"].width = 30
        ws.freeze_panes = f"A{HEADER + 1}"
        ws.protection.sheet = True


def _register_heading(ws: Worksheet, spec: RegisterSpec, count: int) -> int:
    """The title, the column titles, the hidden id column, and the input cells (the rows
    there are and ROOM more); returns the last input row."""
    titles = ["Đơn vị *"] + [f.label_vi + (" *" if f.required else "") for f in spec.fields]
    put_text(
        ws, 1, 1, f"{spec.label_vi} (mỗi dòng một mục; (*) bắt buộc)", font=font(12, bold=True)
    )
    head = {"font": font(10, bold=True), "alignment": CENTER, "border": BORDER, "fill": HEADER_FILL}
    for col, title in enumerate(titles, start=1):
        put_text(ws, HEADER, col, title, **head)
    id_col = len(titles) + 1
    put_text(ws, HEADER, id_col, "id", font=font(8))
    ws.column_dimensions[get_column_letter(id_col)].hidden = True
    if count > MAX_REGISTER_ROWS:  # a template is read back with at most these rows
        raise Refusal(
            "too_many_register_rows",
            register=Phrase(spec.label_vi, spec.label_en),
            count=limit(count),
            limit=limit(MAX_REGISTER_ROWS),
        )
    last = HEADER + count + min(ROOM, MAX_REGISTER_ROWS - count)
    # the input cells: styled once, then each given a copy of that cell's style (openpyxl
    # looks every style object up by its hash: 350,000 cells for 50 communes took 27 s)
    first = ws.cell(HEADER + 1, 1)
    first.fill, first.border = INPUT, BORDER
    first.protection = UNLOCKED
    for r in range(HEADER + 1, last + 1):
        for col in range(1, len(titles) + 1):
            ws.cell(r, col)._style = copy(first._style)
    return last


def _existing_rows(
    ws: Worksheet, spec: RegisterSpec, existing: list[dict[str, Any]], labels: dict[str, str]
) -> None:
    """The rows stored for the year, shown as typed (units by label, choices by label,
    dates d/m/y), each with its hidden id so that an edit finds its row again."""
    id_col = len(spec.fields) + 2
    for r, row in enumerate(existing, start=HEADER + 1):
        unit = labels.get(row["org_code"], row["org_code"])
        typed = {"fill": INPUT, "border": BORDER, "protection": UNLOCKED}
        put_text(ws, r, 1, unit, alignment=WRAP, **typed)
        for col, fld in enumerate(spec.fields, start=2):
            value = row.get(fld.name)
            if fld.kind == "int":
                put_number(ws, r, col, value, **typed)
            else:
                shown = (
                    fld.label_of(value)
                    if fld.kind == "choice"
                    else format_date_vi(value)
                    if fld.kind == "date"
                    else value
                )
                put_text(ws, r, col, shown or "", alignment=WRAP, **typed)
        put_number(ws, r, id_col, row["id"])


def unit_key(text: str) -> str:
    """A unit's label as the reader matches it: letter case and Unicode form aside."""
    return nfc(text).casefold()


def unit_labels(orgs: Sequence[Org]) -> dict[str, str]:
    """How each unit is listed (by code): its name; a name borne twice, with its parent's
    name; still twice, with its code too. No two labels alike (unit_key)."""
    names = {o.code: o.name for o in orgs}

    def parent(org: Org) -> str:
        return names.get(org.parent_code or "", "")

    labels = dict(names)
    shared = _shared(labels)
    for o in orgs:
        if o.code in shared and parent(o):
            labels[o.code] = f"{o.name} ({parent(o)})"
    shared = _shared(labels)
    for o in orgs:
        if o.code in shared:
            labels[o.code] = f"{o.name} ({', '.join(p for p in (parent(o), o.code) if p)})"
    return labels


def _shared(labels: dict[str, str]) -> set[str]:
    """The units whose labels read alike."""
    count = Counter(unit_key(label) for label in labels.values())
    return {code for code, label in labels.items() if count[unit_key(label)] > 1}


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

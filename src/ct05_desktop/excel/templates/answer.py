"""A superior's template filled in from the office's own data (domain.md §9: `ct05 answer`):
the template's unit row of the figures sheet takes one figure per indicator, its register
sheets take the rows given (as new rows, under the template's unit, a row already there
not repeated), its written parts take the texts given. Nothing else is touched: the
signed hidden sheet, the form sheet, the other units' rows, the protection and the lists
stay as the superior's program wrote them, so that it imports the file as from that
unit. Every text is written as text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from openpyxl.styles import Protection
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ct05_desktop.domain.registers import REGISTERS_BY_KEY, RegisterSpec, format_date_vi
from ct05_desktop.excel.register_sheets import SHEET_NAMES
from ct05_desktop.excel.styles import BORDER, WRAP, put_number, put_text
from ct05_desktop.excel.templates.cells import MAX_REGISTER_ROWS
from ct05_desktop.excel.templates.registers import HEADER, INPUT, UNIT_CODES, UNIT_LABELS
from ct05_desktop.excel.templates.texts import FIRST as TEXT_FIRST
from ct05_desktop.excel.templates.texts import TEXTS, TOP_WRAP
from ct05_desktop.excel.templates.writer import CODES, FIGURES, FIRST, META


@dataclass
class Filled:
    """What went into the file."""

    figures: int = 0
    register_rows: int = 0
    repeated_rows: int = 0  # already in the template: not added again
    texts: int = 0
    unit_row: int = 0  # the figures sheet's row of the template's unit
    columns: dict[str, int] = field(default_factory=dict)  # indicator code → column


def template_codes(wb: Workbook) -> list[str]:
    """The indicator codes of the figures sheet, in its order."""
    ws = wb[FIGURES]
    return [str(c.value) for c in ws[CODES][2:] if c.value not in (None, "")]


def fill_figures(wb: Workbook, unit: str, values: Mapping[str, int | None], out: Filled) -> None:
    """The unit's row: each indicator's figure given (None: left as the template has it)."""
    ws = wb[FIGURES]
    out.columns = {str(c.value): c.column for c in ws[CODES][2:] if c.value not in (None, "")}
    for row in range(FIRST, ws.max_row + 1):
        if str(ws.cell(row, 1).value or "").strip() == unit:
            out.unit_row = row
            break
    else:
        raise KeyError(unit)
    for code, column in out.columns.items():
        value = values.get(code)
        if value is not None:
            ws.cell(out.unit_row, column).value = value
            out.figures += 1


def unit_label(wb: Workbook, unit: str) -> str:
    """The unit's label in the register sheets' drop-down (the hidden sheet's list)."""
    meta = wb[META]
    for row in range(1, meta.max_row + 1):
        if str(meta.cell(row, UNIT_CODES).value or "") == unit:
            return str(meta.cell(row, UNIT_LABELS).value or unit)
    return unit


def add_register_rows(
    wb: Workbook, unit: str, rows: Mapping[str, Sequence[Mapping[str, Any]]], out: Filled
) -> None:
    """Each register's rows as new rows under the unit's label, after the rows there."""
    label = unit_label(wb, unit)
    for key, given in rows.items():
        spec = REGISTERS_BY_KEY[key]
        if SHEET_NAMES[key] not in wb.sheetnames or not given:
            continue
        ws = wb[SHEET_NAMES[key]]
        there = {_shown_row(ws, spec, r) for r in range(HEADER + 1, _next_free(ws, spec))}
        at = _next_free(ws, spec)
        for values in given:
            fields = (_shown(spec, name, values) for name in _names(spec))
            shown = tuple("" if v is None else v for v in (label, *fields))
            if shown in there:
                out.repeated_rows += 1
                continue
            if at > HEADER + MAX_REGISTER_ROWS:
                raise OverflowError(key)
            _put_row(ws, spec, at, shown)
            there.add(shown)
            at += 1
            out.register_rows += 1


def fill_texts(wb: Workbook, texts: Mapping[str, str], out: Filled) -> None:
    """Each written part given, in its row of the parts sheet (found by its key)."""
    if TEXTS not in wb.sheetnames:
        return
    ws = wb[TEXTS]
    for row in range(TEXT_FIRST, ws.max_row + 1):
        key = str(ws.cell(row, 1).value or "").strip()
        text = texts.get(key)
        if text:
            cell = put_text(ws, row, 3, text, alignment=TOP_WRAP, border=BORDER, fill=INPUT)
            cell.protection = Protection(locked=False)
            out.texts += 1


def _names(spec: RegisterSpec) -> list[str]:
    return [f.name for f in spec.fields]


def _shown(spec: RegisterSpec, name: str, values: Mapping[str, Any]) -> object:
    """A field as the template shows it: a choice by its label, a date d/m/y."""
    fld = spec.field(name)
    value = values.get(name)
    if fld.kind == "int":
        return value
    if fld.kind == "choice":
        return fld.label_of(value)
    if fld.kind == "date":
        return format_date_vi(value)
    return value or ""


def _shown_row(ws: Worksheet, spec: RegisterSpec, row: int) -> tuple[object, ...]:
    cells = [ws.cell(row, col).value for col in range(1, len(spec.fields) + 2)]
    return tuple("" if v is None else v for v in cells)


def _next_free(ws: Worksheet, spec: RegisterSpec) -> int:
    """The first row after the rows the template holds (an empty unit and fields)."""
    row = HEADER + 1
    while any(v not in (None, "") for v in _shown_row(ws, spec, row)):
        row += 1
    return row


def _put_row(ws: Worksheet, spec: RegisterSpec, row: int, shown: tuple[object, ...]) -> None:
    for col, (value, fld) in enumerate(zip(shown, (None, *spec.fields), strict=True), start=1):
        if fld is not None and fld.kind == "int":
            cell = put_number(ws, row, col, value if isinstance(value, int) else None)
        else:
            cell = put_text(ws, row, col, value or "", alignment=WRAP)
        cell.fill, cell.border = INPUT, BORDER
        cell.protection = Protection(locked=False)

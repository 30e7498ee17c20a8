"""A template's own form (domain.md §9): the year's indicators as the template was written,
on a very hidden sheet in the columns of a form file; the hidden sheet's signed
"catalogue" claim is their count and the digest of the sheet's cells, so that the
signature covers the form and a form sheet edited by hand is known. Read back, it is the
form the filled template is read by, whatever the importing database's form is now."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ct05_desktop.domain.catalogue import (
    INDICATOR_COLUMNS,
    Catalogue,
    indicator_of,
    indicator_row,
)

FORM_SHEET = "_ct05_form"


def _digest(rows: Sequence[Sequence[str]]) -> str:
    """'31:<sha-256>': the rows below the header, counted and hashed as text."""
    text = "\n".join("\x1f".join(row) for row in rows)
    return f"{len(rows)}:{hashlib.sha256(text.encode('utf-8')).hexdigest()}"


def catalogue_version(catalogue: Catalogue) -> str:
    """What the hidden sheet claims (and signs) of the form it is written with."""
    return _digest([indicator_row(i) for i in catalogue.indicators])


def write_form_sheet(wb: Workbook, catalogue: Catalogue) -> Worksheet:
    ws = wb.create_sheet(FORM_SHEET)
    ws.append(INDICATOR_COLUMNS)
    for row in (indicator_row(i) for i in catalogue.indicators):
        ws.append(row)
    for cells in ws.iter_rows():
        for cell in cells:
            cell.data_type = "s"  # text as text, never a formula
    ws.sheet_state = "veryHidden"
    return ws


def read_form_sheet(wb: Workbook) -> tuple[Catalogue, str] | None:
    """The template's indicators and the digest of the sheet as it is (None: a template
    without one, written before forms by year; no sections: the reader's own name them). Its
    reader compares the digest with the signed claim."""
    if FORM_SHEET not in wb.sheetnames:
        return None
    found = [
        ["" if v is None else str(v) for v in values]
        for values in wb[FORM_SHEET].iter_rows(values_only=True)
    ]
    if not found:
        return Catalogue((), ()), _digest([])
    header, rows = found[0], [r for r in found[1:] if any(r)]
    width = len([h for h in header if h])
    rows = [(r + [""] * width)[:width] for r in rows]
    indicators = tuple(indicator_of(dict(zip(header, row, strict=False))) for row in rows)
    return Catalogue((), indicators), _digest(rows)

"""A template's own form (issue 23): the year's indicators as the template was written,
on a very hidden sheet in the columns of a form file; the hidden sheet's signed
"catalogue" claim is their count and digest, so that the signature covers the form and a
form sheet edited by hand is known. Read back, it is the form the filled template is
read by, whatever the importing database's form is now."""

from __future__ import annotations

import hashlib

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ct05_desktop.domain.catalogue import Catalogue, Indicator
from ct05_desktop.interchange import FORM_COLUMNS

FORM_SHEET = "_ct05_form"


def form_rows(catalogue: Catalogue) -> list[tuple[str, ...]]:
    return [
        (
            i.code,
            i.section,
            i.kind,
            i.whole or "",
            "+".join(i.parts),
            i.label_vi,
            i.label_en,
            i.noun,
        )
        for i in catalogue.indicators
    ]


def catalogue_version(catalogue: Catalogue) -> str:
    """'31:<sha-256 of the rows>': what the hidden sheet claims (and signs) of the form."""
    text = "\n".join("\x1f".join(row) for row in form_rows(catalogue))
    return f"{len(catalogue.codes)}:{hashlib.sha256(text.encode('utf-8')).hexdigest()}"


def write_form_sheet(wb: Workbook, catalogue: Catalogue) -> Worksheet:
    ws = wb.create_sheet(FORM_SHEET)
    ws.append(FORM_COLUMNS)
    for row in form_rows(catalogue):
        ws.append(row)
    for row in ws.iter_rows():
        for cell in row:
            cell.data_type = "s"  # text as text, never a formula
    ws.sheet_state = "veryHidden"
    return ws


def read_form_sheet(wb: Workbook) -> Catalogue | None:
    """The template's indicators (None: a template without them, written before issue
    23; no sections: the reader's own name them). Checked by its reader against the
    signed claim (catalogue_version)."""
    if FORM_SHEET not in wb.sheetnames:
        return None
    ws = wb[FORM_SHEET]
    indicators = []
    for n, values in enumerate(ws.iter_rows(values_only=True)):
        cells = ["" if v is None else str(v) for v in values] + [""] * len(FORM_COLUMNS)
        if n == 0 or not cells[0]:
            continue
        code, section, kind, whole, parts, label_vi, label_en, noun = cells[: len(FORM_COLUMNS)]
        split = tuple(p for p in parts.split("+") if p)
        indicators.append(
            Indicator(code, section, kind, label_vi, label_en, whole or None, split, noun)
        )
    return Catalogue((), tuple(indicators))

"""A filled template's cells, read within what a template can hold and taken only as
plain values.

Bounds: a file says how far its sheets reach (the dimension tag, max_row), and a file
of 20 KB can say "row 1,048,576"; walking that far cell by cell took 10 GB and three
minutes (domain.md §9). So a sheet is streamed (openpyxl's read-only mode), only the
columns a template has are taken, and only the rows it can have: content past them
refuses the file at the first such row, and rows that are absent cost nothing.

Values: what the program stores must be text, a number or a date, typed: an Excel error,
a formula (computed or not: its cached value is not to be trusted), a TRUE/FALSE, a time,
and a text with control characters (which make every later report fail in openpyxl, and
which a terminal may obey) are refused where they are, shown in words, never as a Python
object's repr."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.file_problems import FileProblem, UnreadableFile
from ct05_desktop.domain.phrase_words import phrase
from ct05_desktop.domain.refusals import Phrase, Refusal
from ct05_desktop.domain.registers import date_cell_text

MAX_REGISTER_ROWS = 20_000  # rows per register sheet: a province's year is about 5,000
MAX_INDICATOR_COLUMNS = 200  # the catalogue has some thirty indicators
SHOWN = 80  # characters of a cell's text repeated in a message

# C0 but tab, LF and CR; DEL and C1; lone surrogates and the two non-characters, which
# no XML file may hold (openpyxl turns Excel's _x0007_ escapes into them when reading)
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

_KINDS = {
    bool: phrase("cell_bool"),
    dt.time: phrase("cell_time"),
    dt.timedelta: phrase("cell_duration"),
}
_OTHER = phrase("cell_object")

Cells = tuple[Any, ...]  # a row's cells, read-only (value, data_type, coordinate)


class NotATemplate(UnreadableFile):
    """A file that is not a template this program can read; its one problem says why."""


def refuse(
    path: Path, code: str, sheet: str | None = None, cell: str | None = None, **params: object
) -> NotATemplate:
    """The file refused whole, with one problem (where it is known: sheet and cell)."""
    return NotATemplate(
        FileProblem(path.name, None, None, None, Refusal(code, **params), sheet, cell)
    )


def limit(count: int) -> Phrase:
    """A count in a sentence: 20.000 in Vietnamese, 20,000 in English."""
    return Phrase(vi_format.number(count), f"{count:,}")


def present(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def sheet(path: Path, book: Workbook, name: str) -> ReadOnlyWorksheet:
    """A sheet of a workbook opened read-only (a chart sheet under a template's name is
    not one of ours)."""
    ws = book[name]
    if not isinstance(ws, ReadOnlyWorksheet):
        raise refuse(path, "sheet_missing", name)
    return ws


def rows(
    path: Path,
    name: str,
    pair: tuple[ReadOnlyWorksheet, ReadOnlyWorksheet],
    first: int,
    width: int,
    last: int,
    too_far: Callable[[int], Refusal] | None = None,
) -> Iterator[tuple[int, Cells, Cells]]:
    """Rows first..last of a sheet, width cells each, as computed and as written side by
    side; a value past last refuses the file (too_far(row) says why) at the first one,
    or, without too_far, is not looked for.

    The dimension tag is not believed either way: a tag that claims less would hide
    rows. Rows the file does not have are filled in by openpyxl with one shared empty
    tuple, so a lone far cell costs a quick loop, not memory."""
    values, written = pair
    blank: Cells = ()
    try:
        for ws in pair:
            ws.reset_dimensions()
        both = zip(
            values.iter_rows(min_row=first, max_col=width),
            written.iter_rows(min_row=first, max_col=width),
            strict=True,
        )
        for number, (cells, raw) in enumerate(both, start=first):
            if number <= last:
                yield number, cells, raw
                continue
            if too_far is None:
                return
            if cells is blank:  # openpyxl's one filler for absent rows, already looked at
                continue
            col = next((n for n, c in enumerate(cells, 1) if present(c.value)), 0)
            if not col:
                blank = cells
                continue
            ref = f"{get_column_letter(col)}{number}"
            value = shown(cells[col - 1].value)
            raise NotATemplate(
                FileProblem(path.name, None, None, value, too_far(number), name, ref)
            )
    except NotATemplate:
        raise
    except Exception as exc:  # hostile or broken XML surfaces only as the rows are read
        raise refuse(path, "xlsx_unreadable", name, detail=type(exc).__name__) from exc


def problem(cell: Any, written: Any) -> Refusal | None:
    """Why a cell cannot be taken as a value, or None when it is fine: an Excel error
    (#REF!, #N/A…), a formula (plain or array) never computed, a value that is not text,
    a number or a date, a text with unprintable characters."""
    value = cell.value
    if cell.data_type == "e":
        return Refusal("excel_error_cell", value=shown(value) or "")
    # a formula (plain, array or data table) as written, computed or not: what Excel last
    # computed need not be what it says (=1+1 may carry 999), and a later edit may change
    # it without anyone seeing; a text that starts with '=' is written as that same text
    formula = (isinstance(written, str) and written.startswith("=") and written != value) or (
        isinstance(written, ArrayFormula | DataTableFormula)
    )
    if formula:
        return Refusal("formula_cell", formula=shown(None, written) or "")
    if value is None:
        return None
    if isinstance(value, str):
        found = sorted(set(_UNPRINTABLE.findall(value)))
        if found:
            return Refusal("control_character", char=", ".join(f"U+{ord(c):04X}" for c in found))
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | dt.date):
        return Refusal("not_plain_value", kind=_KINDS.get(type(value), _OTHER))
    return None


def shown(value: Any, written: Any = None) -> str | None:
    """A cell as a message may repeat it: its text (unprintable characters as U+0007,
    cut short), or the formula written when nothing was computed; never an object."""
    if value is None:
        value = written.text if isinstance(written, ArrayFormula) else written
    if value is None or not isinstance(value, str | int | float | dt.date | dt.time):
        return None
    if isinstance(value, dt.date):
        value = date_cell_text(value)
    text = _UNPRINTABLE.sub(lambda m: f"[U+{ord(m.group()):04X}]", str(value))
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"

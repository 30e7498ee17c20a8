"""The register sheets of a filled template, read row by row (checking them against the
database is the workflow's): at most MAX_REGISTER_ROWS rows a sheet, the register's
columns and the hidden id column only.

A pre-filled row carries the hidden id of its stored row, so that an edit finds it
again; a row copied with its id would edit one stored row twice, the second silently
winning, so two rows with one id are refused, naming both."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from ct05_desktop.domain.file_problems import FileProblem
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.registers import REGISTERS
from ct05_desktop.excel.register_sheets import SHEET_NAMES
from ct05_desktop.excel.templates.cells import (
    MAX_REGISTER_ROWS,
    limit,
    present,
    problem,
    rows,
    shown,
)
from ct05_desktop.excel.templates.registers import HEADER, unit_key

RegisterRow = tuple[str, str, int | None, str, dict[str, Any]]  # sheet, cell, id, org, values


def read_register_sheets(
    path: Path,
    sheetnames: Sequence[str],
    pair: Callable[[str], tuple[Any, Any]],
    units: Mapping[str, str],
    found: list[RegisterRow],
    problems: list[FileProblem],
) -> None:
    """Collect the non-empty rows of each register sheet (not yet checked); a cell that
    cannot be taken as a value is refused where it is, never read as an empty cell. A
    row's unit is taken by its label in units (unit_key → code), else as typed (a code)."""
    last = HEADER + MAX_REGISTER_ROWS

    def far(row: int) -> Refusal:
        return Refusal("sheet_too_long", limit=limit(MAX_REGISTER_ROWS), row=limit(row))

    for spec in REGISTERS:
        name = SHEET_NAMES[spec.key]
        if name not in sheetnames:
            problems.append(
                FileProblem(path.name, None, None, None, Refusal("sheet_missing"), name)
            )
            continue
        id_col = len(spec.fields) + 2
        ids: dict[int, str] = {}
        for r, cells, raw in rows(path, name, pair(name), HEADER + 1, id_col, last, far):
            bad = [
                (c, why)
                for c in range(1, id_col + 1)
                if (why := problem(cells[c - 1], raw[c - 1].value))
            ]
            if bad:
                problems.extend(
                    FileProblem(
                        path.name,
                        None,
                        None,
                        shown(cells[c - 1].value, raw[c - 1].value),
                        why,
                        name,
                        f"{get_column_letter(c)}{r}",
                    )
                    for c, why in bad
                )
                continue
            values = [c.value for c in cells[: id_col - 1]]
            if not any(present(v) for v in values):
                continue
            row_id = _row_id(cells[id_col - 1].value)
            where = f"A{r}"
            if isinstance(row_id, Refusal):
                ref = f"{get_column_letter(id_col)}{r}"
                problems.append(
                    FileProblem(
                        path.name, None, None, shown(cells[id_col - 1].value), row_id, name, ref
                    )
                )
                continue
            if row_id is not None and row_id in ids:
                twice = Refusal("row_id_twice", id=row_id, first=ids[row_id], second=where)
                problems.append(FileProblem(path.name, None, None, None, twice, name, where))
                continue
            if row_id is not None:
                ids[row_id] = where
            raw_values = {f.name: values[n + 1] for n, f in enumerate(spec.fields)}
            unit = str(values[0] or "").strip()
            unit = units.get(unit_key(unit), unit)
            found.append((name, where, row_id, unit, {"_register": spec.key, **raw_values}))


def _row_id(value: object) -> int | Refusal | None:
    """The hidden id the program wrote (a whole number from 1), none for a new row; a
    text, a fraction or a TRUE there was typed over it."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    return Refusal("bad_row_id")

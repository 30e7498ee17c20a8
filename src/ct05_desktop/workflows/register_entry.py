"""Register rows typed in the window, pasted from Excel or read from a file: each row
checked field by field, written whole or refused whole, refused in a closed unit-year."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ct05_desktop.domain.refusals import Phrase, Refusal
from ct05_desktop.domain.registers import REGISTERS_BY_KEY, FieldError, parse_field, row_problems
from ct05_desktop.domain.sources import Source
from ct05_desktop.workflows.entry import InputRefused, unit_year_guard
from ct05_desktop.workflows.session import Session


def parse_register_row(
    register: str, raw: Mapping[str, object], row: int | None = None, year: int | None = None
) -> dict[str, Any]:
    """Check and convert one row of input (row: its number among several) of year; raises
    InputRefused naming every bad cell."""
    spec = REGISTERS_BY_KEY[register]
    values: dict[str, Any] = {}
    problems: list[Refusal] = []
    for fld in spec.fields:
        try:
            values[fld.name] = parse_field(fld, raw.get(fld.name), year)
        except FieldError as exc:
            problems.append(_in_column(fld.label_vi, fld.label_en, exc, row))
    if not problems:  # the fields against each other (a key cadre's row names the cadre)
        problems += [_in_row(why, row) for why in row_problems(spec, values)]
    if problems:
        raise InputRefused(problems)
    return values


def _in_row(reason: Refusal, row: int | None) -> Refusal:
    return reason if row is None else Refusal("in_row", row=row, reason=reason)


def _in_column(label_vi: str, label_en: str, reason: Refusal, row: int | None = None) -> Refusal:
    column = Phrase(label_vi, label_en)
    if row is None:
        return Refusal("in_column", column=column, reason=reason)
    return Refusal("in_row_column", row=row, column=column, reason=reason)


def add_register_rows(
    session: Session,
    register: str,
    org: str,
    year: int,
    rows: Sequence[Mapping[str, object]],
    source: Source,
    first_line: int = 1,
) -> list[int]:
    """Add rows (typed in a dialog or pasted from Excel): all of them, or none."""
    parsed, problems = [], []
    for n, raw in enumerate(rows, start=first_line):
        try:
            number = n if len(rows) > 1 else None
            parsed.append(parse_register_row(register, raw, number, year))
        except InputRefused as exc:
            problems.extend(exc.reasons)
    with session.writing():
        unit_year_guard(session, org, year)
        if problems:
            raise InputRefused(problems)
        return session.registers.insert_many(register, [(org, year, v) for v in parsed], source)


def update_register_cell(
    session: Session, register: str, row_id: int, field_name: str, raw: object, source: Source
) -> bool:
    """Change one cell (typed in the window); False when the value was already that
    (nothing written). The same checks as many cells at once, no row number in the words."""
    return update_register_cells(session, register, [(None, row_id, field_name, raw)], source) > 0


def update_register_cells(
    session: Session,
    register: str,
    cells: Sequence[tuple[int | None, int, str, object]],
    source: Source,
) -> int:
    """Change many cells at once (pasted into a column, filled down): cells are (the
    row's number in the table, or None for a cell alone; its id, the field, the input).
    All are written or, with every bad cell named by row and column, none. Returns the
    rows changed."""
    spec = REGISTERS_BY_KEY[register]
    with session.writing():
        rows = session.registers.by_ids(register, {c[1] for c in cells})
        for org, year in sorted({(r["org_code"], r["year"]) for r in rows.values()}):
            unit_year_guard(session, org, year)
        changed: dict[int, dict[str, Any]] = {}
        lines: dict[int, int | None] = {}
        problems: list[Refusal] = []
        for line, row_id, name, raw in cells:
            fld, lines[row_id] = spec.field(name), line
            if row_id not in rows:  # deleted since the table was read
                problems.append(_in_row(Refusal("register_id_unknown", id=row_id), line))
                continue
            try:
                value = parse_field(fld, raw, rows[row_id]["year"])
            except FieldError as exc:
                problems.append(_in_column(fld.label_vi, fld.label_en, exc, line))
                continue
            changed.setdefault(row_id, {})[name] = value
        for row_id, values in changed.items():  # each row's fields against each other
            crossed = row_problems(spec, {**rows[row_id], **values})
            problems += [_in_row(why, lines[row_id]) for why in crossed]
        if problems:
            raise InputRefused(sorted(problems, key=_line_of))
        return sum(
            session.registers.update(register, row_id, values, source)
            for row_id, values in changed.items()
        )


def _line_of(reason: Refusal) -> int:
    return int(reason.params.get("row") or 0)


def delete_register_rows(
    session: Session, register: str, org: str, year: int, row_ids: Iterable[int], source: Source
) -> None:
    with session.writing():
        unit_year_guard(session, org, year)
        session.registers.delete(register, row_ids, source)

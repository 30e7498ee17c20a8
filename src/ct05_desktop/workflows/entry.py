"""Entering figures and register rows: the same checks for the form, a paste and a file."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ct05_desktop.domain.checks import unit_year_warnings
from ct05_desktop.domain.messages import describe, phrase, told
from ct05_desktop.domain.refusals import Phrase, Refusal, Refusals
from ct05_desktop.domain.registers import REGISTERS_BY_KEY, FieldError, parse_field
from ct05_desktop.domain.rollup import Key
from ct05_desktop.domain.rules import ERROR, Issue, ValueChange, check_changes, unit_year_problem
from ct05_desktop.domain.sources import Source
from ct05_desktop.workflows.session import Session


@dataclass
class SaveResult:
    """What a write did: refused with errors, or saved with a count and warnings."""

    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    changed: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


def save_values(
    session: Session,
    changes: Sequence[ValueChange],
    source: Source,
    comments: Mapping[Key, str | None] | None = None,
) -> SaveResult:
    """Check a batch of values and write it whole, or refuse it whole."""
    comments = dict(comments or {})
    unit_years = {(c.org_code, c.year) for c in changes} | {(o, y) for o, y, _ in comments}
    ctx = session.write_context(unit_years)
    checked = check_changes(changes, ctx)
    for org, year, indicator in comments:
        problem = unit_year_problem(org, year, ctx)
        if problem is None and indicator not in session.catalogue:
            problem = Issue(ERROR, "unknown_indicator", org, year, indicator)
        if problem is not None:
            checked.errors.append(
                Issue(problem.severity, problem.code, org, year, indicator, None, problem.params)
            )
    if not checked.ok:
        return SaveResult(errors=checked.errors)
    changed = session.repo.write_values(checked.values, source, comments)
    return SaveResult(warnings=warnings_for_units(session, unit_years), changed=changed)


def warnings_for_units(
    session: Session,
    unit_years: Iterable[tuple[str, int]],
    changes: Mapping[Key, int | None] | None = None,
) -> list[Issue]:
    """The warnings of these unit-years, as stored or (changes) as they would be once saved."""
    unit_years = sorted(set(unit_years))
    years = {y for _, y in unit_years} | {y - 1 for _, y in unit_years}
    figures = session.figures(years)
    if changes:
        figures = figures.with_entered(changes)
    out: list[Issue] = []
    for org, year in unit_years:
        if org in figures.tree:
            out.extend(unit_year_warnings(figures, org, year))
    return out


def describe_all(session: Session, issues: Iterable[Issue], lang: str = "vi") -> list[str]:
    return [describe(i, session.tree(), session.catalogue, lang) for i in issues]


def phrases(session: Session, issues: Iterable[Issue]) -> list[Phrase]:
    """The issues with their place, in both languages (warnings shown after a write)."""
    return [phrase(i, session.tree(), session.catalogue) for i in issues]


class InputRefused(Refusals):
    """Input that cannot be stored (a register row, a status, a unit): one refusal for
    each problem, each saying where and what."""


def refused(session: Session, issue: Issue) -> InputRefused:
    return InputRefused([told(issue, session.tree(), session.catalogue)])


def unit_year_guard(session: Session, org: str, year: int) -> None:
    """Refuse (InputRefused, in words) a write to a locked year, an approved unit-year or a
    unit that did not exist that year."""
    problem = unit_year_problem(org, year, session.write_context())
    if problem is not None:
        raise refused(session, problem)


def parse_register_row(
    register: str, raw: Mapping[str, object], row: int | None = None
) -> dict[str, Any]:
    """Check and convert one row of input (row: its number among several); raises
    InputRefused naming every bad cell."""
    spec = REGISTERS_BY_KEY[register]
    values: dict[str, Any] = {}
    problems: list[Refusal] = []
    for fld in spec.fields:
        try:
            values[fld.name] = parse_field(fld, raw.get(fld.name))
        except FieldError as exc:
            problems.append(_in_column(fld.label_vi, fld.label_en, exc, row))
    if problems:
        raise InputRefused(problems)
    return values


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
    unit_year_guard(session, org, year)
    parsed, problems = [], []
    for n, raw in enumerate(rows, start=first_line):
        try:
            parsed.append(parse_register_row(register, raw, n if len(rows) > 1 else None))
        except InputRefused as exc:
            problems.extend(exc.reasons)
    if problems:
        raise InputRefused(problems)
    return session.registers.insert_many(register, [(org, year, v) for v in parsed], source)


def update_register_cell(
    session: Session, register: str, row_id: int, field_name: str, raw: object, source: Source
) -> bool:
    """Change one cell; False when the value was already that (nothing written)."""
    row = session.registers.get(register, row_id)
    unit_year_guard(session, row["org_code"], row["year"])
    fld = REGISTERS_BY_KEY[register].field(field_name)
    try:
        value = parse_field(fld, raw)
    except FieldError as exc:
        raise InputRefused([_in_column(fld.label_vi, fld.label_en, exc)]) from exc
    return session.registers.update(register, row_id, {field_name: value}, source)


def set_unit_status(
    session: Session, org: str, year: int, status: str | None, source: Source
) -> None:
    """Mark a unit's year complete or approved, or clear the mark; refused in a locked year."""
    ctx = session.write_context()
    ctx.approved.discard((org, year))  # withdrawing an approval is what unlocks the unit
    problem = unit_year_problem(org, year, ctx)
    if problem is not None:
        raise refused(session, problem)
    session.repo.set_status(org, year, status, source)


def delete_register_rows(
    session: Session, register: str, org: str, year: int, row_ids: Iterable[int], source: Source
) -> None:
    unit_year_guard(session, org, year)
    session.registers.delete(register, row_ids, source)

"""Entering figures and register rows: the same checks for the form, a paste and a file."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from ct05_desktop.domain.characters import code_point, control_character
from ct05_desktop.domain.checks.figure_rules import (
    ERROR,
    CheckedWrite,
    Issue,
    ValueChange,
    WriteContext,
    check_changes,
    unit_year_problem,
)
from ct05_desktop.domain.checks.figure_warnings import unit_year_warnings
from ct05_desktop.domain.messages import IssueWords, describe, told
from ct05_desktop.domain.refusals import Refusals, Worded
from ct05_desktop.domain.rollup import Key
from ct05_desktop.domain.sources import Source
from ct05_desktop.domain.vi_text import nfc
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
    """Check a batch of values and write it whole, or refuse it whole: checked inside the
    write transaction, against the figures, locks and approvals as committed then."""
    # NFC as every text (a comment pasted decomposed would be logged as a change)
    comments = {k: None if v is None else nfc(v) for k, v in (comments or {}).items()}
    unit_years = {(c.org_code, c.year) for c in changes} | {(o, y) for o, y, _ in comments}
    with session.writing():
        checked = checked_batch(session, session.write_context(unit_years), changes, comments)
        if not checked.ok:
            return SaveResult(errors=checked.errors)
        changed = session.repo.write_values(checked.values, source, comments)
    return SaveResult(warnings=warnings_for_units(session, unit_years), changed=changed)


def checked_batch(
    session: Session,
    ctx: WriteContext,
    changes: Sequence[ValueChange],
    comments: Mapping[Key, str | None],
) -> CheckedWrite:
    """A batch's values and comments checked against ctx (taken inside the write's
    transaction): what to write, or what is wrong with it."""
    checked = check_changes(changes, ctx)
    for (org, year, indicator), comment in comments.items():
        problem = unit_year_problem(org, year, ctx)
        if problem is None and indicator not in session.catalogue:
            problem = Issue(ERROR, "unknown_indicator", org, year, indicator)
        char = control_character(comment or "")
        if problem is None and char is not None:
            params = {"char": code_point(char)}
            problem = Issue(ERROR, "control_character", org, year, indicator, None, params)
        if problem is not None:
            checked.errors.append(
                Issue(problem.severity, problem.code, org, year, indicator, None, problem.params)
            )
    return checked


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


def warnings_year_by_year(
    session: Session, unit_years: Iterable[tuple[str, int]]
) -> Iterator[list[Issue]]:
    """The warnings of these unit-years as stored, a year at a time in order (a large
    file's: each year read and rolled up once, two at most held)."""
    by_year: dict[int, list[str]] = {}
    for org, year in sorted(set(unit_years)):
        by_year.setdefault(year, []).append(org)
    for year, figures in session.year_after_year(by_year):
        units = [org for org in by_year[year] if org in figures.tree]
        yield [issue for org in units for issue in unit_year_warnings(figures, org, year)]


def describe_all(session: Session, issues: Iterable[Issue], lang: str = "vi") -> list[str]:
    return [describe(i, session.tree(), session.catalogue, lang) for i in issues]


def phrases(session: Session, issues: Iterable[Issue]) -> list[Worded]:
    """The issues with their place, in either language when shown (warnings after a
    write)."""
    tree, catalogue = session.tree(), session.catalogue
    return [IssueWords(i, tree, catalogue) for i in issues]


class InputRefused(Refusals):
    """Input that cannot be stored (a register row, a status, a unit): one refusal for
    each problem, each saying where and what."""


def refused(session: Session, issue: Issue) -> InputRefused:
    return InputRefused([told(issue, session.tree(), session.catalogue)])


def unit_year_guard(session: Session, org: str, year: int) -> None:
    """Refuse (InputRefused, in words) a write to a locked year, an approved unit-year or a
    unit that did not exist that year: inside the write's transaction (session.writing())."""
    problem = unit_year_problem(org, year, session.write_context())
    if problem is not None:
        raise refused(session, problem)

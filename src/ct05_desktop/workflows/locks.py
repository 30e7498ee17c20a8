"""Closing figures to changes (domain.md §3): a year locked once it is reported, a unit's year
marked complete or approved (approved: closed until the approval is withdrawn). Every act
is logged."""

from __future__ import annotations

from ct05_desktop.domain.checks.figure_rules import MAX_YEAR, MIN_YEAR, unit_year_problem
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.sources import Source
from ct05_desktop.workflows.entry import InputRefused, refused
from ct05_desktop.workflows.session import Session


def _check(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InputRefused(
            [Refusal("year_out_of_range", year=year, min_year=MIN_YEAR, max_year=MAX_YEAR)]
        )


def lock_year(session: Session, year: int, source: Source) -> bool:
    """False when the year was already locked."""
    _check(year)
    with session.writing():
        if year in session.repo.locked_years():
            return False
        session.repo.lock_year(year, source)
    return True


def unlock_year(session: Session, year: int, source: Source) -> bool:
    """False when the year was not locked."""
    _check(year)
    with session.writing():
        if year not in session.repo.locked_years():
            return False
        session.repo.unlock_year(year, source)
    return True


def set_unit_status(
    session: Session, org: str, year: int, status: str | None, source: Source
) -> None:
    """Mark a unit's year complete or approved, or clear the mark; refused in a locked year."""
    with session.writing():
        ctx = session.write_context()
        ctx.approved.discard((org, year))  # withdrawing an approval is what unlocks the unit
        problem = unit_year_problem(org, year, ctx)
        if problem is not None:
            raise refused(session, problem)
        session.repo.set_status(org, year, status, source)

"""Locking a year once it is reported (DOMAIN §3): nothing in it changes until it is
unlocked; both acts are logged."""

from __future__ import annotations

from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.rules import MAX_YEAR, MIN_YEAR
from ct05_desktop.domain.sources import Source
from ct05_desktop.workflows.entry import InputRefused
from ct05_desktop.workflows.session import Session


def _check(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InputRefused(
            [Refusal("year_out_of_range", year=year, min_year=MIN_YEAR, max_year=MAX_YEAR)]
        )


def lock_year(session: Session, year: int, source: Source) -> bool:
    """False when the year was already locked."""
    _check(year)
    if year in session.repo.locked_years():
        return False
    session.repo.lock_year(year, source)
    return True


def unlock_year(session: Session, year: int, source: Source) -> bool:
    """False when the year was not locked."""
    _check(year)
    if year not in session.repo.locked_years():
        return False
    session.repo.unlock_year(year, source)
    return True

"""What the window reads: one function a question, so the window never reaches the
database itself (ARCHITECTURE: workflows are the only way in)."""

from __future__ import annotations

from typing import Any

from ct05_desktop.domain.commitment_words import earlier_by_cadre
from ct05_desktop.domain.settings import DATABASE, USER_NAME, Setting
from ct05_desktop.workflows.session import Session


def has_tree(session: Session) -> bool:
    return session.repo.has_orgs()


def unit_entries(session: Session, org: str, year: int) -> tuple[dict[str, int], dict[str, str]]:
    """What was entered for the unit-year: its figures and its comments."""
    return session.repo.unit_values(org, year), session.repo.comments(org, year)


def statuses(session: Session, year: int) -> dict[str, str]:
    return session.repo.statuses(year)


def marked_status(session: Session, org: str, year: int) -> str | None:
    return session.repo.marked_status(org, year)


def last_year_with_figures(session: Session) -> int | None:
    row = session.db.execute("SELECT max(year) FROM org_values").fetchone()
    return None if row is None or row[0] is None else int(row[0])


def register_rows(
    session: Session, register: str, org: str | None = None, year: int | None = None
) -> list[dict[str, Any]]:
    return session.registers.rows(register, org, year)


def earlier_commitments(session: Session, org: str, year: int) -> dict[tuple[str, str], list[str]]:
    """The unit's key cadres' registrations of the years before year, by cadre (name and
    position), one line each (domain.commitment_words.earlier_by_cadre)."""
    if year <= 1:
        return {}
    return earlier_by_cadre(session.registers.rows("commitments", org, years=range(1, year)))


def register_row(session: Session, register: str, row_id: int) -> dict[str, Any]:
    return session.registers.get(register, row_id)


def receipts(session: Session, year: int) -> dict[str, tuple[str, str]]:
    """Which units sent their filled template for the year: file and time."""
    return session.repo.receipts(year)


def locked_years(session: Session) -> set[int]:
    return session.repo.locked_years()


def audit_people(session: Session) -> list[str]:
    return session.repo.audit_people()


def who(session: Session) -> str:
    """The person the change log records: the name set in the settings, else the OS user."""
    return session.repo.who()


def read_setting(session: Session, setting: Setting) -> Any:
    """A setting kept in the database, as its declared type."""
    assert setting.store == DATABASE, setting.key
    return setting.parse(session.repo.setting(setting.key))


def write_setting(session: Session, setting: Setting, value: Any) -> None:
    assert setting.store == DATABASE, setting.key
    if value != read_setting(session, setting):
        session.repo.set_setting(setting.key, setting.format(value))


def clerk_name(session: Session) -> str:
    return str(read_setting(session, USER_NAME))


def set_clerk_name(session: Session, name: str) -> None:
    write_setting(session, USER_NAME, name)

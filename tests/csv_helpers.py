"""Helpers of the hostile-CSV tests: a file written as given, and an import that must be
refused with the database left exactly as it was."""

from __future__ import annotations

from pathlib import Path

from ct05_desktop.domain.file_problems import FileProblem
from ct05_desktop.workflows.csv_transfer import import_csv
from ct05_desktop.workflows.session import Session

VALUES = "org_code,year,indicator,value"
ORGS = "code,name,level,parent_code,valid_from,valid_to"
# what a refused file must not touch: the figures, the tree, the names and the change log
TABLES = ("org_values", "orgs", "org_periods", "audit")


def write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))  # as given: no newline translation
    return path


def state(session: Session) -> dict[str, list[tuple[object, ...]]]:
    return {
        table: sorted(map(tuple, session.db.execute(f"SELECT * FROM {table}")), key=repr)
        for table in TABLES
    }


def refused(session: Session, path: Path) -> list[FileProblem]:
    """The problems of a file that must be refused whole; the database is unchanged."""
    before = state(session)
    report = import_csv(session, path)
    assert not report.ok and report.changed == 0
    assert state(session) == before
    return report.problems


def where(problems: list[FileProblem]) -> list[tuple[int | None, str | None, str]]:
    return [(p.line, p.column, p.code) for p in problems]

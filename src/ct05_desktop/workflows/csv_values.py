"""Importing a file of figures (domain.md §9) in memory that does not grow with the file
(domain.md §9: a province's 1.3 million figures, once 1.9 GB).

The rows are read one by one onto a temporary file (storage.value_staging), then
checked and written a few thousand at a time, whole unit-years together, inside one
write transaction: every check runs inside it, and the first problem anywhere rolls
all of it back, so the file is still written whole or not at all. The problems kept
are the first by line, with a count of the others; the warnings are found a year at a
time (a year and the one before it in memory, not the province's decade).
"""

from __future__ import annotations

from collections.abc import Callable

from ct05_desktop.domain.checks.figure_rules import MAX_YEAR, MIN_YEAR, Issue, ValueChange
from ct05_desktop.domain.file_problems import FileProblem
from ct05_desktop.domain.messages import told_reason
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.rollup import Key
from ct05_desktop.domain.sources import Source
from ct05_desktop.files.csv_stream import CsvStream, Row
from ct05_desktop.files.interchange import KEPT, FileReport, FirstProblems
from ct05_desktop.storage.audit_log import now
from ct05_desktop.storage.value_staging import StagedRow, StagedValues
from ct05_desktop.workflows.entry import checked_batch, phrases, warnings_year_by_year
from ct05_desktop.workflows.org_import import year_of
from ct05_desktop.workflows.session import Session

CHUNK_ROWS = 20_000  # rows checked and written at a time (whole unit-years)
READING = 0.4  # the share of the file's progress that reading it takes
Fraction = Callable[[float], None]  # how much of the file is done, 0 to 1 (may raise Cancelled)

# the column a check's problem is told in (the value's, when not named here)
_COLUMN = {
    "unknown_org": "org_code",
    "unknown_indicator": "indicator",
    "bad_year": "year",
    "org_not_in_year": "year",
    "year_locked": "year",
    "unit_approved": "org_code",
}


class _Refused(Exception):
    """A problem was found: the write transaction is rolled back whole."""


def import_values(
    session: Session,
    stream: CsvStream,
    report: FileReport,
    problems: FirstProblems,
    source: Source,
    progress: Fraction,
) -> None:
    """Import the rows of an open values file, each told in report: its problems (the
    file refused whole) or what changed and the warnings of the unit-years it names."""
    with StagedValues() as staged:
        for line, row in stream.rows():
            report.rows += 1
            year = _year(stream.name, line, row, problems)
            if year is not None:
                comment = row.get("comment") or None
                org, indicator = row["org_code"], row["indicator"]
                staged.add((line, org, year, indicator, row["value"], comment))
            if report.rows % 10_000 == 0:
                progress(READING * min(1.0, stream.read_chars / stream.size))
        if problems.count:  # refused as read: nothing is checked against the database
            problems.into(report)
            return
        try:
            report.changed = _write(session, staged, stream.name, problems, source, progress)
        except _Refused:
            problems.into(report)
            return
        unit_years = staged.unit_years()
    _warn(session, unit_years, report)


def _year(name: str, line: int, row: Row, problems: FirstProblems) -> int | None:
    year = year_of(row["year"])
    if year is None:
        why = Refusal("year_four_digits", example=2019)
        problems.add(FileProblem(name, line, "year", row["year"], why))
        return None
    if not MIN_YEAR <= year <= MAX_YEAR:
        why = Refusal("year_out_of_range", year=year, min_year=MIN_YEAR, max_year=MAX_YEAR)
        problems.add(FileProblem(name, line, "year", row["year"], why))
        return None
    return year


def _write(
    session: Session,
    staged: StagedValues,
    name: str,
    problems: FirstProblems,
    source: Source,
    progress: Fraction,
) -> int:
    """Check and write the staged rows chunk by chunk in one transaction; raises
    _Refused (rolling it back) when any chunk has a problem, after all are checked."""
    changed, done, at = 0, 0, now()  # one time for the whole file in the change log
    with session.writing(), session.repo.bulk_load(staged.count):
        ctx = session.write_context()
        for chunk in staged.chunks(CHUNK_ROWS):
            changes, comments = _batch(name, chunk, problems)
            ctx.existing = session.entered_now({(row[1], row[2]) for row in chunk})
            checked = checked_batch(session, ctx, changes, comments)
            for issue in checked.errors:
                problems.add(_problem(session, name, issue))
            if not problems.count:  # once refused, the rest is only checked
                changed += session.repo.write_values(checked.values, source, comments, at)
            done += len(chunk)
            progress(READING + (1 - READING) * done / staged.count)
        if problems.count:
            raise _Refused
    return changed


def _batch(
    name: str, chunk: list[StagedRow], problems: FirstProblems
) -> tuple[list[ValueChange], dict[Key, str | None]]:
    """A chunk's changes and comments; a unit, year and indicator given again is refused
    on each later line (the rows come ordered by key, then line)."""
    changes: list[ValueChange] = []
    comments: dict[Key, str | None] = {}
    last: Key | None = None
    first_line = 0
    for line, org, year, indicator, value, comment in chunk:
        key = (org, year, indicator)
        if key == last:
            why = Refusal("duplicate_row", line=first_line)
            problems.add(FileProblem(name, line, "indicator", indicator, why))
            continue
        last, first_line = key, line
        if value != "":
            changes.append(ValueChange(org, year, indicator, raw=value, ref=line))
        if comment:
            comments[key] = comment
    return changes, comments


def _problem(session: Session, name: str, issue: Issue) -> FileProblem:
    column = _COLUMN.get(issue.code, "value")
    shown = {"org_code": issue.org_code, "year": str(issue.year), "indicator": issue.indicator}
    ref = issue.ref if isinstance(issue.ref, int) else None
    why = told_reason(issue, session.catalogue, with_value=False)
    return FileProblem(name, ref, column, str(shown.get(column, issue.value)), why)


def _warn(session: Session, unit_years: list[tuple[str, int]], report: FileReport) -> None:
    """The warnings of the unit-years written, a year at a time: the first KEPT kept
    (in words), the others counted."""
    kept: list[Issue] = []
    total = 0
    for found in warnings_year_by_year(session, unit_years):
        total += len(found)
        kept += found[: KEPT - len(kept)]
    report.warnings = phrases(session, kept)
    report.unkept_warnings = total - len(kept)

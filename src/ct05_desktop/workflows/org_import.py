"""Importing organisations from CSV: every row checked, the tree kept a tree whose every
figure a report reaches (tree_checks)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ct05_desktop.domain.orgs import LEVELS, Org
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.rules import MAX_YEAR, MIN_YEAR
from ct05_desktop.domain.sources import Source, csv_file
from ct05_desktop.interchange import CsvTable, FileProblem, FileReport
from ct05_desktop.workflows.session import Session
from ct05_desktop.workflows.tree_checks import tree_change_problems

_YEAR = re.compile(r"^[0-9]{4}$")


def year_of(text: str) -> int | None:
    """A four-digit year, or None ('²', '20199' and 'năm 2019' are not years)."""
    if len(text) == 4 and text.isascii() and text.isdigit():  # the common case, quickly
        return int(text)
    return int(text) if _YEAR.match(text) else None


Bad = Callable[[int, str, str | None, Refusal], None]  # line, column, value, why


def _year_in_range(line: int, column: str, text: str, example: int, bad: Bad) -> int | None:
    """The year of a cell that may be blank; a year the program does not keep
    (MIN_YEAR..MAX_YEAR) is refused like one that is not a year."""
    if not text:
        return None
    year = year_of(text)
    if year is None:
        bad(line, column, text, Refusal("year_four_digits", example=example))
    elif not MIN_YEAR <= year <= MAX_YEAR:
        bad(
            line,
            column,
            text,
            Refusal("year_out_of_range", year=year, min_year=MIN_YEAR, max_year=MAX_YEAR),
        )
        return None
    return year


def import_orgs(
    session: Session, table: CsvTable, report: FileReport, source: Source | None = None
) -> None:
    """Check every row; write them all (parents before successors' links) or none:
    checked against the tree as committed, inside the write transaction."""
    with session.writing():
        _import_orgs(session, table, report, source or csv_file(table.path.name))


def _import_orgs(session: Session, table: CsvTable, report: FileReport, source: Source) -> None:
    name = table.path.name
    existing = {o.code: o for o in session.repo.fresh_tree()}
    in_file: dict[str, int] = {}

    def bad(line: int, column: str, value: str | None, why: Refusal) -> None:
        report.problems.append(FileProblem(name, line, column, value, why))

    orgs = []
    for line, row in table.rows:
        orgs.append(_org_of(line, row, existing, in_file, bad))
        in_file.setdefault(row["code"], line)
    renames = _renames(table, orgs, existing, bad)
    for line, org in zip((line for line, _ in table.rows), orgs, strict=True):
        successor = org.successor_code
        if successor and successor not in existing and successor not in in_file:
            bad(line, "successor_code", successor, Refusal("successor_missing"))
    _check_cycles(orgs, existing, in_file, bad)
    if not report.problems:  # a tree whose every row is sound: what it does to the tree
        rows = dict(table.rows)
        for problem in sorted(tree_change_problems(session, orgs), key=lambda p: in_file[p.code]):
            line = in_file[problem.code]
            bad(line, problem.column, rows[line].get(problem.column), problem.reason)
    if not report.problems:
        with session.db.atomic():
            report.changed = session.repo.upsert_orgs(orgs, source)
            for code, new_name, year in renames:
                session.repo.rename_org(code, new_name, year, source)
        report.changed += len(renames)


def _org_of(
    line: int, row: dict[str, str], existing: dict[str, Org], in_file: dict[str, int], bad: Bad
) -> Org:
    """The unit of one row, each bad cell told where it is."""
    code, parent = row["code"], row["parent_code"] or None
    if not code:
        bad(line, "code", "", Refusal("empty_code"))
    elif code in in_file:
        bad(line, "code", code, Refusal("duplicate_code", line=in_file[code]))
    if not row["name"]:
        bad(line, "name", "", Refusal("empty_name"))
    if row["level"] not in LEVELS:
        levels = ", ".join(LEVELS)
        bad(line, "level", row["level"], Refusal("level_not_one_of", levels=levels))
    years: dict[str, int | None] = {}
    for column in ("valid_from", "valid_to"):
        years[column] = _year_in_range(line, column, row[column], 2025, bad)
    start, end = years["valid_from"], years["valid_to"]
    if start is not None and end is not None and start > end:
        bad(line, "valid_to", row["valid_to"], Refusal("ends_before_start"))
    if parent is not None and parent not in existing and parent not in in_file:
        bad(line, "parent_code", parent, Refusal("parent_missing"))
    successor = row.get("successor_code") or None
    return Org(code, row["name"], row["level"], parent, start, end, successor)


def _renames(
    table: CsvTable, orgs: list[Org], existing: dict[str, Org], bad: Bad
) -> list[tuple[str, str, int]]:
    """A stored unit with a new name and name_valid_from is renamed from that year (the
    years before keep the old name): its row keeps the old name, the renaming is returned."""
    renames: list[tuple[str, str, int]] = []
    for n, (line, row) in enumerate(table.rows):
        since = row.get("name_valid_from") or ""
        old = existing.get(orgs[n].code)
        if not since:
            continue
        year = _year_in_range(line, "name_valid_from", since, 2026, bad)
        if year is None:
            continue
        if old is not None and old.name != orgs[n].name:
            renames.append((orgs[n].code, orgs[n].name, year))
            orgs[n] = replace(orgs[n], name=old.name)
    return renames


def _check_cycles(
    orgs: list[Org],
    existing: dict[str, Org],
    lines: dict[str, int],
    bad: Bad,
) -> None:
    """A unit may not end up above itself, in the file or with the units already stored."""
    parent_of = {code: org.parent_code for code, org in existing.items()}
    parent_of.update({org.code: org.parent_code for org in orgs})
    for org in orgs:
        seen = {org.code}
        parent = org.parent_code
        while parent is not None:
            if parent in seen:
                bad(lines[org.code], "parent_code", org.parent_code, Refusal("cycle"))
                break
            seen.add(parent)
            parent = parent_of.get(parent)

"""Importing organisations from CSV, with their periods of name and parent: every row
checked, the tree kept a tree whose every figure a report reaches (tree_checks), and no
year's tree rewritten unless the person asks for exactly that (domain.md §2).

A unit takes one row per period: period_from is the first year of the row's name and
parent (blank: from the unit's first year). A unit's rows agree on its level, years and
successor. A file may add units, add a period from a year on (earlier stored periods are
kept when the file gives none of the unit's first period), and end a unit; a change to a
year before the first period it states (or to a unit's first year, or its level) would
rewrite history, and is refused unless rewrite_history."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ct05_desktop.domain.characters import name_refusal
from ct05_desktop.domain.checks.figure_rules import MAX_YEAR, MIN_YEAR
from ct05_desktop.domain.checks.tree_rules import span_text, unit_label, years_text
from ct05_desktop.domain.file_problems import FileProblem
from ct05_desktop.domain.orgs import FIRST, LEVELS, Org, OrgTree, Period
from ct05_desktop.domain.refusals import Phrase, Refusal
from ct05_desktop.domain.sources import Source, csv_file
from ct05_desktop.domain.tree_preview import preview
from ct05_desktop.domain.tree_words import CHANGED_WHAT
from ct05_desktop.files.interchange import CsvTable, FileReport
from ct05_desktop.workflows.reorganise import closed_years, follow_parents, shown_until
from ct05_desktop.workflows.session import Session
from ct05_desktop.workflows.tree_checks import tree_change_problems

_YEAR = re.compile(r"^[0-9]{4}$")
_WHOLE = ("level", "valid_from", "valid_to", "successor_code")  # a unit's, not a period's


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


@dataclass
class _Row:
    line: int
    org: Org  # the row's unit, its name and parent those of the row's period
    start: int | None  # period_from (None: from the unit's first year)


def import_orgs(
    session: Session,
    table: CsvTable,
    report: FileReport,
    source: Source | None = None,
    rewrite_history: bool = False,
    dry_run: bool = False,
) -> None:
    """Check every row; write them all or none (unless dry_run): checked against the tree
    as committed, inside the write transaction. report.affected: what changes, year by
    year."""
    with session.writing():
        source = source or csv_file(table.path.name)
        _import_orgs(session, table, report, source, rewrite_history, dry_run)


def _import_orgs(
    session: Session,
    table: CsvTable,
    report: FileReport,
    source: Source,
    rewrite_history: bool,
    dry_run: bool,
) -> None:
    name = table.path.name
    before = session.repo.fresh_tree()

    def bad(line: int, column: str, value: str | None, why: Refusal) -> None:
        report.problems.append(FileProblem(name, line, column, value, why))

    codes = {row["code"] for _, row in table.rows}
    rows = [_row_of(line, row, before, codes, bad) for line, row in table.rows]
    units = _units(rows, before, bad)
    first_line: dict[str, int] = {}
    for row in rows:
        first_line.setdefault(row.org.code, row.line)
    after = before.replaced(units.values())
    if not report.problems:
        cells = dict(table.rows)
        for problem in sorted(
            tree_change_problems(session, list(units.values()), after),
            key=lambda p: first_line[p.code],
        ):
            line = first_line[problem.code]
            bad(line, problem.column, cells[line].get(problem.column), problem.reason)
    if report.problems:
        return
    if not rewrite_history:
        for code, org in units.items():
            why = _rewrites(before.get(code), org, rows)
            if why is not None:
                bad(first_line[code], "code", code, why)
        if report.problems:
            return
    shown = preview(before, after, shown_until(session, after, MIN_YEAR))
    report.affected = shown.lines
    changed = [org for code, org in units.items() if before.get(code) != org]
    for unit, why in closed_years(session, before, changed, shown):
        if unit is None:  # a locked year: the whole file's
            report.problems.append(FileProblem(name, None, None, None, why))
        else:
            bad(first_line[unit], "code", unit, why)
    if report.problems:
        return
    if dry_run:
        report.changed = sum(before.get(c) != u for c, u in units.items())
        return
    report.changed = session.repo.write_units(
        [(org, *_action(before.get(code), org)) for code, org in units.items()], source
    )
    for unit in follow_parents(session, before, changed, source):
        told = Refusal("header_follows_parent", unit=unit)
        report.warnings.append(Phrase(told.words("vi"), told.words("en")))


def _row_of(line: int, row: dict[str, str], existing: OrgTree, in_file: set[str], bad: Bad) -> _Row:
    """The unit of one row, each bad cell told where it is."""
    code, parent = row["code"], row["parent_code"] or None
    if not code:
        bad(line, "code", "", Refusal("empty_code"))
    if not row["name"]:
        bad(line, "name", "", Refusal("empty_name"))
    elif (wrong := name_refusal(row["name"])) is not None:
        bad(line, "name", row["name"][:60], wrong)
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
    if successor and successor not in existing and successor not in in_file:
        bad(line, "successor_code", successor, Refusal("successor_missing"))
    column = "period_from" if row.get("period_from") else "name_valid_from"
    period = _year_in_range(line, column, row.get(column) or "", 2025, bad)
    org = Org(code, row["name"], row["level"], parent, start, end, successor)
    return _Row(line, org, period)


def _units(rows: list[_Row], before: OrgTree, bad: Bad) -> dict[str, Org]:
    """Each unit of the file with its periods: its rows agree on what is the whole
    unit's, no two rows for one period, each period within the unit's years; a stored
    unit's periods before the file's first keep when the file gives no first period."""
    by_code: dict[str, list[_Row]] = {}
    for row in rows:
        by_code.setdefault(row.org.code, []).append(row)
    units: dict[str, Org] = {}
    for code, mine in by_code.items():
        head = mine[0]
        starts: dict[int, int] = {}
        for row in mine:
            for column in _WHOLE:
                if getattr(row.org, column) != getattr(head.org, column):
                    value = getattr(row.org, column)
                    why = Refusal("period_disagrees", line=head.line, column=column)
                    bad(row.line, column, "" if value is None else str(value), why)
            start = FIRST if row.start is None else row.start
            if start in starts and start == FIRST:
                bad(row.line, "code", code, Refusal("duplicate_code", line=starts[start]))
            elif start in starts:
                why = Refusal("period_twice", line=starts[start])
                bad(row.line, "period_from", str(row.start), why)
            starts.setdefault(start, row.line)
            org = head.org
            if row.start is not None and not org.exists_in(row.start):
                why = Refusal(
                    "period_outside", year=row.start, span=span_text(org.valid_from, org.valid_to)
                )
                bad(row.line, "period_from", str(row.start), why)
        if len(mine) == 1 and head.start is None:  # one name and one parent for all its years
            units[code] = head.org  # (what its one period would be merged into)
            continue
        periods = [
            Period(FIRST if r.start is None else r.start, r.org.name, r.org.parent_code)
            for r in mine
        ]
        stored = before.get(code)
        if stored is not None and FIRST not in starts:
            first = min(starts)
            periods += [p for p in stored.all_periods() if p.start < first]
        units[code] = head.org.with_periods(periods)
    return units


def _rewrites(old: Org | None, new: Org, rows: list[_Row]) -> Refusal | None:
    """Why writing new over old would change a year before the first period the file
    states for it (its first year, its level, a name or a parent of earlier years), or
    None. Ending a unit, or moving its end, is a change from the year after its end."""
    if old is None or old == new:
        return None
    stated = [
        r.start
        for r in rows
        if r.org.code == new.code
        and r.start is not None
        and Period(r.start, r.org.name, r.org.parent_code) not in old.all_periods()
    ]
    since = min(stated) if stated else MAX_YEAR + 1
    if old.valid_to != new.valid_to:
        ends = [y for y in (old.valid_to, new.valid_to) if y is not None]
        since = min(since, min(ends) + 1)
    # a successor set or changed without the unit ending here moves its history elsewhere
    # (a successor's earlier reports carry it): a change of every year it existed
    successor = old.successor_code != new.successor_code and old.valid_to == new.valid_to
    what: dict[str, None] = {}
    years: list[int] = []
    for year in range(MIN_YEAR, since):
        then, now = old.exists_in(year), new.exists_in(year)
        changed = []
        if then != now:
            changed.append("years")
        elif then:
            was, will = old.in_year(year), new.in_year(year)
            changed += [f for f in ("name", "parent_code") if getattr(was, f) != getattr(will, f)]
            if old.level != new.level:
                changed.append("level")
            if successor:
                changed.append("successor")
        if changed:
            years.append(year)
            what.update(dict.fromkeys(changed))
    if not years:
        return None
    shown = years_text(years)
    if years[-1] == MAX_YEAR:
        shown = shown.rsplit(str(MAX_YEAR), 1)[0] + "…"
    return Refusal(
        "rewrites_history",
        unit=unit_label(old),
        years=shown,
        what=Phrase(
            ", ".join(CHANGED_WHAT[w][0] for w in what), ", ".join(CHANGED_WHAT[w][1] for w in what)
        ),
    )


def _action(old: Org | None, new: Org) -> tuple[str, int | None]:
    """The change log's action for a unit written from a file, and the year it is from:
    a renaming or a move from a year when that is all that changed."""
    if old is None or (old.level, old.valid_from, old.valid_to, old.successor_code) != (
        new.level,
        new.valid_from,
        new.valid_to,
        new.successor_code,
    ):
        return "org", None
    new_starts = [p.start for p in new.all_periods() if p not in old.all_periods()]
    year = min(new_starts) if new_starts else None
    if old.names() != new.names() and old.parents() == new.parents():
        return "rename", year
    if old.names() == new.names():
        return "org_move", year
    return "org", year

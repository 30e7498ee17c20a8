"""Importing and exporting the CSV files of DOMAIN §9, each file all-or-nothing."""

from __future__ import annotations

from pathlib import Path

from ct05_desktop.domain.messages import told_reason
from ct05_desktop.domain.orgs import OrgTree
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.rules import MAX_YEAR, MIN_YEAR, ValueChange, check_year
from ct05_desktop.domain.sources import Source, csv_file
from ct05_desktop.interchange import (
    ORG_COLUMNS,
    ORGS,
    PLAN,
    VALUE_COLUMNS,
    VALUE_OPTIONAL,
    CsvFormatError,
    CsvTable,
    FileProblem,
    FileReport,
    read_table,
    write_csv,
)
from ct05_desktop.workflows.entry import phrases, save_values
from ct05_desktop.workflows.faults import A_FILE, fault
from ct05_desktop.workflows.org_import import import_orgs, year_of
from ct05_desktop.workflows.session import Session


def import_csv(
    session: Session,
    path: Path | str,
    source: Source | None = None,
    rewrite_history: bool = False,
    dry_run: bool = False,
) -> FileReport:
    """Import one CSV file; on any problem nothing from it is written. source: how the
    change log names where the figures came from (the file, when None). An organisation
    file may change earlier years' tree only with rewrite_history; dry_run (organisation
    files): check and tell what would change, write nothing."""
    path = Path(path)
    report = FileReport(path.name)
    try:
        table = read_table(path)
    except CsvFormatError as exc:
        report.problems.append(exc.problem)
        return report
    except OSError as exc:
        told = fault(exc, A_FILE) or Refusal("file_unreadable", detail=exc.strerror)
        report.problems.append(FileProblem(path.name, None, None, None, told))
        return report
    report.kind, report.rows = table.kind, len(table.rows)
    if table.problems:  # rows refused as they were read: nothing of the file is written
        report.problems.extend(table.problems)
        return report
    if table.kind == PLAN:
        why = Refusal("plan_file_for_reorganise")
        report.problems.append(FileProblem(path.name, 1, None, None, why))
    elif table.kind == ORGS:
        import_orgs(session, table, report, source, rewrite_history, dry_run)
    elif not (dry_run or rewrite_history):  # a values file is neither previewed nor a tree
        _import_values(session, table, report, source)
    return report


def _import_values(
    session: Session, table: CsvTable, report: FileReport, source: Source | None
) -> None:
    name = table.path.name
    changes: list[ValueChange] = []
    comments: dict[tuple[str, int, str], str | None] = {}
    seen: dict[tuple[str, int, str], int] = {}
    for line, row in table.rows:
        year = year_of(row["year"])
        if year is None:
            report.problems.append(
                FileProblem(
                    name, line, "year", row["year"], Refusal("year_four_digits", example=2019)
                )
            )
            continue
        if not MIN_YEAR <= year <= MAX_YEAR:
            why = Refusal("year_out_of_range", year=year, min_year=MIN_YEAR, max_year=MAX_YEAR)
            report.problems.append(FileProblem(name, line, "year", row["year"], why))
            continue
        key = (row["org_code"], year, row["indicator"])
        if key in seen:
            report.problems.append(
                FileProblem(
                    name,
                    line,
                    "indicator",
                    row["indicator"],
                    Refusal("duplicate_row", line=seen[key]),
                )
            )
            continue
        seen[key] = line
        if row["value"] != "":
            changes.append(ValueChange(*key, raw=row["value"], ref=line))
        if row.get("comment"):
            comments[key] = row["comment"]
    if report.problems:
        return
    result = save_values(session, changes, source or csv_file(name), comments)
    for issue in result.errors:
        column = {
            "unknown_org": "org_code",
            "unknown_indicator": "indicator",
            "bad_year": "year",
            "org_not_in_year": "year",
            "year_locked": "year",
            "unit_approved": "org_code",
        }.get(issue.code, "value")
        shown = {
            "org_code": issue.org_code,
            "year": str(issue.year),
            "indicator": issue.indicator,
        }.get(column, issue.value)
        ref = issue.ref if isinstance(issue.ref, int) else None
        report.problems.append(
            FileProblem(
                name,
                ref,
                column,
                str(shown),
                told_reason(issue, session.catalogue, with_value=False),
            )
        )
    report.changed = result.changed
    report.warnings = phrases(session, result.warnings)


def export_csv(session: Session, what: str, out: Path | str, year: int | None = None) -> int:
    """Write organisations or values in the import format; returns the number of rows."""
    if year is not None:
        check_year(year)
    tree = session.tree()
    if what == ORGS:
        return write_csv(out, *org_rows(tree), bom=True)
    order = {o.code: n for n, o in enumerate(tree.in_order())}
    position = {code: n for n, code in enumerate(session.catalogue.codes)}
    records = session.repo.export_rows(year)
    records.sort(key=lambda r: (r[1], order.get(r[0], len(order)), position[r[2]]))
    if any(r[4] for r in records):  # comments are data too: then the optional column
        return write_csv(out, VALUE_COLUMNS + VALUE_OPTIONAL, records, bom=True)
    return write_csv(out, VALUE_COLUMNS, [r[:4] for r in records])


def org_rows(tree: OrgTree) -> tuple[tuple[str, ...], list[tuple[object, ...]]]:
    """The organisation file of the tree: a row per unit and period of its name and parent
    (period_from blank for its first), successor_code and period_from only when used."""
    orgs = tree.in_order()
    columns: tuple[str, ...] = ORG_COLUMNS
    if any(o.successor_code for o in orgs):
        columns += ("successor_code",)
    periods = any(o.periods for o in orgs)
    rows = []
    for o in orgs:
        for period in o.all_periods():
            row: tuple[object, ...] = (
                o.code,
                period.name,
                o.level,
                period.parent_code,
                o.valid_from,
                o.valid_to,
            )
            if "successor_code" in columns:
                row += (o.successor_code,)
            if periods:
                row += (period.start or None,)
            rows.append(row)
    return columns + (("period_from",) if periods else ()), rows
